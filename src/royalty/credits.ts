import { LedgerError } from '../errors.js';
import type { RoyaltyRule, RuleRole } from './rule-types.js';
import { showValue } from '../_lib/text.js';

/** Who fills a role of a rule, and their integer share of that role (shares are weights). */
export type Credit = Readonly<{ role: string; payee: string; share: number }>;

/** The credits of one track, in the order they are declared (which breaks ties). */
export type Credits = readonly Credit[];

function invalidCredit(index: number, value: unknown, allowed: string): LedgerError {
  return new LedgerError('INVALID_CREDITS', `credits[${index}] ${showValue(value)} is not allowed: ${allowed}`, { index, value });
}

// role name → index in `rule.roles`, once per (frozen, checked) rule rather than once per track
const roleNumbersByRule = new WeakMap<RoyaltyRule, ReadonlyMap<string, number>>();

function roleNumbers(rule: RoyaltyRule): ReadonlyMap<string, number> {
  let numbers = roleNumbersByRule.get(rule);
  if (numbers === undefined) roleNumbersByRule.set(rule, (numbers = new Map(rule.roles.map((r, at) => [r.role, at]))));
  return numbers;
}

/**
 * Internal: validates `credits` against `rule` and returns the index in `rule.roles` of each
 * credit's role. Throws INVALID_CREDITS (malformed, non-positive share, duplicate role and
 * payee, credit for a role with a fixed payee), UNKNOWN_ROLE (role the rule lacks) or
 * MISSING_ROLE (a role without fixed payee that nobody is credited for). Linear in the number
 * of credits and roles, however many payees share a role.
 */
export function creditRoles(rule: RoyaltyRule, credits: Credits): number[] {
  if (!Array.isArray(credits)) {
    throw new LedgerError('INVALID_CREDITS', `credits ${showValue(credits)} is not allowed: pass an array of { role, payee, share }`, { credits });
  }
  const { roles } = rule;
  const numbers = roleNumbers(rule);
  const roleOf: number[] = new Array(credits.length);
  // the payees credited so far for each role: one lookup per credit keeps the duplicate check linear
  const credited: (Set<string> | undefined)[] = new Array(roles.length);
  for (let i = 0; i < credits.length; i++) {
    const credit: unknown = credits[i];
    if (typeof credit !== 'object' || credit === null) throw invalidCredit(i, credit, 'an object { role, payee, share }');
    const { role, payee, share } = credit as Record<string, unknown>;
    if (typeof role !== 'string') throw invalidCredit(i, credit, 'role is a string');
    if (typeof payee !== 'string' || payee.trim() === '') throw invalidCredit(i, credit, 'payee is a non-empty string');
    if (typeof share !== 'number' || !Number.isSafeInteger(share) || share <= 0) {
      throw invalidCredit(i, credit, 'share is a positive integer weight');
    }
    const at = numbers.get(role);
    if (at === undefined) {
      throw new LedgerError(
        'UNKNOWN_ROLE',
        `credits[${i}] names role ${JSON.stringify(role)}, which rule "${rule.id}" lacks: its roles are ${roles.map((r) => r.role).join(', ')}`,
        { index: i, role, rule: rule.id },
      );
    }
    const fixedPayee = (roles[at] as RuleRole).payee;
    if (fixedPayee !== undefined) throw invalidCredit(i, credit, `role "${role}" is always paid to "${fixedPayee}" and takes no credits`);
    const payees = (credited[at] ??= new Set());
    if (payees.has(payee)) throw invalidCredit(i, credit, `payee "${payee}" is already credited for role "${role}"`);
    payees.add(payee);
    roleOf[i] = at;
  }
  const missing = roles.filter((r, at) => r.payee === undefined && credited[at] === undefined).map((r) => r.role);
  if (missing.length > 0) {
    throw new LedgerError(
      'MISSING_ROLE',
      `no credit for role${missing.length > 1 ? 's' : ''} ${missing.map((r) => `"${r}"`).join(', ')} of rule "${rule.id}": credit every role without a fixed payee`,
      { roles: missing, rule: rule.id },
    );
  }
  return roleOf;
}

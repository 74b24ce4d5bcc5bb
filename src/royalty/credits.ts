import { LedgerError } from '../errors.js';
import type { RoyaltyRule } from './rules.js';
import { showValue } from '../util/show-value.js';

/** Who fills a role of a rule, and their integer share of that role (shares are weights). */
export type Credit = Readonly<{ role: string; payee: string; share: number }>;

/** The credits of one track, in the order they are declared (which breaks ties). */
export type Credits = readonly Credit[];

function invalidCredit(index: number, value: unknown, allowed: string): LedgerError {
  return new LedgerError('INVALID_CREDITS', `credits[${index}] ${showValue(value)} is not allowed: ${allowed}`, { index, value });
}

/**
 * Internal: validates `credits` against `rule` and groups them by role, keeping declaration
 * order. Throws INVALID_CREDITS (malformed, non-positive share, duplicate role and payee, credit
 * for a role with a fixed payee), UNKNOWN_ROLE (role the rule lacks) or MISSING_ROLE (a role
 * without fixed payee that nobody is credited for).
 */
export function groupCredits(rule: RoyaltyRule, credits: Credits): ReadonlyMap<string, readonly Credit[]> {
  if (!Array.isArray(credits)) {
    throw new LedgerError('INVALID_CREDITS', `credits ${showValue(credits)} is not allowed: pass an array of { role, payee, share }`, { credits });
  }
  const roles = new Map(rule.roles.map((r) => [r.role, r]));
  const groups = new Map<string, Credit[]>();
  credits.forEach((credit: unknown, i) => {
    if (typeof credit !== 'object' || credit === null) throw invalidCredit(i, credit, 'an object { role, payee, share }');
    const { role, payee, share } = credit as Record<string, unknown>;
    if (typeof role !== 'string') throw invalidCredit(i, credit, 'role is a string');
    if (typeof payee !== 'string' || payee.trim() === '') throw invalidCredit(i, credit, 'payee is a non-empty string');
    if (typeof share !== 'number' || !Number.isSafeInteger(share) || share <= 0) {
      throw invalidCredit(i, credit, 'share is a positive integer weight');
    }
    const ruleRole = roles.get(role);
    if (!ruleRole) {
      throw new LedgerError(
        'UNKNOWN_ROLE',
        `credits[${i}] names role ${JSON.stringify(role)}, which rule "${rule.id}" lacks: its roles are ${[...roles.keys()].join(', ')}`,
        { index: i, role, rule: rule.id },
      );
    }
    if (ruleRole.payee !== undefined) {
      throw invalidCredit(i, credit, `role "${role}" is always paid to "${ruleRole.payee}" and takes no credits`);
    }
    let group = groups.get(role);
    if (group === undefined) groups.set(role, (group = []));
    if (group.some((c) => c.payee === payee)) throw invalidCredit(i, credit, `payee "${payee}" is already credited for role "${role}"`);
    group.push(Object.freeze({ role, payee, share }));
  });
  const missing = rule.roles.filter((r) => r.payee === undefined && !groups.has(r.role)).map((r) => r.role);
  if (missing.length > 0) {
    throw new LedgerError(
      'MISSING_ROLE',
      `no credit for role${missing.length > 1 ? 's' : ''} ${missing.map((r) => `"${r}"`).join(', ')} of rule "${rule.id}": credit every role without a fixed payee`,
      { roles: missing, rule: rule.id },
    );
  }
  return groups;
}

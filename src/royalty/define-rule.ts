import { isLedgerError, LedgerError } from '../errors.js';
import { currencyScale } from '../money/currency-scale.js';
import type { Money } from '../money/types.js';
import { KEBAB_CASE, showValue } from '../_lib/text.js';
import type { RuleCitation, RoyaltyRule, RuleRole } from './rule-types.js';

/** What {@link defineRule} accepts: a {@link RoyaltyRule} whose `citations` may be left out. */
export type RoyaltyRuleInput = Omit<RoyaltyRule, 'citations'> & { citations?: readonly RuleCitation[] };

const ISO_CODE = /^[A-Z]{3}$/;

// The rules this module has checked and frozen: handing one back to defineRule, or to a
// settlement, costs one lookup instead of a second check. Only frozen copies made here go in,
// so a rule in this set cannot have changed since it was checked.
const checked = new WeakSet<RoyaltyRule>();

function invalid(field: string, value: unknown, allowed: string): LedgerError {
  return new LedgerError('INVALID_RULE', `rule${field && `.${field}`} ${showValue(value)} is not allowed: ${allowed}`, { field, value });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function checkCurrency(currency: unknown): string {
  const allowed = 'an upper-case ISO 4217 currency code such as CNY';
  if (typeof currency !== 'string' || !ISO_CODE.test(currency)) throw invalid('currency', currency, allowed);
  try {
    currencyScale(currency);
  } catch (error) {
    if (isLedgerError(error, 'UNKNOWN_CURRENCY')) throw invalid('currency', currency, allowed);
    throw error;
  }
  return currency;
}

function checkRole(value: unknown, index: number, seen: Set<string>): RuleRole {
  const field = `roles[${index}]`;
  if (!isRecord(value)) throw invalid(field, value, 'an object { role, weight, payee? }');
  const { role, weight, payee } = value;
  if (typeof role !== 'string' || !KEBAB_CASE.test(role)) throw invalid(`${field}.role`, role, 'a kebab-case name such as "producer"');
  if (seen.has(role)) throw invalid(`${field}.role`, role, 'role names are unique within a rule');
  seen.add(role);
  if (typeof weight !== 'number' || !Number.isSafeInteger(weight) || weight < 0) {
    throw invalid(`${field}.weight`, weight, 'a non-negative integer (percent)');
  }
  if (payee === undefined) return Object.freeze({ role, weight });
  if (!nonEmptyString(payee)) throw invalid(`${field}.payee`, payee, 'a non-empty payee name, or no payee');
  return Object.freeze({ role, weight, payee });
}

function checkPrice(field: string, value: unknown, currency: string): Money | undefined {
  if (value === undefined) return undefined;
  const allowed = `positive ${currency} money, such as money('0.80', '${currency}')`;
  if (!isRecord(value)) throw invalid(field, value, allowed);
  const { amount, currency: code, scale } = value;
  if (code !== currency || scale !== currencyScale(currency)) throw invalid(field, value, allowed);
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) throw invalid(field, value, allowed);
  return Object.freeze({ amount, currency, scale });
}

function checkCitation(value: unknown, index: number): RuleCitation {
  const field = `citations[${index}]`;
  if (!isRecord(value) || !nonEmptyString(value.source)) throw invalid(field, value, 'an object { source, quote } naming a source id');
  const { source, quote } = value;
  if (!nonEmptyString(quote) || quote.length > 300) throw invalid(`${field}.quote`, quote, 'a non-empty quote of at most 300 characters');
  return Object.freeze({ source, quote });
}

/**
 * Validates a royalty rule and returns a frozen copy (unknown keys dropped, input untouched).
 * Rules, checked in this order: `id` kebab-case; `name` non-empty; `currency` an upper-case ISO
 * 4217 code the library knows; `roles` at least one, each `role` unique kebab-case, `weight` a
 * non-negative safe integer, `payee` optional non-empty; weights sum above zero; `priceCap` and
 * `listPrice` optional positive Money in the rule's currency; `platformRole` optional, naming a
 * role; `citations` optional (default none), each `{ source, quote }` non-empty, quote ≤ 300
 * characters. Anything else throws INVALID_RULE naming the field and value.
 *
 * Settlement (settleMonthly, settleTotals, revenueSplit, compileSplit) runs every rule it is
 * handed through this same check, so a literal rule with weights [-1, 2] is refused rather
 * than settled into payouts above the gross. A rule that defineRule returned comes back as it
 * is, unchecked a second time.
 *
 * @example
 * defineRule({ id: 'duo', name: 'Duo', currency: 'USD', roles: [{ role: 'singer', weight: 1 }, { role: 'writer', weight: 1 }] }).roles.length // → 2
 */
export function defineRule(input: RoyaltyRuleInput): RoyaltyRule {
  if (checked.has(input as RoyaltyRule)) return input as RoyaltyRule;
  if (!isRecord(input)) throw invalid('', input, 'an object { id, name, currency, roles, ... }');
  const { id, name, roles, platformRole, citations = [] } = input;
  if (typeof id !== 'string' || !KEBAB_CASE.test(id)) throw invalid('id', id, 'a kebab-case id such as "musician-platform"');
  if (!nonEmptyString(name)) throw invalid('name', name, 'a non-empty name');
  const currency = checkCurrency(input.currency);
  if (!Array.isArray(roles) || roles.length === 0) throw invalid('roles', roles, 'a non-empty array of roles');
  const seen = new Set<string>();
  const checkedRoles = Object.freeze(roles.map((role: unknown, i) => checkRole(role, i, seen)));
  if (checkedRoles.every((r) => r.weight === 0)) throw invalid('roles', roles, 'the role weights must sum above zero');
  const priceCap = checkPrice('priceCap', input.priceCap, currency);
  const listPrice = checkPrice('listPrice', input.listPrice, currency);
  if (platformRole !== undefined && (typeof platformRole !== 'string' || !seen.has(platformRole))) {
    throw invalid('platformRole', platformRole, `one of the rule's roles (${[...seen].join(', ')})`);
  }
  if (!Array.isArray(citations)) throw invalid('citations', citations, 'an array of { source, quote }');
  const rule: RoyaltyRule = Object.freeze({
    id,
    name,
    currency,
    roles: checkedRoles,
    ...(priceCap && { priceCap }),
    ...(listPrice && { listPrice }),
    ...(platformRole !== undefined && { platformRole }),
    citations: Object.freeze(citations.map((c: unknown, i) => checkCitation(c, i))),
  });
  checked.add(rule);
  return rule;
}

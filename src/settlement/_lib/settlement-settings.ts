import { LedgerError, isLedgerError } from '../../errors.js';
import { currencyScale } from '../../money/currency-scale.js';
import { showValue } from '../../_lib/text.js';
import { defineRule } from '../../royalty/define-rule.js';
import { splitWeights, type SplitWeights } from '../../royalty/compile-split.js';
import type { Credits } from '../../royalty/credits.js';
import { moneyUnits } from '../../royalty/_lib/money-units.js';
import type { RoyaltyRule } from '../../royalty/rule-types.js';
import type { SettleOptions } from '../settlement-types.js';

/** Internal: a credited track's split, and the number of each entry's payee in `SettlementSettings.payees`. */
export type TrackPlan = Readonly<{ split: SplitWeights; payeeNumbers: readonly number[] }>;

/** Internal: validated settlement options, amounts in integer minor units. */
export type SettlementSettings = Readonly<{
  rule: RoyaltyRule;
  scale: number;
  timeZone: string;
  /** One compiled split per credited track. */
  plans: ReadonlyMap<string, TrackPlan>;
  /** Every payee of the plans, numbered in order of appearance (statements are grouped by number). */
  payees: readonly string[];
  /** Whether statements carry balances forward (a minimum payout or opening balances was given). */
  carry: boolean;
  minimumPayout: number;
  openingBalances: ReadonlyMap<string, number>;
}>;

/** A read-only view of a copy of `map`: unlike a Map, nothing reachable from it can change it. */
function readonlyMap<V>(map: ReadonlyMap<string, V>): ReadonlyMap<string, V> {
  const copy = new Map(map);
  const view: ReadonlyMap<string, V> = {
    get size() {
      return copy.size;
    },
    get: (key) => copy.get(key),
    has: (key) => copy.has(key),
    keys: () => copy.keys(),
    values: () => copy.values(),
    entries: () => copy.entries(),
    forEach: (visit, thisArg?: unknown) => copy.forEach((value, key) => visit.call(thisArg, value, key, view)),
    [Symbol.iterator]: () => copy[Symbol.iterator](),
  };
  return Object.freeze(view);
}

/** A deeply frozen copy of a JSON-like value (a rule: plain objects, arrays and primitives). */
function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const copy = Array.isArray(value) ? value.map(frozenCopy) : Object.fromEntries(Object.entries(value).map(([key, v]) => [key, frozenCopy(v)]));
  return Object.freeze(copy) as T;
}

/** A compiled split, frozen with its arrays. */
const frozenSplit = (split: SplitWeights): SplitWeights =>
  Object.freeze({
    ...split,
    roles: Object.freeze(split.roles),
    payees: Object.freeze(split.payees),
    weights: Object.freeze(split.weights),
    reduced: split.reduced && Object.freeze(split.reduced),
  });

function invalidOption(name: string, value: unknown, allowed: string): LedgerError {
  // a string as it is (the CLI quotes it in its own words), anything else as showValue shows it
  const shown = typeof value === 'string' ? value : showValue(value);
  return new LedgerError('INVALID_OPTIONS', `option ${name} ${shown} is not allowed: ${allowed}`, { option: name });
}

function entriesOf<T>(value: unknown, name: string, allowed: string): [string, T][] {
  if (value instanceof Map) return [...(value as Map<string, T>)];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return Object.entries(value as Record<string, T>);
  throw invalidOption(name, value, allowed);
}

function compileTrack(rule: RoyaltyRule, track: string, credits: Credits): SplitWeights {
  try {
    return splitWeights(rule, credits);
  } catch (error) {
    if (!isLedgerError(error)) throw error;
    throw new LedgerError(error.code, `credits of track ${showValue(track)}: ${error.message}`, { ...error.details, track });
  }
}

/**
 * Internal: checks the options of a settlement once and compiles every track's split (a bad
 * option or credit throws a LedgerError naming it; bad rows never do), into deeply frozen settings. The time zone is only
 * checked to be a name here; settleMonthly, which computes months, checks that it exists.
 */
export function resolveSettings(options: SettleOptions): SettlementSettings {
  if (typeof options !== 'object' || options === null) throw invalidOption('', options, 'pass { rule, credits, ... }');
  const { timeZone = 'Asia/Shanghai', minimumPayout, openingBalances } = options;
  const rule = defineRule(options.rule);
  const scale = currencyScale(rule.currency);
  const plans = new Map<string, TrackPlan>();
  const payees: string[] = [];
  const payeeNumbers = new Map<string, number>();
  const allowedCredits = 'track id → credits, as a plain object or a Map';
  for (const [track, credits] of entriesOf<Credits>(options.credits, 'credits', allowedCredits)) {
    const split = compileTrack(rule, track, credits);
    // compiled from credits, every entry has a payee: the credited one or the role's fixed one
    const numbers = (split.payees as string[]).map((payee) => {
      let n = payeeNumbers.get(payee);
      if (n === undefined) payeeNumbers.set(payee, (n = payees.push(payee) - 1));
      return n;
    });
    plans.set(track, Object.freeze({ split: frozenSplit(split), payeeNumbers: Object.freeze(numbers) }));
  }
  if (typeof timeZone !== 'string' || timeZone === '') throw invalidOption('timeZone', timeZone, 'an IANA time zone such as "Asia/Shanghai"');
  const minimum = minimumPayout === undefined ? 0 : moneyUnits(minimumPayout, rule.currency, scale, 'minimumPayout');
  if (minimum < 0) throw invalidOption('minimumPayout', minimumPayout, 'zero or more');
  const balances = new Map<string, number>();
  if (openingBalances !== undefined) {
    const allowed = 'payee → Money, as a plain object or a Map';
    for (const [payee, balance] of entriesOf<unknown>(openingBalances, 'openingBalances', allowed)) {
      balances.set(payee, moneyUnits(balance, rule.currency, scale, `opening balance of ${showValue(payee)}`));
    }
  }
  // deeply frozen (the rule copied, the maps behind read-only views): a settlement carries its
  // settings, and mergeSettlements trusts them
  return Object.freeze({
    rule: frozenCopy(rule),
    scale,
    timeZone,
    plans: readonlyMap(plans),
    payees: Object.freeze(payees),
    carry: minimumPayout !== undefined || openingBalances !== undefined,
    minimumPayout: minimum,
    openingBalances: readonlyMap(balances),
  });
}

import type { SeenIds } from './seen-ids.js';
import type { SettlementSettings } from './settlement-settings.js';
import type { Settlement } from '../settlement-types.js';

// Symbol.for, so that a result made by the ESM build can be merged by the CJS build and back.
const SETTINGS = Symbol.for('ecosystem-ledger/settlement-settings');
const SHARDS = Symbol.for('ecosystem-ledger/settlement-shards');

/**
 * Internal: one settleMonthly or settleTotals run that a settlement includes: a frozen object
 * whose identity names the run, with the sale keys it settled (none for totals), so that
 * merging can refuse a run counted twice or two runs that settled the same sale.
 */
export type SettledShard = Readonly<{ ids?: SeenIds }>;

/**
 * Internal: the settings a settlement was made with, kept on the result as a non-enumerable
 * property (invisible to JSON and to equality checks); undefined for a plain or JSON copy.
 * Deeply frozen (see resolveSettings), so that no one can edit what a merge relies on.
 */
export function settingsOf(settlement: Settlement): SettlementSettings | undefined {
  return (settlement as { [SETTINGS]?: SettlementSettings } | null | undefined)?.[SETTINGS];
}

/** Internal: the runs a settlement includes (see {@link SettledShard}); undefined for a plain or JSON copy. */
export function shardsOf(settlement: Settlement): readonly SettledShard[] | undefined {
  return (settlement as { [SHARDS]?: readonly SettledShard[] })[SHARDS];
}

/** Internal: attaches `settings` and `shards` to a not-yet-frozen result (see {@link settingsOf}, {@link shardsOf}). */
export function withSettings<T extends object>(result: T, settings: SettlementSettings, shards: readonly SettledShard[]): T {
  Object.defineProperty(result, SHARDS, { value: Object.freeze([...shards]) });
  return Object.defineProperty(result, SETTINGS, { value: settings });
}

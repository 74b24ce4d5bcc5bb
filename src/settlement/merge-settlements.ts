import { LedgerError, type ErrorCode } from '../errors.js';
import { addToTable, createAggregateTable, monthIdOf } from './_lib/aggregate-table.js';
import { buildSettlement } from './_lib/build-settlement.js';
import { createRejectedRows } from './_lib/rejected-rows.js';
import type { SettlementSettings, TrackPlan } from './_lib/settlement-settings.js';
import type { RejectedTally, Settlement } from './settlement-types.js';
import { settingsOf, shardsOf, type SettledShard } from './_lib/settings-of.js';
import { shareSaleIds } from './_lib/shared-sale-ids.js';

const samePlan = ({ split: a, payeeNumbers }: TrackPlan, other: TrackPlan | undefined): boolean => {
  const b = other?.split;
  return (
    b !== undefined &&
    payeeNumbers.every((n, i) => n === other?.payeeNumbers[i]) &&
    a.roles.length === b.roles.length &&
    a.roles.every((role, i) => role === b.roles[i] && a.payees[i] === b.payees[i] && BigInt(a.weights[i] as number | bigint) === BigInt(b.weights[i] as number | bigint))
  );
};

const sameMap = <T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, same: (x: T, y: T | undefined) => boolean): boolean =>
  a.size === b.size && [...a].every(([key, value]) => b.has(key) && same(value, b.get(key)));

/** Whether two settlements were made with settings that settle every row the same way (everything a merge uses). */
function sameSettings(a: SettlementSettings, b: SettlementSettings): boolean {
  return (
    (a.rule === b.rule || JSON.stringify(a.rule) === JSON.stringify(b.rule)) &&
    a.scale === b.scale &&
    a.timeZone === b.timeZone &&
    a.payees.length === b.payees.length &&
    a.payees.every((payee, i) => payee === b.payees[i]) &&
    a.carry === b.carry &&
    a.minimumPayout === b.minimumPayout &&
    sameMap(a.openingBalances, b.openingBalances, (x, y) => x === y) &&
    (a.plans === b.plans || sameMap(a.plans, b.plans, samePlan))
  );
}

/** The coded refusal of shards that overlap: `why` says how. */
const overlapping = (why: string): LedgerError =>
  new LedgerError('OVERLAPPING_SHARDS', `cannot merge: ${why}, so its payouts would be counted twice; settle shards that are disjoint by sale id`);

/** Refuses shards of `a` and `b` that are the same run, or that settled a common (sale id, kind). */
function checkDisjoint(a: readonly SettledShard[], b: readonly SettledShard[]): void {
  for (const x of a) {
    for (const y of b) {
      if (x === y) throw overlapping('both settlements include the same settlement run');
      if (x.ids !== undefined && y.ids !== undefined && shareSaleIds(x.ids, y.ids)) throw overlapping('both settlements settled the same sale id');
    }
  }
}

/**
 * Combines the settlements of two shards of the sales into the settlement of all of them: the
 * shards' per-track-month aggregates are summed and apportioned once again (so rounding is
 * what one run would give), rejected rows (the kept ones and the tallies) and row counts are
 * pooled. Equal to one {@link settleMonthly} over both shards, which must be disjoint by sale
 * id: shards that settled a common (sale id, kind), or that include the same run (merging `a`
 * with `a`, or with a merge that includes it), are refused with OVERLAPPING_SHARDS. That check is
 * exact for numbered ids and up to a 64-bit fingerprint collision for others; each settlement
 * keeps its run's set of sale keys for it while it is referenced (the memory settleMonthly
 * documents). Both must come from this library in this process (their settings and sale keys
 * travel as hidden, frozen properties, lost in a JSON copy) with the same rule, credits, time
 * zone and carry-forward options; otherwise INVALID_OPTIONS. For JSON copies, pass the
 * concatenated `aggregates` to {@link settleTotals}: nothing can check there that the shards
 * were disjoint, only that every aggregate's track is credited.
 *
 * @example
 * const options = { rule: xiamiDownloadRule, credits: { t1: [{ role: 'uploader', payee: 'ann', share: 1 }, { role: 'label', payee: 'rec', share: 1 }] } };
 * const a = settleTotals([{ track: 't1', month: '2011-03', gross: '0.80', units: 1 }], options);
 * const b = settleTotals([{ track: 't1', month: '2011-03', gross: '0.80', units: 1 }], options);
 * mergeSettlements(a, b).statements.map((s) => `${s.payee} ${toDecimal(s.total)}`) // → ['ann 0.40', 'rec 0.80', 'xiami 0.40']
 */
export function mergeSettlements(a: Settlement, b: Settlement): Settlement {
  const settings = settingsOf(a);
  const other = settingsOf(b);
  if (settings === undefined || other === undefined) {
    throw new LedgerError(
      'INVALID_OPTIONS',
      'mergeSettlements takes results of settleMonthly, settleTotals or mergeSettlements made in this process ' +
        '(a JSON copy has lost its settings: settle its aggregates with settleTotals instead)',
    );
  }
  if (!sameSettings(settings, other)) {
    throw new LedgerError(
      'INVALID_OPTIONS',
      `cannot merge settlements made with different settings (rule "${a.rule}" vs "${b.rule}", time zone ${a.timeZone} vs ` +
        `${b.timeZone}, credits or carry-forward options): settle both shards with the same options`,
    );
  }
  checkDisjoint(shardsOf(a) ?? [], shardsOf(b) ?? []);
  const table = createAggregateTable(settings.plans.keys());
  for (const row of [...a.aggregates, ...b.aggregates]) {
    addToTable(table, table.tracks.find(row.track), monthIdOf(table, row.month), row.gross.amount, row.units);
  }
  // each shard's kept rows stay kept (each shard already capped them), and its tally counts
  const rejected = createRejectedRows({ keepRejected: Infinity });
  for (const shard of [a, b]) {
    for (const [code, { rows, amount }] of Object.entries(shard.rejectedByCode) as [ErrorCode, RejectedTally][]) rejected.addTally(code, rows, amount.amount);
    for (const row of shard.rejected) rejected.keep(row);
  }
  return buildSettlement(settings, table, rejected, a.totals.rows.read + b.totals.rows.read, [...(shardsOf(a) ?? []), ...(shardsOf(b) ?? [])]);
}

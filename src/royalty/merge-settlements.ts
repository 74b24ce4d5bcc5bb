import { LedgerError, type ErrorCode } from '../errors.js';
import { addToTable, createAggregateTable, monthIdOf } from './aggregate-table.js';
import { buildSettlement } from './build-settlement.js';
import { createRejectedRows } from './rejected-rows.js';
import type { SettlementSettings, TrackPlan } from './settlement-settings.js';
import type { RejectedTally, Settlement } from './settlement-types.js';
import { settingsOf } from './settings-of.js';

const samePlan = ({ split: a }: TrackPlan, other: TrackPlan | undefined): boolean => {
  const b = other?.split;
  return (
    b !== undefined &&
    a.roles.length === b.roles.length &&
    a.roles.every((role, i) => role === b.roles[i] && a.payees[i] === b.payees[i] && BigInt(a.weights[i] as number | bigint) === BigInt(b.weights[i] as number | bigint))
  );
};

const sameMap = <T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, same: (x: T, y: T | undefined) => boolean): boolean =>
  a.size === b.size && [...a].every(([key, value]) => b.has(key) && same(value, b.get(key)));

/** Whether two settlements were made with settings that settle every row the same way. */
function sameSettings(a: SettlementSettings, b: SettlementSettings): boolean {
  return (
    (a.rule === b.rule || JSON.stringify(a.rule) === JSON.stringify(b.rule)) &&
    a.timeZone === b.timeZone &&
    a.carry === b.carry &&
    a.minimumPayout === b.minimumPayout &&
    sameMap(a.openingBalances, b.openingBalances, (x, y) => x === y) &&
    (a.plans === b.plans || sameMap(a.plans, b.plans, samePlan))
  );
}

/**
 * Combines the settlements of two shards of the sales into the settlement of all of them: the
 * shards' per-track-month aggregates are summed and apportioned once again (so rounding is
 * what one run would give), rejected rows and row counts are pooled. Equal to one
 * {@link settleMonthly} over both shards when the shards are disjoint by sale id (a duplicate
 * across shards cannot be seen here). Both must come from this library in this process (their
 * settings travel as a hidden property, lost in a JSON copy) with the same rule, credits, time
 * zone and carry-forward options; otherwise INVALID_OPTIONS. For JSON copies, pass the
 * concatenated `aggregates` to {@link settleTotals}.
 *
 * @example
 * const options = { rule: xiamiDownloadRule, credits: { t1: [{ role: 'uploader', payee: 'ann', share: 1 }, { role: 'label', payee: 'rec', share: 1 }] } };
 * const a = settleTotals([{ track: 't1', month: '2011-03', gross: '0.80', units: 1 }], options);
 * const b = settleTotals([{ track: 't1', month: '2011-03', gross: '0.80', units: 1 }], options);
 * toDecimal(mergeSettlements(a, b).statements[0].total) // → '0.40'
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
  return buildSettlement(settings, table, rejected, a.totals.rows.read + b.totals.rows.read);
}

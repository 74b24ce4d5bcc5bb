import { fromUnits } from '../../money/from-units.js';
import type { Money } from '../../money/types.js';
import { tableTotals, type AggregateTable } from './aggregate-table.js';
import { compareText } from '../../_lib/text.js';
import { splitBy } from '../../royalty/compile-split.js';
import { addAt, exactSums, sumAt, type ExactSums } from './exact-sums.js';
import type { RejectedRows } from './rejected-rows.js';
import type { SettlementSettings, TrackPlan } from './settlement-settings.js';
import type { Settlement, Statement, StatementLine, TrackMonthTotal } from '../settlement-types.js';
import { withSettings, type SettledShard } from './settings-of.js';

// indexes of the settlement-wide sums
const SETTLED = 0;
const PLATFORM = 1;
const PAID = 2;
const CARRIED = 3;
const GROSS = 4;

/**
 * The lines of every statement as columns, a few bytes a line instead of two frozen objects:
 * line l is entry `role[l]` of the split of aggregate `aggregate[l]`, earning `share[l]` minor
 * units. Draft d (a month and payee's statement in the making) lists its lines, in the order
 * they were split, from `first[d]` on through `next` (-1 ends the list); it keeps its two sums
 * at 2d and 2d + 1 of `sums` (total, and payout: the part not kept by the platform role), and
 * `paid[d]` says whether any line is such a part.
 */
type LineColumns = {
  lines: number;
  readonly aggregate: Int32Array;
  readonly role: Int32Array;
  readonly share: Float64Array;
  readonly next: Int32Array;
  drafts: number;
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly paid: Uint8Array;
  readonly sums: ExactSums;
};

/** Empty columns with room for exactly `lines` lines and at most `drafts` drafts. */
function createLineColumns(lines: number, drafts: number): LineColumns {
  return {
    lines: 0,
    aggregate: new Int32Array(lines),
    role: new Int32Array(lines),
    share: new Float64Array(lines),
    next: new Int32Array(lines),
    drafts: 0,
    first: new Int32Array(drafts),
    last: new Int32Array(drafts),
    paid: new Uint8Array(drafts),
    sums: exactSums(drafts * 2),
  };
}

/** Starts an empty draft and returns its index. */
function addDraft(columns: LineColumns): number {
  const d = columns.drafts++;
  columns.first[d] = -1;
  return d;
}

/** Appends a line to the end of draft `d`. */
function addLine(columns: LineColumns, d: number, aggregate: number, role: number, share: number): void {
  const l = columns.lines++;
  columns.aggregate[l] = aggregate;
  columns.role[l] = role;
  columns.share[l] = share;
  columns.next[l] = -1;
  if (columns.first[d] === -1) columns.first[d] = l;
  else columns.next[columns.last[d] as number] = l;
  columns.last[d] = l;
}

/**
 * Internal: the one place a settlement is apportioned. Takes the per-track-month aggregates
 * (from sales, pre-aggregated rows or merged shards) and the tally of rejected rows, splits each
 * aggregate ONCE with its track's compiled plan, groups the lines into statements per month and
 * payee, carries balances forward if asked, and totals everything exactly.
 *
 * The lines and aggregates stay in typed arrays: a statement's `lines` and the settlement's
 * `aggregates` are frozen getters that build their objects on first read and then keep them, so
 * that a run read only for its statements' totals (the CLI writing a CSV) never creates the
 * hundreds of thousands of objects they would take, nor the garbage collection they would cost.
 */
export function buildSettlement(
  settings: SettlementSettings,
  table: AggregateTable,
  rejections: RejectedRows,
  read: number,
  shards: readonly SettledShard[],
): Settlement {
  const { rule, scale } = settings;
  const { currency, platformRole } = rule;
  const totals = exactSums(8);

  // A line finds its draft by arithmetic, not by map lookups: `draftAt[payee number × months +
  // month id]` is 1 + the draft's index (payees are numbered by resolveSettings).
  const { payees } = settings;
  const monthCount = table.months.length;
  const draftAt = new Int32Array(payees.length * monthCount);
  const aggregates = tableTotals(table);
  const { names, months } = aggregates;
  // the table holds credited tracks only, numbered as in `names`: one plan lookup per track
  const plans = names.map((track) => settings.plans.get(track) as TrackPlan);
  const planOf = (a: number): TrackPlan => plans[aggregates.tracks[a] as number] as TrackPlan;
  let lineCount = 0;
  for (let a = 0; a < aggregates.count; a++) lineCount += planOf(a).split.roles.length;
  // a draft has at least one line, and one (payee, month) at most
  const columns = createLineColumns(lineCount, Math.min(lineCount, draftAt.length));
  const { sums: draftSums } = columns;
  for (let a = 0; a < aggregates.count; a++) {
    const { split, payeeNumbers } = planOf(a);
    const { roles } = split;
    const grossUnits = aggregates.gross[a] as number;
    const monthId = aggregates.monthIds[a] as number;
    addAt(totals, SETTLED, grossUnits);
    const shares = splitBy(split, grossUnits);
    for (let i = 0; i < roles.length; i++) {
      const share = shares[i] as number;
      const at = (payeeNumbers[i] as number) * monthCount + monthId;
      if (draftAt[at] === 0) draftAt[at] = addDraft(columns) + 1;
      const d = (draftAt[at] as number) - 1;
      addLine(columns, d, a, i, share);
      addAt(draftSums, d * 2, share);
      if (roles[i] === platformRole) {
        addAt(totals, PLATFORM, share);
      } else {
        addAt(draftSums, d * 2 + 1, share);
        columns.paid[d] = 1;
      }
    }
  }

  const cash = (units: number): Money => fromUnits(units, currency, scale);
  const monthOrder = months.map((_, id) => id).sort((a, b) => compareText(months[a] as string, months[b] as string));
  const payeeOrder = payees.map((_, n) => n).sort((a, b) => compareText(payees[a] as string, payees[b] as string));
  // built on first read: the gross of aggregate a is one frozen Money, shared by its lines
  const grossMoney: Money[] = new Array<Money>(aggregates.count);
  const grossOf = (a: number): Money => (grossMoney[a] ??= cash(aggregates.gross[a] as number));
  const linesOf = (d: number): readonly StatementLine[] => {
    const lines: StatementLine[] = [];
    for (let l = columns.first[d] as number; l !== -1; l = columns.next[l] as number) {
      const a = columns.aggregate[l] as number;
      const track = names[aggregates.tracks[a] as number] as string;
      const role = planOf(a).split.roles[columns.role[l] as number] as string;
      lines.push(Object.freeze({ track, role, units: aggregates.units[a] as number, gross: grossOf(a), amount: cash(columns.share[l] as number) }));
    }
    return Object.freeze(lines);
  };
  const statementOf = (d: number, month: string, payee: string, total: Money, balances?: Pick<Statement, 'openingBalance' | 'payable' | 'closingBalance'>): Statement => {
    let lines: readonly StatementLine[] | undefined;
    const statement = {
      month,
      payee,
      total,
      get lines() {
        return (lines ??= linesOf(d));
      },
    };
    return Object.freeze(balances ? Object.assign(statement, balances) : statement);
  };

  const balances = new Map(settings.openingBalances);
  const statements: Statement[] = [];
  for (const monthId of monthOrder) {
    const month = months[monthId] as string;
    for (const payeeNumber of payeeOrder) {
      const at = payeeNumber * monthCount + monthId;
      if (draftAt[at] === 0) continue;
      const d = (draftAt[at] as number) - 1;
      const payee = payees[payeeNumber] as string;
      const what = (): string => `${JSON.stringify(payee)} in ${month}`;
      const total = cash(sumAt(draftSums, d * 2, what));
      const payout = sumAt(draftSums, d * 2 + 1, what);
      if (!settings.carry || columns.paid[d] === 0) {
        addAt(totals, PAID, payout);
        statements.push(statementOf(d, month, payee, total));
        continue;
      }
      const opening = balances.get(payee) ?? 0;
      const due = exactSums(1);
      addAt(due, 0, opening);
      addAt(due, 0, payout);
      const dueUnits = sumAt(due, 0, () => `balance of ${what()}`);
      // a balance below the minimum (or negative, after refunds) rolls into the next month
      const payable = dueUnits > 0 && dueUnits >= settings.minimumPayout ? dueUnits : 0;
      const closing = dueUnits - payable;
      balances.set(payee, closing);
      addAt(totals, PAID, payable);
      statements.push(statementOf(d, month, payee, total, { openingBalance: cash(opening), payable: cash(payable), closingBalance: cash(closing) }));
    }
  }

  const rejectedUnits = rejections.units();
  const rejectedCount = rejections.count();
  addAt(totals, GROSS, sumAt(totals, SETTLED, 'settled gross'));
  addAt(totals, GROSS, rejectedUnits);

  let closingBalances: Readonly<Record<string, Money>> | undefined;
  if (settings.carry) {
    for (const balance of balances.values()) addAt(totals, CARRIED, balance);
    for (const balance of settings.openingBalances.values()) addAt(totals, CARRIED, -balance);
    const open = [...balances.keys()].filter((payee) => balances.get(payee) !== 0).sort(compareText);
    closingBalances = Object.freeze(Object.fromEntries(open.map((payee) => [payee, cash(balances.get(payee) as number)])));
  }

  let aggregateList: readonly TrackMonthTotal[] | undefined;
  const aggregateAt = (_: unknown, a: number): TrackMonthTotal =>
    Object.freeze({ track: names[aggregates.tracks[a] as number] as string, month: months[aggregates.monthIds[a] as number] as string, gross: grossOf(a), units: aggregates.units[a] as number });
  const result = {
    rule: rule.id,
    currency: rule.currency,
    timeZone: settings.timeZone,
    statements: Object.freeze(statements),
    rejected: Object.freeze(rejections.kept()),
    rejectedByCode: rejections.byCode(currency, scale),
    totals: Object.freeze({
      gross: cash(sumAt(totals, GROSS, 'gross')),
      paid: cash(sumAt(totals, PAID, 'paid')),
      platform: cash(sumAt(totals, PLATFORM, 'platform')),
      rejected: cash(rejectedUnits),
      ...(settings.carry && { carried: cash(sumAt(totals, CARRIED, 'carried balances')) }),
      rows: Object.freeze({ read, settled: read - rejectedCount, rejected: rejectedCount }),
    }),
    get aggregates() {
      return (aggregateList ??= Object.freeze(Array.from({ length: aggregates.count }, aggregateAt)));
    },
    ...(closingBalances && { closingBalances }),
  };
  return Object.freeze(withSettings(result, settings, shards));
}

import { fromUnits } from '../../money/from-units.js';
import type { Money } from '../../money/types.js';
import { tableTotals, type AggregateTable } from './aggregate-table.js';
import { compareText } from '../../_lib/text.js';
import { splitBy } from '../../royalty/compile-split.js';
import { addAt, exactSums, sumAt } from './exact-sums.js';
import type { RejectedRows } from './rejected-rows.js';
import type { SettlementSettings, TrackPlan } from './settlement-settings.js';
import type { Settlement, Statement, StatementLine, TrackMonthTotal } from '../settlement-types.js';
import { withSettings, type SettledShard } from './settings-of.js';

// Draft d keeps its two sums at 2d and 2d + 1 of `draftSums` (total, and payout: the part not
// kept by the platform role); `paid` says whether any line is such a part
type Draft = { month: string; payee: string; lines: StatementLine[]; paid: boolean };

// indexes of the settlement-wide sums
const SETTLED = 0;
const PLATFORM = 1;
const PAID = 2;
const CARRIED = 3;
const GROSS = 4;

/**
 * Internal: the one place a settlement is apportioned. Takes the per-track-month aggregates
 * (from sales, pre-aggregated rows or merged shards) and the tally of rejected rows, splits each
 * aggregate ONCE with its track's compiled plan, groups the lines into statements per month and
 * payee, carries balances forward if asked, and totals everything exactly.
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
  const draftSums = exactSums();

  // A line finds its draft by arithmetic, not by map lookups: `draftAt[payee number × months +
  // month id]` is 1 + the draft's index (payees are numbered by resolveSettings).
  const { payees } = settings;
  const monthCount = table.months.length;
  const draftAt = new Int32Array(payees.length * monthCount);
  const drafts: Draft[] = [];
  const aggregates: TrackMonthTotal[] = [];
  for (const { track, month, monthId, gross: grossUnits, units } of tableTotals(table)) {
    const { split, payeeNumbers } = settings.plans.get(track) as TrackPlan; // the table holds credited tracks only
    const { roles } = split;
    const gross = fromUnits(grossUnits, currency, scale);
    aggregates.push(Object.freeze({ track, month, gross, units }));
    addAt(totals, SETTLED, grossUnits);
    const shares = splitBy(split, grossUnits);
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i] as string;
      const share = shares[i] as number;
      const payeeNumber = payeeNumbers[i] as number;
      const at = payeeNumber * monthCount + monthId;
      if (draftAt[at] === 0) draftAt[at] = drafts.push({ month, payee: payees[payeeNumber] as string, lines: [], paid: false });
      const d = (draftAt[at] as number) - 1;
      const draft = drafts[d] as Draft;
      draft.lines.push(Object.freeze({ track, role, units, gross, amount: fromUnits(share, currency, scale) }));
      addAt(draftSums, d * 2, share);
      if (role === platformRole) {
        addAt(totals, PLATFORM, share);
      } else {
        addAt(draftSums, d * 2 + 1, share);
        draft.paid = true;
      }
    }
  }

  const cash = (units: number): Money => fromUnits(units, currency, scale);
  const monthOrder = table.months.map((_, id) => id).sort((a, b) => compareText(table.months[a] as string, table.months[b] as string));
  const payeeOrder = payees.map((_, n) => n).sort((a, b) => compareText(payees[a] as string, payees[b] as string));
  const balances = new Map(settings.openingBalances);
  const statements: Statement[] = [];
  for (const monthId of monthOrder) {
    for (const payeeNumber of payeeOrder) {
      const at = payeeNumber * monthCount + monthId;
      if (draftAt[at] === 0) continue;
      const d = (draftAt[at] as number) - 1;
      const draft = drafts[d] as Draft;
      const { month, payee } = draft;
      const what = `${JSON.stringify(payee)} in ${month}`;
      const statement = { month, payee, total: cash(sumAt(draftSums, d * 2, what)), lines: Object.freeze(draft.lines) };
      const payout = sumAt(draftSums, d * 2 + 1, what);
      if (!settings.carry || !draft.paid) {
        addAt(totals, PAID, payout);
        statements.push(Object.freeze(statement));
        continue;
      }
      const opening = balances.get(payee) ?? 0;
      const due = exactSums(1);
      addAt(due, 0, opening);
      addAt(due, 0, payout);
      const dueUnits = sumAt(due, 0, `balance of ${what}`);
      // a balance below the minimum (or negative, after refunds) rolls into the next month
      const payable = dueUnits > 0 && dueUnits >= settings.minimumPayout ? dueUnits : 0;
      const closing = dueUnits - payable;
      balances.set(payee, closing);
      addAt(totals, PAID, payable);
      statements.push(Object.freeze({ ...statement, openingBalance: cash(opening), payable: cash(payable), closingBalance: cash(closing) }));
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
    aggregates: Object.freeze(aggregates),
    ...(closingBalances && { closingBalances }),
  };
  return Object.freeze(withSettings(result, settings, shards));
}

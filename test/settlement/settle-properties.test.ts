import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  mergeSettlements,
  settleMonthly,
  settleTotals,
  type Money,
  type SaleRow,
  type Settlement,
  type SettleOptions,
  type TotalsRow,
} from '../../src/entries/royalty.js';
import { referenceMonth, ruleCases, salesArbitrary, type GeneratedSale, type RuleCase } from './sales-arbitraries.js';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const units = (m: Money | undefined): number => m?.amount ?? 0;
const rowsOf = (sales: readonly GeneratedSale[]): SaleRow[] => sales.map((s) => s.row);

/** A rule case and sales of it. */
const scenario = fc.constantFrom(...ruleCases).chain((c) => fc.tuple(fc.constant(c), salesArbitrary(c.rule)));

/** Carry-forward options: a minimum payout and opening balances (some negative), in fen. */
const carryOptions = fc.record({
  minimum: fc.integer({ min: 0, max: 2000 }),
  opening: fc.dictionary(fc.constantFrom('ann', 'bo', 'cy', 'zed', 'xiami'), fc.integer({ min: -300, max: 1500 }), { maxKeys: 3 }),
});

const withCarry = (c: RuleCase, carry: { minimum: number; opening: Record<string, number> }): SettleOptions => ({
  rule: c.rule,
  credits: c.credits,
  minimumPayout: { amount: carry.minimum, currency: 'CNY', scale: 2 },
  openingBalances: Object.fromEntries(Object.entries(carry.opening).map(([payee, fen]) => [payee, { amount: fen, currency: 'CNY', scale: 2 }])),
});

describe('settleMonthly invariants', () => {
  test.prop([scenario.chain(([c, sales]) => fc.tuple(fc.constant(c), fc.constant(sales), fc.shuffledSubarray(sales, { minLength: sales.length })))])(
    'the same result for any order of the rows',
    async ([c, sales, shuffled]) => {
      const options = { rule: c.rule, credits: c.credits };
      expect(await settleMonthly(rowsOf(shuffled), options)).toEqual(await settleMonthly(rowsOf(sales), options));
    },
  );

  test.prop([scenario, fc.func(fc.boolean()), fc.option(carryOptions, { nil: undefined })])(
    'merging the settlements of two shards (disjoint by sale id) equals one run over both',
    async ([c, sales], side, carry) => {
      const options = carry ? withCarry(c, carry) : { rule: c.rule, credits: c.credits };
      const a = sales.filter((s) => side(s.row.id));
      const b = sales.filter((s) => !side(s.row.id));
      const single = await settleMonthly(rowsOf(sales), options);
      const merged = mergeSettlements(await settleMonthly(rowsOf(a), options), await settleMonthly(rowsOf(b), options));
      expect(merged).toEqual(single);
      expect(mergeSettlements(merged, await settleMonthly([], options))).toEqual(single);
    },
  );

  test.prop([scenario, fc.option(carryOptions, { nil: undefined })])(
    'reconciles exactly: gross = paid + platform + carried + rejected, gross = Σ claimed',
    async ([c, sales], carry) => {
      const result = await settleMonthly(rowsOf(sales), carry ? withCarry(c, carry) : { rule: c.rule, credits: c.credits });
      const { gross, paid, platform, carried, rejected, rows } = result.totals;
      expect(gross.amount).toBe(paid.amount + platform.amount + units(carried) + rejected.amount);
      // independently of the code: every row's claimed gross, settled or not, is in `gross`
      expect(gross.amount).toBe(sum(sales.map((s) => s.claimed ?? 0)));
      expect(rejected.amount).toBe(sum(result.rejected.map((r) => units(r.amount))));
      expect(rows).toEqual({ read: sales.length, settled: sales.length - result.rejected.length, rejected: result.rejected.length });
      // statements add up to the aggregates, lines to their statement
      const lines = result.statements.flatMap((s) => s.lines);
      expect(sum(result.statements.map((s) => s.total.amount))).toBe(sum(result.aggregates.map((a) => a.gross.amount)));
      for (const s of result.statements) expect(s.total.amount).toBe(sum(s.lines.map((l) => l.amount.amount)));
      expect(platform.amount).toBe(sum(lines.filter((l) => l.role === c.rule.platformRole).map((l) => l.amount.amount)));
      expect(gross.amount - rejected.amount).toBe(sum(lines.map((l) => l.amount.amount)));
    },
  );

  test.prop([scenario])('settleTotals of a GROUP BY of the valid sales equals settleMonthly of the sales', async ([c, sales]) => {
    // group independently: validity known by construction, months by Intl, first copy of an id
    const seen = new Set<string>();
    const groups = new Map<string, { track: string; month: string; gross: number; units: number }>();
    for (const s of sales) {
      if (!s.valid || seen.has(s.row.id)) continue;
      seen.add(s.row.id);
      const month = referenceMonth(s.epochMs as number);
      const key = `${s.row.track} ${month}`;
      const group = groups.get(key) ?? { track: s.row.track, month, gross: 0, units: 0 };
      group.gross += s.claimed as number;
      group.units += (s.row.kind === 'refund' ? -1 : 1) * (s.row.quantity ?? 1);
      groups.set(key, group);
    }
    const totalsRows: TotalsRow[] = [...groups.values()].map((g) => ({
      track: g.track,
      month: g.month,
      gross: `${g.gross < 0 ? '-' : ''}${Math.floor(Math.abs(g.gross) / 100)}.${String(Math.abs(g.gross) % 100).padStart(2, '0')}`,
      units: g.units,
    }));
    const options = { rule: c.rule, credits: c.credits };
    const fromSales = await settleMonthly(rowsOf(sales), options);
    const fromTotals = settleTotals(totalsRows, options);
    expect(fromTotals.statements).toEqual(fromSales.statements);
    expect(fromTotals.aggregates).toEqual(fromSales.aggregates);
    expect(fromTotals.rejected).toEqual([]);
    expect(fromTotals.totals.paid).toEqual(fromSales.totals.paid);
    expect(fromTotals.totals.platform).toEqual(fromSales.totals.platform);
  });

  test.prop([scenario, carryOptions])('carry-forward never loses or invents money', async ([c, sales], carry) => {
    const result = await settleMonthly(rowsOf(sales), withCarry(c, carry));
    const balances = new Map(Object.entries(carry.opening));
    for (const s of result.statements) {
      if (s.payable === undefined) continue; // the platform's own statement has no payout
      const payout = sum(s.lines.filter((l) => l.role !== c.rule.platformRole).map((l) => l.amount.amount));
      expect(s.openingBalance?.amount).toBe(balances.get(s.payee) ?? 0);
      expect(units(s.openingBalance) + payout).toBe(s.payable.amount + units(s.closingBalance));
      if (s.payable.amount > 0) expect(s.payable.amount).toBeGreaterThanOrEqual(carry.minimum);
      else expect(units(s.closingBalance) < carry.minimum || units(s.closingBalance) <= 0).toBe(true);
      balances.set(s.payee, units(s.closingBalance));
    }
    const closing = Object.fromEntries([...balances].filter(([, fen]) => fen !== 0).sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(Object.fromEntries(Object.entries(result.closingBalances ?? {}).map(([p, m]) => [p, m.amount]))).toEqual(closing);
    expect(units(result.totals.carried)).toBe(sum(Object.values(closing)) - sum(Object.values(carry.opening)));
  });

  test.prop([scenario, carryOptions, fc.constantFrom('1988-03', '1988-09', '2013-07', '2013-08')])(
    'a later run seeded with the closing balances continues an earlier run exactly',
    async ([c, sales], carry, cutoff) => {
      const options = withCarry(c, carry);
      const early = sales.filter((s) => s.epochMs === null || !s.valid || referenceMonth(s.epochMs) <= cutoff);
      const late = sales.filter((s) => !early.includes(s));
      const single = await settleMonthly(rowsOf(sales), options);
      const first: Settlement = await settleMonthly(rowsOf(early), options);
      const second = await settleMonthly(rowsOf(late), { ...options, openingBalances: first.closingBalances ?? {} });
      expect([...first.statements, ...second.statements]).toEqual(single.statements);
      expect(second.closingBalances).toEqual(single.closingBalances);
    },
  );
});

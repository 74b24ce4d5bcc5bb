import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { musicianPlatformRule, readSalesCsv, settleMonthly, type SaleRow, type SettleOptions } from '../../src/entries/royalty.js';
import { musicianCredits } from '../settlement/sales-arbitraries.js';

const options: SettleOptions = { rule: musicianPlatformRule, credits: musicianCredits };
const sale = (id: string, price = '10.00'): SaleRow => ({ id, track: 't1', soldAt: '2013-08-02T10:00:00+08:00', price });
const refund = (id: string, price = '10.00'): SaleRow => ({ ...sale(id, price), kind: 'refund' });

/** The same rows as a sales CSV, so that the byte path is checked too. */
const asCsv = (rows: readonly SaleRow[]): string[] => [
  'sale_id,track_id,sold_at,price,kind\n',
  ...rows.map((r) => `${r.id},${r.track},${r.soldAt},${String(r.price)},${r.kind ?? ''}\n`),
];

async function both(rows: readonly SaleRow[]) {
  const fromObjects = await settleMonthly(rows, options);
  const fromCsv = await settleMonthly(readSalesCsv(asCsv(rows)), options);
  expect(fromCsv.statements).toEqual(fromObjects.statements);
  expect(fromCsv.totals).toEqual(fromObjects.totals);
  return fromObjects;
}

describe('a refund shares the id of the sale it reverses', () => {
  it.each([
    ['sale then refund', [sale('s1'), refund('s1')]],
    ['refund then sale', [refund('s1'), sale('s1')]],
    ['fingerprinted id, refund first', [refund('inv/a'), sale('inv/a')]],
  ])('%s nets to zero, both settled', async (_, rows) => {
    const result = await both(rows);
    expect(result.rejected).toEqual([]);
    expect(result.totals.rows).toEqual({ read: 2, settled: 2, rejected: 0 });
    expect(result.totals.gross.amount).toBe(0);
    expect(result.aggregates.map((a) => [a.gross.amount, a.units])).toEqual([[0, 0]]);
  });

  it('settles a refund whose sale is not in the input (settled in an earlier month or shard)', async () => {
    const result = await both([refund('old-7')]);
    expect(result.rejected).toEqual([]);
    expect(result.totals.gross.amount).toBe(-1000);
  });

  it('rejects a second refund of one id, and a second sale, as DUPLICATE_SALE: the first of each kind wins', async () => {
    const result = await both([sale('s1'), refund('s1', '4.00'), refund('s1', '6.00'), sale('s1', '3.00'), refund('x'), refund('x')]);
    expect(result.rejected.map((r) => [r.id, r.code, r.amount?.amount])).toEqual([
      ['s1', 'DUPLICATE_SALE', -600],
      ['s1', 'DUPLICATE_SALE', 300],
      ['x', 'DUPLICATE_SALE', -1000],
    ]);
    expect(result.rejected[0]?.reason).toContain('refund of sale id "s1"');
    expect(result.totals.gross.amount).toBe(1000 - 400 - 600 + 300 - 1000 - 1000);
    expect(result.aggregates[0]?.gross.amount).toBe(1000 - 400 - 1000);
  });

  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.boolean(), fc.boolean()), { maxLength: 40 }).chain((rows) =>
    fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length })))])(
    'identical copies are order-free: any order of sales and refunds settles the same',
    async ([rows, order]) => {
      const make = ([n, isRefund, fingerprinted]: [number, boolean, boolean]): SaleRow => {
        const id = fingerprinted ? `inv/${n}` : `s${n}`;
        return isRefund ? refund(id) : sale(id);
      };
      const sales = rows.map(make);
      const shuffled = order.map((i) => sales[i] as SaleRow);
      const a = await settleMonthly(sales, options);
      const b = await settleMonthly(shuffled, options);
      expect(b.statements).toEqual(a.statements);
      expect(b.totals).toEqual(a.totals);
      // the oracle: one sale and one refund per id
      const keys = new Set(sales.map((s) => `${s.id} ${s.kind ?? 'sale'}`));
      expect(a.totals.rows.settled).toBe(keys.size);
    },
  );
});

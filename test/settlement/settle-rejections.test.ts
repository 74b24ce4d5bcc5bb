import { describe, expect, it } from 'vitest';
import {
  money,
  musicianPlatformRule,
  settleMonthly,
  toDecimal,
  type SaleRow,
  type Settlement,
  type SettleOptions,
} from '../../src/entries/royalty.js';
import { musicianCredits } from './sales-arbitraries.js';
import { expectLedgerRejection } from '../expect-ledger-error.js';

const options: SettleOptions = { rule: musicianPlatformRule, credits: musicianCredits };

const good: readonly SaleRow[] = [
  { id: 'g1', track: 't1', soldAt: '2013-08-02T10:00:00+08:00', price: '12.50' },
  { id: 'g2', track: 't2', soldAt: '2013-08-03T10:00:00Z', price: '3.00', quantity: 2 },
];

/** Settles the good rows plus `bad`, and the good rows alone. */
async function withAndWithout(bad: unknown): Promise<[Settlement, Settlement]> {
  return [await settleMonthly([...good, bad as SaleRow], options), await settleMonthly(good, options)];
}

const cases: readonly { name: string; row: unknown; code: string; mentions: string; amount?: string }[] = [
  { name: 'unknown track', row: { id: 'b', track: 't9', soldAt: '2013-08-01T10:00Z', price: '1.00' }, code: 'UNKNOWN_TRACK', mentions: 't9', amount: '1.00' },
  { name: 'malformed price', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: '1,00' }, code: 'INVALID_AMOUNT', mentions: '1,00' },
  { name: 'exponent price', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: '1e3' }, code: 'INVALID_AMOUNT', mentions: '1e3' },
  { name: 'float price', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: 0.1 + 0.2 }, code: 'TOO_MANY_DECIMALS', mentions: '0.30000000000000004' },
  { name: 'three decimals', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: '0.805' }, code: 'TOO_MANY_DECIMALS', mentions: '0.805' },
  { name: 'price above the cap', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: '50.01' }, code: 'PRICE_ABOVE_CAP', mentions: '50.01', amount: '50.01' },
  { name: 'zero price', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: '0.00' }, code: 'INVALID_PRICE', mentions: '0.00', amount: '0.00' },
  { name: 'negative price (a refund is kind: refund)', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: '-1.00' }, code: 'INVALID_PRICE', mentions: '-1.00', amount: '-1.00' },
  { name: 'naive timestamp', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00:00', price: '1.00' }, code: 'NAIVE_TIMESTAMP', mentions: '2013-08-01T10:00:00', amount: '1.00' },
  { name: 'timestamp with a space', row: { id: 'b', track: 't1', soldAt: '2013-08-01 10:00:00Z', price: '1.00' }, code: 'INVALID_TIMESTAMP', mentions: '2013-08-01 10:00:00Z', amount: '1.00' },
  { name: 'impossible date', row: { id: 'b', track: 't1', soldAt: '2013-02-29T10:00Z', price: '1.00' }, code: 'INVALID_TIMESTAMP', mentions: '2013-02-29', amount: '1.00' },
  { name: 'missing timestamp', row: { id: 'b', track: 't1', price: '1.00' }, code: 'INVALID_TIMESTAMP', mentions: 'undefined', amount: '1.00' },
  { name: 'zero quantity', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: '1.00', quantity: 0 }, code: 'INVALID_QUANTITY', mentions: '0' },
  { name: 'fractional quantity', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: '1.00', quantity: 1.5 }, code: 'INVALID_QUANTITY', mentions: '1.5' },
  { name: 'quantity text', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: '1.00', quantity: 'two' }, code: 'INVALID_QUANTITY', mentions: 'two' },
  {
    name: 'price × quantity beyond 2^53',
    row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: '50.00', quantity: 2 ** 51 },
    code: 'UNSAFE_AMOUNT',
    mentions: String(2 ** 51),
  },
  { name: 'price in another currency', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: money('1.00', 'USD') }, code: 'CURRENCY_MISMATCH', mentions: 'USD' },
  { name: 'empty id', row: { id: '', track: 't1', soldAt: '2013-08-01T10:00Z', price: '1.00' }, code: 'INVALID_ROW', mentions: '""' },
  { name: 'unknown kind', row: { id: 'b', track: 't1', soldAt: '2013-08-01T10:00Z', price: '1.00', kind: 'gift' }, code: 'INVALID_ROW', mentions: 'gift' },
  { name: 'not an object', row: 42, code: 'INVALID_ROW', mentions: '42' },
  { name: 'malformed CSV line', row: { line: 7, code: 'MALFORMED_LINE', reason: 'line 7 has 3 fields, the header has 4: "a,b,c"' }, code: 'MALFORMED_LINE', mentions: 'a,b,c' },
  { name: 'duplicate sale id', row: { id: 'g1', track: 't1', soldAt: '2013-08-02T10:00:00+08:00', price: '12.50' }, code: 'DUPLICATE_SALE', mentions: 'g1', amount: '12.50' },
];

describe('settleMonthly rejects every bad row, reporting it and touching nothing else', () => {
  for (const { name, row, code, mentions, amount } of cases) {
    it(`${name} → ${code}`, async () => {
      const [result, clean] = await withAndWithout(row);
      expect(result.rejected).toHaveLength(1);
      const [rejected] = result.rejected;
      expect(rejected?.code).toBe(code);
      expect(rejected?.reason).toContain(mentions);
      expect(rejected?.amount && toDecimal(rejected.amount)).toBe(amount);
      // everything else is exactly what the good rows alone give
      expect(result.statements).toEqual(clean.statements);
      expect(result.aggregates).toEqual(clean.aggregates);
      expect(result.totals.paid).toEqual(clean.totals.paid);
      expect(result.totals.gross.amount).toBe(clean.totals.gross.amount + (rejected?.amount?.amount ?? 0));
      expect(result.totals.rows).toEqual({ read: 3, settled: 2, rejected: 1 });
    });
  }

  it('a refund row subtracts, and a rejected refund counts negative', async () => {
    const refund: SaleRow = { id: 'r', track: 't1', soldAt: '2013-08-05T10:00Z', price: '12.50', kind: 'refund' };
    const result = await settleMonthly([...good, refund, { ...refund, id: 'r2', track: 't9' }], options);
    expect(result.aggregates.find((a) => a.track === 't1')).toMatchObject({ gross: { amount: 0 }, units: 0 });
    expect(result.rejected.map((r) => [r.code, r.amount?.amount])).toEqual([['UNKNOWN_TRACK', -1250]]);
  });

  it('keeps a JSON-safe copy of the offending row', async () => {
    const [result] = await withAndWithout({ id: 'b', track: 't1', soldAt: 7n, price: money('1.00', 'CNY'), quantity: Number.NaN });
    expect(result.rejected[0]?.row).toEqual({ id: 'b', track: 't1', soldAt: '7', price: { amount: 100, currency: 'CNY', scale: 2 }, quantity: 'NaN' });
    expect(() => JSON.stringify(result)).not.toThrow();
  });

  it('throws UNSAFE_AMOUNT (never a wrong number) when a track-month sums beyond 2^53 − 1 minor units', async () => {
    const huge = (id: string, kind?: 'refund'): SaleRow => ({ id, track: 't1', soldAt: '2013-08-01T10:00Z', price: '50.00', quantity: 10 ** 12, ...(kind && { kind }) });
    await expectLedgerRejection(settleMonthly([huge('a'), huge('b')], options), 'UNSAFE_AMOUNT', 't1');
    // partial sums may leave the safe range; only the final value matters, in any order
    for (const rows of [[huge('a'), huge('b'), huge('c', 'refund')], [huge('c', 'refund'), huge('a'), huge('b')]]) {
      const result = await settleMonthly(rows, options);
      expect(result.aggregates[0]?.gross.amount).toBe(5 * 10 ** 15);
    }
  });
});

describe('settleMonthly rejects bad options with a LedgerError', () => {
  const sales = good;

  it('an unknown time zone', () => expectLedgerRejection(settleMonthly(sales, { ...options, timeZone: 'Mars/Olympus' }), 'INVALID_OPTIONS', 'Mars/Olympus'));
  it('credits that miss a role name the track', () =>
    expectLedgerRejection(settleMonthly(sales, { ...options, credits: { t1: [{ role: 'lyricist', payee: 'a', share: 1 }] } }), 'MISSING_ROLE', 't1'));
  it('credits that are not a map', () => expectLedgerRejection(settleMonthly(sales, { ...options, credits: 'x' as never }), 'INVALID_OPTIONS', 'credits'));
  it('a negative minimum payout', () => expectLedgerRejection(settleMonthly(sales, { ...options, minimumPayout: '-1.00' }), 'INVALID_OPTIONS', 'minimumPayout'));
  it('a minimum payout in another currency', () =>
    expectLedgerRejection(settleMonthly(sales, { ...options, minimumPayout: money('5.00', 'USD') }), 'CURRENCY_MISMATCH', 'USD'));
  it('sales that are not iterable', () => expectLedgerRejection(settleMonthly(42 as never, options), 'INVALID_OPTIONS', '42'));
});

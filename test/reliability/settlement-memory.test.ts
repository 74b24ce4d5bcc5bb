import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { musicianPlatformRule, readSalesCsv, settleMonthly, settleTotals, mergeSettlements, type RejectedRow, type SettleOptions } from '../../src/entries/royalty.js';
import { musicianCredits } from '../settlement/sales-arbitraries.js';
import { expectLedgerRejection, expectLedgerError } from '../expect-ledger-error.js';

const options: SettleOptions = { rule: musicianPlatformRule, credits: musicianCredits };

/** A CSV of `good` sales of t1 at 1.00 and `unknown` sales of track "nope" at 2.00, interleaved. */
function* ledger(good: number, unknown: number): Generator<string> {
  yield 'sale_id,track_id,sold_at,price\n';
  let lines = '';
  for (let i = 0; i < Math.max(good, unknown); i++) {
    if (i < good) lines += `g${i},t1,2013-08-02T10:00:00+08:00,1.00\n`;
    if (i < unknown) lines += `u${i},nope,2013-08-02T10:00:00+08:00,2.00\n`;
    if (lines.length > 1 << 16) {
      yield lines;
      lines = '';
    }
  }
  yield lines;
}

describe('rejected rows take bounded memory', () => {
  it('keeps the first 1000 rejected rows by default, and counts and sums every one of 100,000', async () => {
    const result = await settleMonthly(readSalesCsv(ledger(10, 100_000)), options);
    expect(result.rejected).toHaveLength(1000);
    expect(result.rejected.map((r) => r.line)).toEqual(Array.from({ length: 1000 }, (_, i) => (i < 10 ? 3 + 2 * i : 12 + i)));
    expect(result.totals.rows).toEqual({ read: 100_010, settled: 10, rejected: 100_000 });
    expect(result.rejectedByCode).toEqual({ UNKNOWN_TRACK: { rows: 100_000, amount: { amount: 20_000_000, currency: 'CNY', scale: 2 } } });
    expect(result.totals.rejected.amount).toBe(20_000_000);
    const { gross, paid, platform, rejected } = result.totals;
    expect(gross.amount).toBe(paid.amount + platform.amount + rejected.amount);
    expect(gross.amount).toBe(1000 + 20_000_000);
  });

  it('hands every rejected row to onRejected in the order found, whatever keepRejected keeps', async () => {
    const seen: RejectedRow[] = [];
    const result = await settleMonthly(readSalesCsv(ledger(5, 3000)), { ...options, keepRejected: 2, onRejected: (row) => seen.push(row) });
    expect(result.rejected.map((r) => r.id)).toEqual(['u0', 'u1']);
    expect(seen).toHaveLength(3000);
    expect(seen.map((r) => r.id)).toEqual(Array.from({ length: 3000 }, (_, i) => `u${i}`));
    expect(seen.slice(0, 2)).toEqual(result.rejected);
  });

  it('keeps none with keepRejected 0 and all with Infinity', async () => {
    const none = await settleMonthly(readSalesCsv(ledger(1, 1500)), { ...options, keepRejected: 0 });
    const all = await settleMonthly(readSalesCsv(ledger(1, 1500)), { ...options, keepRejected: Infinity });
    expect(none.rejected).toEqual([]);
    expect(all.rejected).toHaveLength(1500);
    expect(none.rejectedByCode).toEqual(all.rejectedByCode);
    expect(none.totals).toEqual(all.totals);
    expect(none.statements).toEqual(all.statements);
  });

  it.each([-1, 1.5, NaN, '10', null, -Infinity])('refuses keepRejected %s with INVALID_OPTIONS', async (keep) => {
    await expectLedgerRejection(settleMonthly([], { ...options, keepRejected: keep as number }), 'INVALID_OPTIONS', 'keepRejected');
    expectLedgerError(() => settleTotals([], { ...options, keepRejected: keep as number }), 'INVALID_OPTIONS', 'keepRejected');
  });

  it('refuses an onRejected that is not a function', async () => {
    await expectLedgerRejection(settleMonthly([], { ...options, onRejected: 'file.csv' as never }), 'INVALID_OPTIONS', 'onRejected');
  });

  test.prop([fc.array(fc.tuple(fc.constantFrom('t1', 'zz', 'yy'), fc.integer({ min: 1, max: 9999 }), fc.boolean()), { maxLength: 60 }), fc.nat(8)])(
    'the tally by code reconciles exactly with the totals, and merging adds tallies, whatever is kept',
    async (rows, keep) => {
      const sales = rows.map(([track, cents, refund], i) => ({
        id: `s${i}`,
        track,
        soldAt: '2013-08-02T10:00:00+08:00',
        price: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
        ...(refund && { kind: 'refund' as const }),
      }));
      const half = Math.floor(sales.length / 2);
      const whole = await settleMonthly(sales, { ...options, keepRejected: keep });
      const merged = mergeSettlements(
        await settleMonthly(sales.slice(0, half), { ...options, keepRejected: keep }),
        await settleMonthly(sales.slice(half), { ...options, keepRejected: keep }),
      );
      for (const result of [whole, merged]) {
        const tallies = Object.values(result.rejectedByCode);
        expect(tallies.reduce((sum, t) => sum + t.rows, 0)).toBe(result.totals.rows.rejected);
        expect(tallies.reduce((sum, t) => sum + t.amount.amount, 0)).toBe(result.totals.rejected.amount);
        expect(result.rejected.length).toBeLessThanOrEqual(Math.min(2 * keep, result.totals.rows.rejected));
      }
      expect(whole.rejected).toHaveLength(Math.min(keep, whole.totals.rows.rejected));
      expect(merged.rejectedByCode).toEqual(whole.rejectedByCode);
      expect(merged.totals).toEqual(whole.totals);
    },
  );
});

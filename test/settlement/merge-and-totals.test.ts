import { describe, expect, it } from 'vitest';
import {
  mergeSettlements,
  musicianPlatformRule,
  settleMonthly,
  settleTotals,
  toDecimal,
  xiamiDownloadRule,
  type SaleRow,
  type Settlement,
} from '../../src/entries/royalty.js';
import { createTrackIndex } from '../../src/settlement/_lib/track-index.js';
import { expectLedgerError } from '../expect-ledger-error.js';
import { downloadCredits, musicianCredits } from './sales-arbitraries.js';

const musician = { rule: musicianPlatformRule, credits: musicianCredits };
const download = { rule: xiamiDownloadRule, credits: downloadCredits };
const sale = (id: string, track: string, soldAt: string, price: string, extra: Partial<SaleRow> = {}): SaleRow => ({ id, track, soldAt, price, ...extra });
const totalsOf = (s: Settlement): Record<string, string> => Object.fromEntries(s.statements.map((st) => [`${st.month} ${st.payee}`, toDecimal(st.total)]));


describe('settleTotals', () => {
  it('settles warehouse rows, summing rows of the same track and month (gross may be negative)', () => {
    const result = settleTotals(
      [
        { track: 't2', month: '2013-08', gross: '10.00', units: 2 },
        { track: 't2', month: '2013-08', gross: '-2.50', units: -1 },
        { track: 't2', month: '2013-07', gross: { amount: 100, currency: 'CNY', scale: 2 } },
      ],
      musician,
    );
    expect(result.aggregates.map((a) => [a.month, toDecimal(a.gross), a.units])).toEqual([['2013-07', '1.00', 0], ['2013-08', '7.50', 1]]);
    expect(totalsOf(result)).toEqual({
      '2013-07 cy': '0.10', '2013-07 dee': '0.10', '2013-07 eve': '0.80',
      '2013-08 cy': '0.75', '2013-08 dee': '0.75', '2013-08 eve': '6.00',
    });
  });

  it('rejects bad rows, keeping the readable gross in the reconciliation', () => {
    const result = settleTotals(
      [
        { track: 't9', month: '2013-08', gross: '1.00' },
        { track: 't1', month: '2013-8', gross: '2.00' },
        { track: 't1', month: '2013-13', gross: '2.00' },
        { track: 't1', month: '2013-08', gross: '3.001' },
        { track: 't1', month: '2013-08', gross: '4.00', units: 0.5 },
        null as never,
      ],
      musician,
    );
    expect(result.rejected.map((r) => [r.code, r.amount && toDecimal(r.amount)])).toEqual([
      ['INVALID_QUANTITY', '4.00'], ['INVALID_ROW', '2.00'], ['INVALID_ROW', '2.00'], ['INVALID_ROW', undefined], ['TOO_MANY_DECIMALS', undefined], ['UNKNOWN_TRACK', '1.00'],
    ]);
    expect(toDecimal(result.totals.gross)).toBe('9.00');
    expect(result.statements).toEqual([]);
  });

  it('re-settles a JSON copy of a settlement from its aggregates', async () => {
    const sales = [sale('a', 't1', '2013-08-01T00:00Z', '9.99'), sale('b', 't3', '2013-09-01T00:00Z', '0.07', { quantity: 3 })];
    const result = await settleMonthly(sales, musician);
    const copy: Settlement = JSON.parse(JSON.stringify(result));
    expect(settleTotals(copy.aggregates, musician).statements).toEqual(result.statements);
  });
});

describe('track-month bookkeeping', () => {
  it('finds every credited track by a name read in place, and nothing else', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `t${i}`);
    const index = createTrackIndex(names);
    const bytes = new TextEncoder().encode(`,${names.join(',')},`);
    let at = 1;
    for (const [number, name] of names.entries()) {
      expect(index.find(name)).toBe(number);
      expect(index.findBytes(bytes, at, at + name.length)).toBe(number);
      at += name.length + 1;
    }
    for (const unknown of ['', 't', 't3000', 't01', 'T1', 't1 ']) expect(index.find(unknown)).toBe(-1);
  });

  it('keeps every track-month apart over many months (the table widens as months appear)', () => {
    const months = Array.from({ length: 30 }, (_, i) => `${2011 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const rows = months.flatMap((month, i) => [
      { track: 't1', month, gross: `${i + 1}.00`, units: i + 1 },
      { track: 't3', month, gross: `${i + 100}.00`, units: 1 },
    ]);
    const result = settleTotals([...rows].reverse(), musician);
    expect(result.aggregates.map((a) => [a.track, a.month, toDecimal(a.gross), a.units])).toEqual([
      ...months.map((month, i) => ['t1', month, `${i + 1}.00`, i + 1]),
      ...months.map((month, i) => ['t3', month, `${i + 100}.00`, 1]),
    ]);
  });
});

describe('mergeSettlements', () => {
  it('re-apportions the summed aggregates once (not the sum of two roundings)', () => {
    // 0.05 splits 0.01 / 0.00 / 0.04 on its own; twice, 0.10 splits 0.01 / 0.01 / 0.08
    const credits = { t: [{ role: 'lyricist', payee: 'l', share: 1 }, { role: 'composer', payee: 'c', share: 1 }, { role: 'producer', payee: 'p', share: 1 }] };
    const options = { rule: musicianPlatformRule, credits };
    const half = () => settleTotals([{ track: 't', month: '2013-08', gross: '0.05', units: 1 }], options);
    expect(totalsOf(half())).toEqual({ '2013-08 c': '0.00', '2013-08 l': '0.01', '2013-08 p': '0.04' });
    // two runs over the same totals (merging one settlement with itself is OVERLAPPING_SHARDS)
    expect(totalsOf(mergeSettlements(half(), half()))).toEqual({ '2013-08 c': '0.01', '2013-08 l': '0.01', '2013-08 p': '0.08' });
  });

  it('refuses settlements made with different settings, or JSON copies', async () => {
    const a = await settleMonthly([sale('a', 't1', '2013-08-01T00:00Z', '0.80')], download);
    const other = await settleMonthly([], musician);
    expectLedgerError(() => mergeSettlements(a, other), 'INVALID_OPTIONS', 'different settings');
    expectLedgerError(() => mergeSettlements(a, JSON.parse(JSON.stringify(a))), 'INVALID_OPTIONS', 'JSON copy');
    const utc = await settleMonthly([], { ...download, timeZone: 'UTC' });
    expectLedgerError(() => mergeSettlements(a, utc), 'INVALID_OPTIONS', 'UTC');
    const withMinimum = await settleMonthly([], { ...download, minimumPayout: '1.00' });
    expectLedgerError(() => mergeSettlements(a, withMinimum), 'INVALID_OPTIONS', 'carry-forward');
    // equal settings from different (but equal) option objects merge fine
    const b = await settleMonthly([sale('b', 't1', '2013-08-02T00:00Z', '0.80')], { rule: xiamiDownloadRule, credits: structuredClone(downloadCredits) });
    expect(toDecimal(mergeSettlements(a, b).totals.gross)).toBe('1.60');
  });
});

describe('carry-forward', () => {
  it('seeds the first month with openingBalances and pays once the minimum is reached', async () => {
    const result = await settleMonthly([sale('a', 't2', '2013-08-01T00:00Z', '12.50')], {
      ...musician,
      minimumPayout: '5.00',
      openingBalances: { dee: '4.00', zed: '3.00' },
    });
    const dee = result.statements.find((s) => s.payee === 'dee');
    expect([dee?.openingBalance, dee?.total, dee?.payable, dee?.closingBalance].map((m) => m && toDecimal(m))).toEqual(['4.00', '1.25', '5.25', '0.00']);
    // cy (1.25) stays below the minimum; zed had no sales and keeps its balance
    expect(Object.fromEntries(Object.entries(result.closingBalances ?? {}).map(([p, m]) => [p, toDecimal(m)]))).toEqual({ cy: '1.25', zed: '3.00' });
    expect(toDecimal(result.totals.carried!)).toBe('-2.75'); // 4.25 closing − 7.00 opening
    expect(toDecimal(result.totals.paid)).toBe('15.25');
  });

  it('carries a negative balance after refunds instead of paying it', async () => {
    const result = await settleMonthly(
      [sale('a', 't2', '2013-07-10T00:00Z', '10.00'), sale('r', 't2', '2013-08-10T00:00Z', '10.00', { kind: 'refund' }), sale('b', 't2', '2013-09-10T00:00Z', '20.00')],
      { ...musician, minimumPayout: '0.00' },
    );
    const eve = result.statements.filter((s) => s.payee === 'eve').map((s) => [s.month, toDecimal(s.total), toDecimal(s.payable!), toDecimal(s.closingBalance!)]);
    expect(eve).toEqual([['2013-07', '8.00', '8.00', '0.00'], ['2013-08', '-8.00', '0.00', '-8.00'], ['2013-09', '16.00', '8.00', '0.00']]);
  });

  it("leaves the platform's share out of payouts and balances", async () => {
    const result = await settleMonthly([sale('a', 't1', '2013-08-01T00:00Z', '0.80')], { ...download, minimumPayout: '1.00' });
    const xiami = result.statements.find((s) => s.payee === 'xiami');
    expect(xiami && toDecimal(xiami.total)).toBe('0.20');
    expect(xiami?.payable).toBeUndefined();
    expect(toDecimal(result.totals.platform)).toBe('0.20');
    expect(toDecimal(result.totals.carried!)).toBe('0.60');
    expect(toDecimal(result.totals.paid)).toBe('0.00');
  });
});

describe('duplicate detection', () => {
  it('keeps the first acceptable copy of an id: an invalid earlier copy does not claim it', async () => {
    const result = await settleMonthly(
      [sale('s', 't9', '2013-08-01T00:00Z', '1.00'), sale('s', 't1', '2013-08-01T00:00Z', '2.00'), sale('s', 't1', '2013-08-01T00:00Z', '2.00')],
      musician,
    );
    expect(result.rejected.map((r) => r.code)).toEqual(['DUPLICATE_SALE', 'UNKNOWN_TRACK']);
    expect(toDecimal(result.aggregates[0]!.gross)).toBe('2.00');
  });
});

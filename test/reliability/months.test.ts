import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { musicianPlatformRule, readSalesCsv, settleMonthly, settleTotals, type SettleOptions } from '../../src/entries/royalty.js';
import { createMonthOf } from '../../src/settlement/_lib/month-of.js';
import { musicianCredits } from '../settlement/sales-arbitraries.js';

const options: SettleOptions = { rule: musicianPlatformRule, credits: musicianCredits };

const ZONES = [
  'Asia/Shanghai',
  'Africa/Monrovia',
  'Europe/Dublin',
  'America/St_Johns',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'America/New_York',
  'Europe/London',
  'Pacific/Apia',
  'UTC',
  'Europe/Amsterdam', // +00:19:32 until 1937
  'America/Sao_Paulo', // summer time that ended at local midnight
] as const;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The 'YYYY-MM' that Intl shows for an instant in a zone: the reference, independent of the code under test. */
function intlMonth(epochMs: number, timeZone: string): string {
  let format = formats.get(timeZone);
  if (format === undefined) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', era: 'short' })));
  const parts = format.formatToParts(epochMs);
  const value = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const year = value('era') === 'BC' ? 1 - Number(value('year')) : Number(value('year'));
  return `${String(year).padStart(4, '0')}-${value('month')}`;
}

describe('months are exact in every zone and era', () => {
  it.each([
    // offsets with seconds: Dublin Mean Time −00:25:21 until October 1916, Monrovia −00:44:30 until 1972
    ['Europe/Dublin', '1900-07-15T12:00:00Z', '1900-07'],
    ['Europe/Dublin', '1900-08-01T00:25:20Z', '1900-07'],
    ['Europe/Dublin', '1900-08-01T00:25:21Z', '1900-08'],
    ['Africa/Monrovia', '1960-03-15T12:00:00Z', '1960-03'],
    ['Africa/Monrovia', '1960-04-01T00:44:29Z', '1960-03'],
    ['Africa/Monrovia', '1960-04-01T00:44:30Z', '1960-04'],
    // local mean time in Shanghai, +08:05:43 before 1901
    ['Asia/Shanghai', '1890-05-15T00:00:00Z', '1890-05'],
    ['Asia/Shanghai', '1890-05-31T15:54:17Z', '1890-06'],
    ['Asia/Shanghai', '1890-05-31T15:54:16Z', '1890-05'],
  ])('%s: %s is in %s', async (timeZone, soldAt, month) => {
    const result = await settleMonthly([{ id: 's1', track: 't1', soldAt, price: '1.00' }], { ...options, timeZone });
    expect(result.rejected).toEqual([]);
    expect(result.aggregates.map((a) => a.month)).toEqual([month]);
    expect(intlMonth(Date.parse(soldAt), timeZone)).toBe(month);
  });

  test.prop([fc.array(fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2100, 0, 1) }), { minLength: 1, maxLength: 25 }), fc.constantFrom(...ZONES)], {
    numRuns: 60,
  })('the month of random instants over 1800–2100 is what Intl.DateTimeFormat says, in 14 zones', async (instants, timeZone) => {
    const monthOf = await createMonthOf(timeZone);
    expect(instants.map(monthOf)).toEqual(instants.map((t) => intlMonth(t, timeZone)));
  });

  test.prop([fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2100, 0, 1) })], { numRuns: 40 })(
    'each side of the start of a month is filed where Intl files it, to the second',
    async (timeZone, near) => {
      const monthOf = await createMonthOf(timeZone);
      const at = new Date(near);
      // the local start of the month after `near` lies within a day of its UTC start
      const start = Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1);
      for (let t = start - 86_400_000; t <= start + 86_400_000; t += 1000 * 60 * 7 + 13_000) {
        expect(monthOf(t)).toBe(intlMonth(t, timeZone));
      }
    },
  );

  it('labels years 0000–9999 with four digits, and those labels re-settle through settleTotals', async () => {
    const sales = [
      { id: 's1', track: 't1', soldAt: '0000-01-15T00:00:00Z', price: '1.00' },
      { id: 's2', track: 't1', soldAt: '0099-12-15T00:00:00Z', price: '2.00' },
      { id: 's3', track: 't1', soldAt: '9999-12-31T23:00:00+00:00', price: '3.00' },
    ];
    const result = await settleMonthly(sales, { ...options, timeZone: 'UTC' });
    expect(result.aggregates.map((a) => a.month)).toEqual(['0000-01', '0099-12', '9999-12']);
    const again = settleTotals(result.aggregates, { ...options, timeZone: 'UTC' });
    expect(again.rejected).toEqual([]);
    expect(again.statements).toEqual(result.statements);
  });

  it('rejects, with INVALID_TIMESTAMP, a sale whose local year is outside 0000–9999', async () => {
    const csv = [
      'sale_id,track_id,sold_at,price\n',
      's1,t1,9999-12-31T23:00:00Z,1.00\n', // 10000-01 in Shanghai
      's2,t1,0000-01-01T00:00:00+08:00,2.00\n', // -0001-12 in UTC
      's3,t1,2013-08-01T00:00:00Z,3.00\n',
    ];
    const shanghai = await settleMonthly(readSalesCsv(csv), options);
    expect(shanghai.rejected.map((r) => [r.line, r.code, r.amount?.amount])).toEqual([[2, 'INVALID_TIMESTAMP', 100]]);
    expect(shanghai.rejected[0]?.reason).toContain('0000–9999');
    const utc = await settleMonthly(readSalesCsv(csv), { ...options, timeZone: 'UTC' });
    expect(utc.rejected.map((r) => [r.line, r.code])).toEqual([[3, 'INVALID_TIMESTAMP']]);
    expect(utc.totals.gross.amount).toBe(utc.totals.paid.amount + utc.totals.platform.amount + utc.totals.rejected.amount);
  });
});

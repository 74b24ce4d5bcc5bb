import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { musicianPlatformRule, settleMonthly } from '../../src/entries/royalty.js';
import { createMonthOf } from '../../src/settlement/_lib/month-of.js';
import { parseTimestamp } from '../../src/settlement/_lib/parse-timestamp.js';
import { musicianCredits, referenceMonth } from './sales-arbitraries.js';
import { expectLedgerRejection } from '../expect-ledger-error.js';

const monthsOf = async (soldAt: readonly string[], timeZone?: string): Promise<string[]> => {
  const sales = soldAt.map((at, i) => ({ id: `s${i}`, track: 't1', soldAt: at, price: '1.00' }));
  const result = await settleMonthly(sales, { rule: musicianPlatformRule, credits: musicianCredits, ...(timeZone && { timeZone }) });
  expect(result.rejected).toEqual([]);
  return result.aggregates.map((a) => a.month);
};

describe('calendar months in the settlement time zone', () => {
  it('2013-07-31T16:30:00Z is an August sale in Shanghai, a July sale in UTC', async () => {
    expect(await monthsOf(['2013-07-31T16:30:00Z'])).toEqual(['2013-08']);
    expect(await monthsOf(['2013-07-31T15:59:59.999Z'])).toEqual(['2013-07']);
    expect(await monthsOf(['2013-07-31T16:30:00Z'], 'UTC')).toEqual(['2013-07']);
  });

  it('reads any offset, not just +08:00', async () => {
    expect(await monthsOf(['2013-07-31T11:45:00-05:00'])).toEqual(['2013-08']); // 16:45Z
    expect(await monthsOf(['2013-08-01T00:59:00+09:00'])).toEqual(['2013-07']); // 15:59Z
  });

  it('follows Shanghai summer time of 1988 (UTC+9 from 17 April to 11 September)', async () => {
    // 15:30Z on 30 June 1988 is 00:30 on 1 July in Shanghai (+09:00), not 23:30 on 30 June
    expect(await monthsOf(['1988-06-30T15:30:00Z'])).toEqual(['1988-07']);
    expect(await monthsOf(['1988-06-30T14:59:59Z'])).toEqual(['1988-06']);
    expect(await monthsOf(['1988-08-31T15:30:00Z'])).toEqual(['1988-09']);
    // after summer time ended, +08:00 again: 15:30Z on 30 September is still September
    expect(await monthsOf(['1988-09-30T15:30:00Z'])).toEqual(['1988-09']);
    expect(await monthsOf(['1988-09-30T16:00:00Z'])).toEqual(['1988-10']);
  });

  test.prop([fc.array(fc.integer({ min: Date.UTC(1985, 0, 1), max: Date.UTC(1993, 0, 1) }), { minLength: 1, maxLength: 60 })])(
    'createMonthOf agrees with Intl for any instants, in any order (cache and fast path included)',
    async (instants) => {
      const monthOf = await createMonthOf('Asia/Shanghai');
      expect(instants.map(monthOf)).toEqual(instants.map(referenceMonth));
    },
  );

  it('rejects an unknown time zone', async () => {
    for (const zone of ['Mars/Olympus', '']) await expectLedgerRejection(createMonthOf(zone), 'INVALID_OPTIONS', JSON.stringify(zone));
  });
});

describe('parseTimestamp (strict, hand-written)', () => {
  it('accepts YYYY-MM-DDTHH:mm[:ss[.fff]] with Z or ±HH:MM', () => {
    expect(parseTimestamp('2013-07-31T16:30Z')).toBe(Date.UTC(2013, 6, 31, 16, 30));
    expect(parseTimestamp('2013-07-31T16:30:05Z')).toBe(Date.UTC(2013, 6, 31, 16, 30, 5));
    expect(parseTimestamp('2013-07-31T16:30:05.123-05:30')).toBe(Date.UTC(2013, 6, 31, 22, 0, 5, 123));
    expect(parseTimestamp('2012-02-29T00:00+08:00')).toBe(Date.UTC(2012, 1, 28, 16));
    expect(parseTimestamp('0000-01-01T00:00Z')).toBe(Date.parse('0000-01-01T00:00:00Z'));
  });

  it('calls a well-formed time without offset NAIVE_TIMESTAMP', () => {
    for (const text of ['2013-07-31T16:30', '2013-07-31T16:30:00', '2013-07-31T16:30:00.000']) {
      expect(() => parseTimestamp(text)).toThrow(expect.objectContaining({ code: 'NAIVE_TIMESTAMP' }));
    }
  });

  it('calls anything else INVALID_TIMESTAMP', () => {
    const bad = [
      '', '2013-07-31', '2013-07-31 16:30Z', '2013-07-31t16:30z', '2013-7-31T16:30Z', '2013-07-31T16:30:00.5Z',
      '2013-07-31T16:30:00.1234Z', '2013-07-31T16:30+0800', '2013-07-31T16:30+08', '2013-07-31T24:00Z', '2013-07-31T16:60Z',
      '2013-07-31T16:30:60Z', '2013-02-29T00:00Z', '1900-02-29T00:00Z', '2013-04-31T00:00Z', '2013-00-01T00:00Z',
      '2013-07-00T00:00Z', '2013-07-31T16:30+24:00', '2013-07-31T16:30+08:60', '+2013-07-31T16:30Z', '2013-07-31T16:30Z ',
      '2013-07-31T16:30:Z', '2013-07-31T16:30:00.Z',
    ];
    for (const text of bad) expect(() => parseTimestamp(text), text).toThrow(expect.objectContaining({ code: 'INVALID_TIMESTAMP' }));
    expect(() => parseTimestamp(12 as never)).toThrow(expect.objectContaining({ code: 'INVALID_TIMESTAMP' }));
  });

  test.prop([
    fc.integer({ min: Date.parse('0000-01-01T00:00:00Z') + 86_400_000, max: Date.parse('9999-12-31T00:00:00Z') }),
    fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
  ])('agrees with Date for every instant written at any offset', (epochMs, offsetMinutes) => {
    const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 23);
    const abs = Math.abs(offsetMinutes);
    const offset = `${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    expect(parseTimestamp(`${local}${offset}`)).toBe(epochMs);
    expect(parseTimestamp(new Date(epochMs).toISOString())).toBe(epochMs);
  });
});

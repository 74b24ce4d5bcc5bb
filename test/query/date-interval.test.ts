import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dateInterval } from '../../src/query/_lib/dates.js';
import { oracleDays, partialDate } from './arbitraries.js';
import { expectLedgerError } from '../expect-ledger-error.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('dateInterval', () => {
  it('covers every day of a year, a month or one day', () => {
    expect(dateInterval('2014')).toEqual({ start: '2014-01-01', end: '2014-12-31' });
    expect(dateInterval('2019-02')).toEqual({ start: '2019-02-01', end: '2019-02-28' });
    expect(dateInterval('2020-02')).toEqual({ start: '2020-02-01', end: '2020-02-29' });
    expect(dateInterval('1900-02')).toEqual({ start: '1900-02-01', end: '1900-02-28' });
    expect(dateInterval('2000-02')).toEqual({ start: '2000-02-01', end: '2000-02-29' });
    expect(dateInterval('2019-04')).toEqual({ start: '2019-04-01', end: '2019-04-30' });
    expect(dateInterval('2019-08-15')).toEqual({ start: '2019-08-15', end: '2019-08-15' });
  });

  it('rejects what is not a partial ISO date of a real day, naming it', () => {
    for (const bad of ['', '14', '2014-1', '2014-13', '2014-00', '2019-02-29', '2019-04-31', '2019-08-15T00:00', ' 2014', '2014/07']) {
      expect(expectLedgerError(() => dateInterval(bad), 'INVALID_DATE').message).toContain(JSON.stringify(bad));
    }
  });

  test.prop([partialDate])('agrees with Date.UTC on the first and last day', (date) => {
    const [start, end] = oracleDays(date);
    expect(dateInterval(date)).toEqual({ start: day(start), end: day(end) });
  });

  test.prop([fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })])(
    'a day lies within its month, and its month within its year',
    (date) => {
      const iso = date.toISOString();
      const [d, m, y] = [dateInterval(iso.slice(0, 10)), dateInterval(iso.slice(0, 7)), dateInterval(iso.slice(0, 4))];
      expect(y.start <= m.start && m.start <= d.start && d.end <= m.end && m.end <= y.end).toBe(true);
    },
  );
});

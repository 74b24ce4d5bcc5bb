import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { MetricRecord } from '../../src/data/define.js';
import type { MetricsQuery } from '../../src/query/metrics-for.js';
import { metricsForIn } from '../../src/query/metrics-for.js';
import { oracleDays, partialDate } from './arbitraries.js';
import { expectLedgerError } from '../expect-ledger-error.js';
import { fixture, withRecords } from './fixture.js';

const ids = (entity: string, query?: MetricsQuery) => metricsForIn(fixture, entity, query).map((m) => m.id);
const bad = (query: unknown) => () => metricsForIn(fixture, 'Xiami', query as MetricsQuery);

describe('metricsFor', () => {
  it('gives an entity’s metrics by asOf or period end, then id; undated last', () => {
    expect(ids('Xiami')).toEqual([
      'xiami-registered-2009',
      'xiami-revenue-2010', // period 2010..2010 sorts by its end, 2010
      'xiami-registered-2011',
      'xiami-registered-2013', // 2013 starts before 2013-05
      'xiami-mau-2013',
      'xiami-users-undated',
    ]);
    expect(ids('Alibaba Cloud')).toEqual([
      'cloud-growth-q2-2019',
      'cloud-revenue-q2-2019',
      'cloud-customers-china',
      'cloud-customers-world',
      'cloud-revenue-fy2021', // period 2020-04..2021-03 is timed at 2021-03
    ]);
    expect(ids('Ant Group')).toEqual([]);
  });

  it('returns a fresh frozen array of the dataset’s own records', () => {
    const series = metricsForIn(fixture, 'xiami');
    expect(Object.isFrozen(series)).toBe(true);
    for (const metric of series) expect(fixture.metrics).toContain(metric);
  });

  it('selects one metric name or several', () => {
    expect(ids('Xiami', { metric: 'registered-users' })).toEqual(['xiami-registered-2009', 'xiami-registered-2011', 'xiami-registered-2013']);
    expect(ids('xiami.com', { metric: ['monthly-active-users', 'users'] })).toEqual(['xiami-mau-2013', 'xiami-users-undated']);
  });

  it('matches from/to against asOf, or else the whole period, as intervals', () => {
    expect(ids('Alibaba Cloud', { metric: 'revenue', from: '2020-06', to: '2020-06' })).toEqual(['cloud-revenue-fy2021']);
    expect(ids('Alibaba Cloud', { from: '2021', to: '2021' })).toEqual(['cloud-customers-china', 'cloud-customers-world', 'cloud-revenue-fy2021']);
    expect(ids('Alibaba Cloud', { from: '2021-04' })).toEqual([]);
    expect(ids('Xiami', { from: '2013-05-31', to: '2013-05-31' })).toEqual(['xiami-registered-2013', 'xiami-mau-2013']);
    expect(ids('Xiami', { metric: 'users', from: '1990' })).toEqual([]);
  });

  it('with latest keeps the newest claims per metric name, equally dated ones side by side', () => {
    expect(ids('Alibaba Cloud', { latest: true })).toEqual([
      'cloud-growth-q2-2019',
      'cloud-customers-china',
      'cloud-customers-world',
      'cloud-revenue-fy2021',
    ]);
    expect(ids('Xiami', { metric: 'users', latest: true })).toEqual(['xiami-users-undated']);
  });

  it('with latest keeps the claims that conflict with the newest, whatever their date', () => {
    expect(metricsForIn(fixture, 'Flutterwave', { metric: 'fee-rate', latest: true }).map((m) => m.value)).toEqual([3.8, 2.8]);
    expect(ids('Xiami', { metric: 'registered-users', latest: true })).toEqual(['xiami-registered-2011', 'xiami-registered-2013']);
    expect(ids('Flutterwave', { metric: 'merchants', latest: true })).toEqual(['flutterwave-merchants-c', 'flutterwave-merchants-a', 'flutterwave-merchants-b']);
  });

  it('applies latest within the date range', () => {
    expect(ids('Alibaba Cloud', { metric: 'revenue', to: '2019', latest: true })).toEqual(['cloud-revenue-q2-2019']);
  });

  it('rejects unknown metric names with the nearest ones', () => {
    const error = expectLedgerError(bad({ metric: 'registered-user' }), 'UNKNOWN_METRIC');
    expect(error.message).toContain('"registered-user"');
    expect(error.details.suggestions).toEqual(['registered-users']);
    expectLedgerError(bad({ metric: ['revenue', 'revenu'] }), 'UNKNOWN_METRIC');
  });

  it('rejects bad options, dates and entities', () => {
    expect(expectLedgerError(bad({ metrics: 'revenue' }), 'INVALID_QUERY').details.suggestions).toEqual(['metric']);
    expectLedgerError(bad('revenue'), 'INVALID_QUERY');
    expectLedgerError(bad({ latest: 1 }), 'INVALID_QUERY');
    expectLedgerError(bad({ metric: [] }), 'INVALID_QUERY');
    expectLedgerError(bad({ from: '2013-5' }), 'INVALID_DATE');
    expectLedgerError(bad({ from: '2014', to: '2013' }), 'INVERTED_RANGE');
    expectLedgerError(() => metricsForIn(fixture, 'Xiamy'), 'UNKNOWN_ENTITY');
  });
});

const metric = (id: string, name: 'users' | 'revenue', date: string | undefined): MetricRecord => ({
  id,
  entity: 'xiami',
  metric: name,
  value: 1,
  unit: 'users',
  ...(date === undefined ? {} : { asOf: date }),
  qualifier: 'reported',
  summary: id,
  citations: fixture.metrics[0]!.citations,
});

const series = fc
  .array(fc.tuple(fc.constantFrom('users' as const, 'revenue' as const), fc.option(partialDate, { nil: undefined })), { maxLength: 20 })
  .map((rows) => rows.map(([name, date], i) => metric(`m${String(i)}`, name, date)));

describe('metricsFor properties', () => {
  test.prop([series.chain((metrics) => fc.tuple(fc.constant(metrics), fc.shuffledSubarray(metrics, { minLength: metrics.length })))])(
    'the order does not depend on the order of the dataset',
    ([metrics, shuffled]) => {
      expect(metricsForIn(withRecords({ metrics: shuffled }), 'xiami')).toEqual(metricsForIn(withRecords({ metrics }), 'xiami'));
    },
  );

  test.prop([series])('without conflicts, latest keeps exactly the claims dated like the newest of their name', (metrics) => {
    const data = withRecords({ metrics });
    const newest = (name: string) => {
      const dated = metrics.filter((m) => m.metric === name && m.asOf !== undefined).map((m) => oracleDays(m.asOf!));
      return dated.sort((a, b) => a[0] - b[0] || a[1] - b[1]).at(-1);
    };
    const expected = metrics.filter((m) => {
      const top = newest(m.metric);
      if (!top) return true; // only undated claims: all are kept
      if (m.asOf === undefined) return false;
      const [start, end] = oracleDays(m.asOf);
      return start === top[0] && end === top[1];
    });
    const latest = metricsForIn(data, 'xiami', { latest: true });
    expect(new Set(latest.map((m) => m.id))).toEqual(new Set(expected.map((m) => m.id)));
    // and in the same relative order as the full series
    const all = metricsForIn(data, 'xiami').map((m) => m.id);
    expect(latest.map((m) => m.id)).toEqual(all.filter((id) => latest.some((m) => m.id === id)));
  });
});

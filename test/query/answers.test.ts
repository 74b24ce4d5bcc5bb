import { describe, expect, it } from 'vitest';
import type { DealRecord, MetricRecord } from '../../src/data/define.js';
import { conflicts, dealsBy, entityOf, metricsFor, resolveEntity } from '../../src/query/index.js';

// Questions the package exists to answer, asked of the real dataset.

const amount = (m: MetricRecord) => m.value ?? m.min ?? m.max;
const when = (m: MetricRecord) => m.asOf ?? m.period?.to;
const partiesIn = (deal: DealRecord, role: string) => deal.parties.filter((p) => p.role === role).map((p) => p.entity);

describe('answers from the real dataset', () => {
  it('Alibaba’s acquisitions come in date order, undated last', () => {
    const acquisitions = dealsBy({ party: 'Alibaba', role: 'acquirer', kind: 'acquisition' });
    const targets = acquisitions.flatMap((d) => partiesIn(d, 'target'));
    for (const name of ['Xiami', 'Amap', 'Alibaba Pictures', 'Youku']) expect(targets).toContain(resolveEntity(name).id);
    const dates = acquisitions.map((d) => d.date);
    const dated = dates.filter((d) => d !== undefined);
    expect(dates.slice(0, dated.length)).toEqual(dated);
    const years = dated.map((d) => d.slice(0, 4));
    expect(years).toEqual([...years].sort());
    // Xiami (2012–2013) before Amap (2014) before Youku (2016)
    const at = (name: string) => targets.indexOf(resolveEntity(name).id);
    expect(at('Xiami')).toBeLessThan(at('Amap'));
    expect(at('Amap')).toBeLessThan(at('Youku'));
  });

  it('only 2014’s acquisitions: AutoNavi (Amap) and ChinaVision (Alibaba Pictures)', () => {
    const in2014 = dealsBy({ party: 'Alibaba', role: 'acquirer', kind: 'acquisition', from: '2014', to: '2014' });
    expect(in2014.length).toBeGreaterThan(0);
    for (const deal of in2014) expect(deal.date?.slice(0, 4)).toBe('2014');
    const targets = in2014.flatMap((d) => partiesIn(d, 'target'));
    expect(targets).toContain(resolveEntity('AutoNavi').id);
    expect(targets).toContain(resolveEntity('ChinaVision Media').id);
    expect(targets).not.toContain(resolveEntity('Youku').id);
  });

  it('Xiami’s users over time: registered users grew from over 5 million to 15–20 million, 67 million monthly actives', () => {
    const series = metricsFor('Xiami', { metric: ['registered-users', 'monthly-active-users', 'users'] });
    const times = series.map(when).filter((t) => t !== undefined);
    expect(series.map(when).slice(0, times.length)).toEqual(times);
    const registered = series.filter((m) => m.metric === 'registered-users');
    expect(registered.map((m) => [m.min, m.max])).toEqual(expect.arrayContaining([[5_000_000, undefined], [15_000_000, 20_000_000]]));
    expect(series.some((m) => m.metric === 'monthly-active-users' && amount(m) === 67_000_000)).toBe(true);
    for (const m of series) expect(m.entity).toBe('xiami');
  });

  it('Alibaba Cloud revenue and growth: over $1.1B in the June 2019 quarter, up 66%; RMB 60B in fiscal 2021', () => {
    const series = metricsFor('Alibaba Cloud', { metric: ['revenue', 'revenue-growth', 'revenue-run-rate'] });
    const quarter = metricsFor('Alibaba Cloud', { metric: ['revenue', 'revenue-growth'], from: '2019-04', to: '2019-06' });
    expect(quarter.find((m) => m.metric === 'revenue')).toMatchObject({ min: 1_100_000_000, unit: 'USD' });
    expect(quarter.find((m) => m.metric === 'revenue-growth')).toMatchObject({ value: 66, unit: 'percent' });
    expect(series.find((m) => m.metric === 'revenue-run-rate')).toMatchObject({ min: 4_000_000_000, unit: 'USD' });
    const [latestRevenue, ...others] = metricsFor('Alibaba Cloud', { metric: 'revenue', latest: true });
    expect(others).toEqual([]);
    expect(latestRevenue).toMatchObject({ value: 60_000_000_000, unit: 'CNY' });
  });

  it('Flutterwave’s fee: the two sources’ 2.8% and 3.8% stay side by side', () => {
    const fees = metricsFor('Flutterwave', { metric: 'fee-rate', latest: true });
    expect(fees.map((m) => m.value).sort()).toEqual([2.8, 3.8]);
    expect(fees[0]?.conflictsWith).toContain(fees[1]?.id);
    expect(conflicts().some((g) => g.kind === 'metric' && g.ids.length === 2 && g.ids.every((id) => fees.some((m) => m.id === id)))).toBe(true);
  });

  it('AliExpress Russia JV: parties with their economic and voting stakes', () => {
    const [jv, ...rest] = dealsBy({ party: 'AliExpress Russia JV', role: 'venture', kind: 'joint-venture' });
    expect(rest).toEqual([]);
    const stakes = Object.fromEntries(jv!.parties.map((p) => [entityOf(p.entity).name, [p.stake, p.votingStake]]));
    expect(stakes[resolveEntity('MegaFon').name]).toEqual([24.3, 30.2]);
    expect(stakes[resolveEntity('Mail.Ru Group').name]).toEqual([15, 18.7]);
    for (const party of ['Alibaba', 'RDIF']) expect(jv!.parties.map((p) => p.entity)).toContain(resolveEntity(party).id);
  });
});

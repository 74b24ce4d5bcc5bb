import { describe, expect, it } from 'vitest';
import { deals, entities, metrics, rules } from '../../src/data/index.js';
import { conflicts } from '../../src/query/conflicts.js';

// Invariants across the three groups of sources that were re-filed apart (#10): conflict groups
// hold one fact each, restatements across sources are linked, and notes read alike.

const claims = [...deals, ...metrics, ...rules];
const byId = new Map(claims.map((r) => [r.id, r]));

describe('the dataset across its source groups', () => {
  it('each conflict group is about one entity: the same entity and unit for metrics, a shared party for deals', () => {
    const strays = conflicts().flatMap((group) => {
      if (group.kind === 'metric') {
        const keys = new Set(group.records.map((m) => `${m.entity} in ${m.unit}`));
        return keys.size === 1 ? [] : [`${group.ids.join(' | ')}: ${[...keys].join(', ')}`];
      }
      if (group.kind === 'deal') {
        const [first, ...rest] = group.records.map((d) => new Set(d.parties.map((p) => p.entity)));
        const shared = [...(first ?? [])].filter((entity) => rest.every((parties) => parties.has(entity)));
        return shared.length > 0 ? [] : [`${group.ids.join(' | ')}: no shared party`];
      }
      return new Set(group.records.map((r) => r.entity)).size === 1 ? [] : [`${group.ids.join(' | ')}: several entities`];
    });
    expect(strays).toEqual([]);
  });

  it('Xiami’s 10 million users dispute its audience (monthly actives), not its registered accounts', () => {
    const groups = conflicts().filter((g) => g.ids.includes('xiami-users-claimed'));
    expect(groups.map((g) => g.ids)).toEqual([['xiami-monthly-active-users-2013', 'xiami-users-claimed']]);
    expect(groups[0]?.note).toMatch(/registered accounts are a different fact/);
    const inAnyGroup = new Set(conflicts().flatMap((g) => g.ids));
    expect(inAnyGroup.has('xiami-registered-users-2013')).toBe(false);
    expect(inAnyGroup.has('xiami-registered-accounts-claimed')).toBe(false);
  });

  it('the four disputed facts are the ones the sources disagree on', () => {
    expect(conflicts().map((g) => g.ids)).toEqual([
      ['opay-50m-funding-2019', 'opera-55m-venture-spending-2019'],
      ['flutterwave-international-fee-rate-2-8-percent', 'flutterwave-international-fee-rate-3-8-percent'],
      ['xiami-founding-year-2006', 'xiami-founding-year-2007'],
      ['xiami-monthly-active-users-2013', 'xiami-users-claimed'],
    ]);
  });

  it('a figure told again by another source restates its origin: Alibaba Cloud’s first place in China in 2019', () => {
    const idc = byId.get('alibaba-cloud-rank-china');
    const origin = byId.get('alibaba-cloud-rank-china-cloud-2019');
    expect(idc).toMatchObject({ derivedFrom: 'alibaba-cloud-rank-china-cloud-2019', value: 1, asOf: '2019' });
    expect(origin).toMatchObject({ value: 1, asOf: '2019' });
    expect(origin?.citations[0]?.source).not.toBe(idc?.citations[0]?.source);
  });

  it('records that take their figures from one quote hold different facts, or one restates the other', () => {
    const figureFields = /value|min|max|stake|amounts|share/;
    const byQuote = new Map<string, Set<string>>();
    for (const r of claims) {
      if (r.derivedFrom !== undefined) continue;
      for (const c of r.citations) {
        if (!(c.fields ?? []).some((f) => figureFields.test(f))) continue;
        byQuote.set(c.quote, (byQuote.get(c.quote) ?? new Set()).add(r.id));
      }
    }
    // A duration read from the same words as a count ('took 10 years to get to its first 10 million
    // subscribers') is that fact told again.
    const twice = [...byQuote.values()]
      .map((ids) => [...ids])
      .filter((ids) => ids.length > 1 && new Set(ids.map((id) => metrics.find((m) => m.id === id)?.metric)).has('duration'));
    expect(twice).toEqual([]);
    expect(byId.get('t-series-years-to-first-10m-subscribers')?.derivedFrom).toBe('t-series-first-10m-subscribers');
  });

  it('a forecast of overtaking a rival is a milestone year, in every group', () => {
    const overtakes = metrics.filter((m) => m.qualifier === 'projection' && /overtake/.test(m.citations.map((c) => c.quote).join(' ')));
    expect(overtakes.map((m) => m.id).sort()).toEqual(['alibaba-cloud-overtake-amazon-projection-2015', 'pinduoduo-overtakes-jd-gmv-projection']);
    expect(overtakes.map((m) => [m.metric, m.unit])).toEqual([
      ['milestone-year', 'year'],
      ['milestone-year', 'year'],
    ]);
    // Simon Hu's "in four years", said in 2015.
    expect(byId.get('alibaba-cloud-overtake-amazon-projection-2015')).toMatchObject({ value: 2019, asOf: '2015' });
  });

  it('every completed, dated acquisition makes the acquirer its target’s parent from the deal’s date', () => {
    const byEntity = new Map(entities.map((e) => [e.id, e]));
    const acquisitions = deals.filter((d) => d.kind === 'acquisition' && d.status === 'completed' && d.date !== undefined);
    expect(acquisitions.length).toBeGreaterThan(8);
    const mismatches = acquisitions.flatMap((d) => {
      const acquirer = d.parties.find((p) => p.role === 'acquirer')?.entity;
      return d.parties
        .filter((p) => p.role === 'target')
        .map((p) => byEntity.get(p.entity))
        .filter((target) => target?.parent?.entity !== acquirer || target?.parent?.since !== d.date)
        .map((target) => `${d.id}: ${target?.id} belongs to ${target?.parent?.entity ?? 'nobody'} since ${target?.parent?.since ?? 'unset'}`);
    });
    expect(mismatches).toEqual([]);
  });

  it('every implied record and parent link says why in a sentence of its own', () => {
    const implied = [
      ...claims.map((r) => ({ id: r.id, evidence: r.evidence, note: r.evidenceNote })),
      ...entities.flatMap((e) => (e.parent ? [{ id: `${e.id} (parent)`, evidence: e.parent.evidence, note: e.parent.evidenceNote }] : [])),
    ].filter((r) => r.evidence === 'implied');
    expect(implied.length).toBeGreaterThan(15);
    expect(implied.filter((r) => !/^[A-Z].*\.$/.test(r.note ?? '')).map((r) => `${r.id}: ${r.note}`)).toEqual([]);
  });

  it('every market names its scope, and each market id and name is used once', () => {
    const markets = entities.filter((e) => e.kind === 'market');
    expect(markets.length).toBeGreaterThanOrEqual(13);
    expect(markets.filter((m) => m.scope?.place === undefined && m.scope?.industry === undefined)).toEqual([]);
    expect(new Set(markets.map((m) => m.name.toLowerCase())).size).toBe(markets.length);
    const figures = new Set(metrics.map((m) => m.entity));
    const parties = new Set(deals.flatMap((d) => d.parties.map((p) => p.entity)));
    expect(markets.filter((m) => !figures.has(m.id) && !parties.has(m.id)).map((m) => m.id)).toEqual([]);
  });
});

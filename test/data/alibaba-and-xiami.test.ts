import { describe, expect, it } from 'vitest';
import { deals, metrics, rules } from '../../src/data/index.js';
import { marketsAlibabaAndXiamiEntities } from '../../src/data/entities/markets-alibaba-and-xiami.js';

// Invariants of the records told by the Alibaba and Xiami sources (#10).

const GROUP = new Set([
  'sina-tech-xiami-new-order',
  'xiami-acquisition-rumor',
  'alibaba-series-part-2',
  'tc-alibaba-hk-listing',
  'tc-alibaba-cloud-run-rate',
  'tc-alibaba-salesforce',
  'tc-alibaba-vmate',
]);
const told = <R extends { citations: readonly { source: string }[] }>(records: readonly R[]): R[] =>
  records.filter((r) => r.citations.some((c) => GROUP.has(c.source)));

const groupDeals = told(deals);
const groupMetrics = told(metrics);
const groupRules = told(rules);

describe('Alibaba and Xiami records', () => {
  it('a restatement names a record that exists', () => {
    const ids = new Set([...deals, ...metrics, ...rules].map((r) => r.id));
    const restating = [...groupDeals, ...groupMetrics, ...groupRules].filter((r) => r.derivedFrom !== undefined);
    expect(restating.map((r) => r.id)).toEqual(expect.arrayContaining(['xiami-download-price', 'xiami-musician-platform-price-cap']));
    expect(restating.filter((r) => !ids.has(r.derivedFrom as string)).map((r) => r.id)).toEqual([]);
  });

  it('every market has a scope and at least one figure', () => {
    const figured = new Set(metrics.map((m) => m.entity));
    for (const market of marketsAlibabaAndXiamiEntities) {
      expect(market.kind).toBe('market');
      expect(market.scope.place ?? market.scope.industry).toBeTruthy();
      expect(figured.has(market.id)).toBe(true);
    }
  });

  it('a delisting is filed as a delisting, never as a listing', () => {
    const saysDelist = (d: (typeof groupDeals)[number]) => d.citations.some((c) => /\bdelist|privatized/.test(c.quote) && c.fields?.includes('kind'));
    expect(groupDeals.filter((d) => d.kind === 'delisting').map((d) => d.id).sort()).toEqual([
      'autonavi-nasdaq-delisting-2014',
      'china-largest-chipmaker-nyse-delisting-2019',
    ]);
    expect(groupDeals.filter((d) => saysDelist(d) && d.kind !== 'delisting' && d.kind !== 'acquisition').map((d) => d.id)).toEqual([]);
  });

  it('an undated lower bound is not in conflict with a later range', () => {
    const lowerBound = metrics.find((m) => m.id === 'xiami-registered-accounts-claimed');
    expect(lowerBound).toMatchObject({ min: 5_000_000 });
    expect(lowerBound?.conflictsWith).toBeUndefined();
    expect(metrics.find((m) => m.id === 'xiami-registered-users-2013')?.conflictsWith ?? []).not.toContain('xiami-registered-accounts-claimed');
  });

  it('dates are read from the article’s publication date, never from a file', () => {
    const bases = [...groupDeals, ...groupMetrics, ...groupRules].flatMap((r) => (r.dateBasis === undefined ? [] : [`${r.id}: ${r.dateBasis}`]));
    expect(bases.length).toBeGreaterThan(20);
    expect(bases.filter((b) => /index\.json|\.json\b/.test(b))).toEqual([]);
  });
});

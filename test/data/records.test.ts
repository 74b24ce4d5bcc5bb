import { describe, expect, it } from 'vitest';
import { dealSchema, entitySchema, metricSchema, ruleSchema, sourceSchema } from '../../src/schema/index.js';
import { deals, entities, metrics, rules, sources } from '../../src/data/index.js';
import { SOURCE_IDS } from '../../src/schema/vocabulary.js';
import { foldSpace, haveSources, sourceIndex, sourceTexts } from '../source-texts.js';


const collections = [
  ['entities', entities, entitySchema],
  ['deals', deals, dealSchema],
  ['metrics', metrics, metricSchema],
  ['rules', rules, ruleSchema],
] as const;

describe('dataset records', () => {
  it.skipIf(!haveSources)('lists the same 24 sources as the article texts\' index', () => {
    expect(sources.map((s) => s.id)).toEqual(sourceIndex.map((s) => s.id));
    for (const s of sources) expect(sourceSchema.safeParse(s).success).toBe(true);
  });

  it.skipIf(!haveSources)('names the same sources in the schema vocabulary, and cites every one of them', () => {
    expect([...SOURCE_IDS]).toEqual(sourceIndex.map((s) => s.id));
    const cited = new Set([...entities, ...deals, ...metrics, ...rules].flatMap((r) => r.citations.map((c) => c.source)));
    expect(SOURCE_IDS.filter((id) => !cited.has(id))).toEqual([]);
  });

  for (const [name, records, schema] of collections) {
    it(`every one of the ${name} matches its schema`, () => {
      const problems = records.flatMap((r) => {
        const parsed = schema.safeParse(r);
        return parsed.success ? [] : [`${r.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
      });
      expect(problems).toEqual([]);
    });

    it(`${name} ids are unique`, () => {
      const seen = new Set<string>();
      const dupes = records.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
      expect(dupes).toEqual([]);
    });
  }

  it.skipIf(!haveSources)('every citation quotes its source verbatim (whitespace folded) in at most 300 characters', () => {
    const bad: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (value === null || typeof value !== 'object') return;
      const v = value as Record<string, unknown>;
      if (typeof v.source === 'string' && typeof v.quote === 'string') {
        const text = sourceTexts.get(v.source);
        if (!text || !text.includes(foldSpace(v.quote)) || v.quote.length > 300) bad.push(`${path}: ${v.quote}`);
        return;
      }
      for (const [k, child] of Object.entries(v)) visit(child, `${path}.${k}`);
    };
    for (const [name, records] of collections) records.forEach((r) => visit(r, `${name}:${r.id}`));
    expect(bad).toEqual([]);
  });

  it('every entity a record names exists', () => {
    const ids = new Set(entities.map((e) => e.id));
    const missing = [
      ...entities.flatMap((e) => (e.parent && !ids.has(e.parent.entity) ? [`${e.id} parent ${e.parent.entity}`] : [])),
      ...deals.flatMap((d) => d.parties.filter((p) => !ids.has(p.entity)).map((p) => `${d.id} party ${p.entity}`)),
      ...metrics.filter((m) => !ids.has(m.entity)).map((m) => `${m.id} entity ${m.entity}`),
      ...rules.filter((r) => !ids.has(r.entity)).map((r) => `${r.id} entity ${r.entity}`),
    ];
    expect(missing).toEqual([]);
  });

  it('no entity stands alone: each has a parent, or is named by a deal, metric or rule, or is a parent', () => {
    const named = new Set([
      ...deals.flatMap((d) => d.parties.map((p) => p.entity)),
      ...metrics.map((m) => m.entity),
      ...rules.map((r) => r.entity),
      ...entities.flatMap((e) => (e.parent ? [e.parent.entity] : [])),
    ]);
    expect(entities.filter((e) => e.parent === undefined && !named.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('aliases resolve to one entity only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entities) {
      for (const name of new Set([e.id, e.name, ...e.aliases].map((n) => n.toLowerCase()))) {
        const other = owner.get(name);
        if (other && other !== e.id) clashes.push(`${name}: ${other} and ${e.id}`);
        owner.set(name, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('conflict links point at existing records of the same collection and go both ways', () => {
    const problems: string[] = [];
    for (const [name, records] of [['deals', deals], ['metrics', metrics], ['rules', rules]] as const) {
      const byId = new Map<string, (typeof records)[number]>(records.map((r) => [r.id, r]));
      for (const r of records) {
        for (const other of r.conflictsWith ?? []) {
          const target = byId.get(other);
          if (!target) problems.push(`${name}:${r.id} -> missing ${other}`);
          else if (!target.conflictsWith?.includes(r.id)) problems.push(`${name}:${other} does not link back to ${r.id}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('metric ranges are ordered and dates are not inverted', () => {
    const bad = [
      ...metrics.filter((m) => m.min !== undefined && m.max !== undefined && m.min > m.max).map((m) => m.id),
      ...metrics.filter((m) => m.period && m.period.from > m.period.to).map((m) => m.id),
    ];
    expect(bad).toEqual([]);
  });

  it('exported arrays and records are deeply frozen', () => {
    for (const [, records] of collections) {
      expect(Object.isFrozen(records)).toBe(true);
      for (const r of records) expect(Object.isFrozen(r) && Object.isFrozen(r.citations)).toBe(true);
    }
  });
});

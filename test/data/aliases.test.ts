import { describe, expect, it } from 'vitest';
import { deals, entities, metrics, rules } from '../../src/data/index.js';
import type { EntityRecord } from '../../src/data/define.js';
import { resolveEntity } from '../../src/query/index.js';
import { foldSpace } from '../source-texts.js';

type Cited = { readonly citations: readonly { readonly quote: string }[] };

/**
 * Entities no quote spells, each with why: the name is ours because the sources describe the
 * thing without naming it. Keep it short; a new entry needs a reason a reader accepts.
 */
const UNSPELT: Readonly<Record<string, string>> = {
  'momo-china': 'two sources call two companies "Momo" (a Chinese social app, a Vietnamese payments startup), so neither can own the bare name',
  'momo-vietnam': 'two sources call two companies "Momo" (a Chinese social app, a Vietnamese payments startup), so neither can own the bare name',
  'bytedance-smartphone': 'the source speaks of a planned phone, "its own smartphone", that has no name yet',
  'hellobike-battery-swap-jv': 'the source calls the venture only "the three-way joint venture" or "a joint venture"',
  'shanghai-municipal-government': 'the source tells what Shanghai began and speaks of "a municipal government" in general, never naming this one',
  'china-two-wheelers': 'a market the source describes ("a country on two wheels", trips "on two-wheelers in China") without a name',
  'car-leasing': 'a market the source describes ("a traditional lease") without a name',
  'xiaomi-ecosystem-consumer-market': 'a market the source names only by its parts ("the mass market", "the high-end market") and "the total"',
};

/** Every record that names an entity id: its own record, deals it is a party to, its metrics and rules, its parent links and children's links. */
function recordsNaming(): ReadonlyMap<string, readonly Cited[]> {
  const byEntity = new Map<string, Cited[]>();
  const add = (id: string, record: Cited) => byEntity.set(id, [...(byEntity.get(id) ?? []), record]);
  for (const e of entities) {
    add(e.id, e);
    for (const link of [...(e.parent ? [e.parent] : []), ...(e.formerParents ?? [])]) {
      add(e.id, link);
      add(link.entity, link);
    }
  }
  for (const d of deals) for (const p of d.parties) add(p.entity, d);
  for (const m of metrics) add(m.entity, m);
  for (const r of rules) {
    add(r.entity, r);
    for (const t of r.terms) if (t.entity !== undefined) add(t.entity, r);
  }
  return byEntity;
}

const fold = (text: string): string => foldSpace(text).toLowerCase();
const spellings = (e: EntityRecord): string[] => [e.name, ...e.aliases].map(fold);

describe('entity names and aliases', () => {
  const naming = recordsNaming();
  const unspelt = entities
    .filter((e) => {
      const quotes = (naming.get(e.id) ?? []).flatMap((r) => r.citations.map((c) => fold(c.quote)));
      return !spellings(e).some((name) => quotes.some((q) => q.includes(name)));
    })
    .map((e) => e.id);

  it('each entity is spelt, by its name or an alias, in a quote citing it or a record naming it (or is allowed not to be, with a reason)', () => {
    expect(unspelt.filter((id) => UNSPELT[id] === undefined)).toEqual([]);
  });

  it('the allow-list holds only entities that need it, each with its reason', () => {
    expect(Object.keys(UNSPELT).filter((id) => !unspelt.includes(id))).toEqual([]);
    for (const [id, reason] of Object.entries(UNSPELT)) expect(reason.length, id).toBeGreaterThan(20);
  });

  it('every name and alias resolves to its own entity', () => {
    const wrong = entities.flatMap((e) => [e.name, ...e.aliases].filter((name) => resolveEntity(name).id !== e.id).map((name) => `${name} → ${e.id}`));
    expect(wrong).toEqual([]);
  });
});

describe('the spellings the sources use for entities named by their description', () => {
  it.each([
    ['China’s largest chipmaker', 'china-largest-chipmaker'],
    ["China's largest chipmaker", 'china-largest-chipmaker'],
    ['global growth fund', 'warburg-pincus-global-growth-fund'],
    ['‘China’ fund', 'warburg-pincus-china-fund'],
    ['ride-hailing industry in China', 'china-ride-hailing'],
  ])('%s resolves to %s', (spelling, id) => expect(resolveEntity(spelling).id).toBe(id));
});

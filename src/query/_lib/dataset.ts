// Internal: the dataset the queries read — its shape, the bundled ledger, caches per dataset,
// the entity index and small grouping and citing helpers.
import { compareText } from '../../_lib/text.js';
import { deals, entities, metrics, rules, sources } from '../../data/index.js';
import type { DatasetRule, Deal, Entity, Metric, Source, ParentLink } from '../../schema/records.js';
import { foldName, nameKey } from './names.js';

/** The five collections every query reads; the package binds the real dataset, tests bind fixtures. */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly deals: readonly Deal[];
  readonly metrics: readonly Metric[];
  readonly rules: readonly DatasetRule[];
}

/** An entity given by id, name or alias, or the entity record itself. */
export type EntityRef = string | Entity;

/** A query value that may be given once or as a list (matching any of them). */
export type OneOrMany<T> = T | readonly T[];

/** The package's own dataset, which the exported queries read. */
export const ledger: Dataset = Object.freeze({ sources, entities, deals, metrics, rules });

/**
 * Wraps a derivation of a dataset so it runs once per dataset, on first use: indexes are built
 * lazily (never at import time) and datasets that are dropped are not kept alive.
 */
export function memoizeByDataset<T>(derive: (data: Dataset) => T): (data: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (data) => {
    if (!cache.has(data)) cache.set(data, derive(data));
    return cache.get(data) as T;
  };
}

/** One parent link seen from the parent's side. */
export interface ChildLink {
  readonly child: Entity;
  readonly link: ParentLink;
}

/** Lookups over a dataset's entities, built on first use. */
export interface EntityIndex {
  readonly byId: ReadonlyMap<string, Entity>;
  /** By {@link nameKey} of id, name and every alias. */
  readonly byKey: ReadonlyMap<string, Entity>;
  /** By {@link foldName} of id, name and every alias; more than one entity when folding merges names. */
  readonly byFolded: ReadonlyMap<string, readonly Entity[]>;
  /** Direct children by current parent id, in id order. */
  readonly children: ReadonlyMap<string, readonly Entity[]>;
  /** Every parent link, current (`parent`) or former (`formerParents`), by parent id, children in id order. */
  readonly links: ReadonlyMap<string, readonly ChildLink[]>;
  /** Every id, name and alias with its entity, for suggestions. */
  readonly labels: ReadonlyMap<string, Entity>;
}

/** The entity lookups of a dataset, computed once per dataset. */
export const entityIndex = memoizeByDataset((data: Dataset): EntityIndex => {
  const byId = new Map<string, Entity>();
  const byKey = new Map<string, Entity>();
  const byFolded = new Map<string, Entity[]>();
  const children = new Map<string, Entity[]>();
  const links = new Map<string, ChildLink[]>();
  const labels = new Map<string, Entity>();
  for (const entity of [...data.entities].sort((a, b) => compareText(a.id, b.id))) {
    byId.set(entity.id, entity);
    for (const label of [entity.id, entity.name, ...entity.aliases]) {
      if (!byKey.has(nameKey(label))) byKey.set(nameKey(label), entity);
      addToGroup(byFolded, foldName(label), entity);
      labels.set(label, entity);
    }
    if (entity.parent) addToGroup(children, entity.parent.entity, entity);
    for (const link of [...(entity.parent ? [entity.parent] : []), ...(entity.formerParents ?? [])]) {
      addToGroup(links, link.entity, { child: entity, link });
    }
  }
  return { byId, byKey, byFolded, children, links, labels };
});

/** Adds a value to the list under `key` in a map of groups, once. */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (!group) groups.set(key, [value]);
  else if (!group.includes(value)) group.push(value);
}

/** How a source is named in citations: `"Title" — Author, Publisher, year`, leaving out what is unknown. */
export function sourceReference(source: Source): string {
  const by = [source.author, source.publisher, source.published.slice(0, 4)].filter((part) => part !== null).join(', ');
  return `"${source.title}" — ${by}`;
}

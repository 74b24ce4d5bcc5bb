// Internal: the dataset the queries read — its shape, the bundled ledger, caches per dataset,
// and small grouping and citing helpers.
import { deals, entities, metrics, rules, sources } from '../../data/index.js';
import type { DatasetRule, Deal, Entity, Metric, Source } from '../../schema/records.js';

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

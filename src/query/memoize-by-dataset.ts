import type { Dataset } from './dataset.js';

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

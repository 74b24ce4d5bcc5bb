/** Internal: a private copy of a vocabulary tuple, as {@link privateVocabulary} makes it. */
export type Vocabulary<T extends string> = Readonly<{ values: readonly T[]; has: (value: string) => value is T }>;

/**
 * Internal: a copy of `tuple` taken at module load, which a caller cannot reach: the queries
 * check input against it, not against the exported tuple.
 */
export function privateVocabulary<T extends string>(tuple: readonly T[]): Vocabulary<T> {
  const values = Object.freeze([...tuple]);
  const set: ReadonlySet<string> = new Set(values);
  return Object.freeze({ values, has: (value: string): value is T => set.has(value) });
}

/**
 * The distinct source ids a record cites, in citation order, space-separated: the short
 * reference a table shows (`citationFor` gives the full one).
 *
 * @example
 * sourceIds({ citations: [{ source: 'a', quote: 'x' }, { source: 'b', quote: 'y' }, { source: 'a', quote: 'z' }] }) // → 'a b'
 */
export function sourceIds(record: Readonly<{ citations: readonly Readonly<{ source: string }>[] }>): string {
  return [...new Set(record.citations.map((c) => c.source))].join(' ');
}

import type { Source } from '../schema/records.js';

/** How a source is named in citations: `"Title" — Author, Publisher, year`, leaving out what is unknown. */
export function sourceReference(source: Source): string {
  const by = [source.author, source.publisher, source.published.slice(0, 4)].filter((part) => part !== null).join(', ');
  return `"${source.title}" — ${by}`;
}

import { LedgerError } from '../errors.js';
import type { Source } from '../schema/records.js';
import { type Dataset, ledger, memoizeByDataset, sourceReference } from './_lib/dataset.js';
import { invalidQuery } from './_lib/vocabulary.js';
import { provenanceOf } from './provenance-of.js';

/**
 * A `{ source, quote }` pair. The source is checked at run time, so royalty rules (whose
 * citations name their source as a plain string) are accepted as well as dataset records.
 */
type Citation = { readonly source: string; readonly quote: string };

/** Anything that carries citations: an entity, deal, metric, rule, parent link or royalty rule. */
export interface Cited {
  readonly citations: readonly Readonly<Citation>[];
}

const sourcesById = memoizeByDataset((data: Dataset) => new Map<string, Readonly<Source>>(data.sources.map((s) => [s.id, s])));

function isCitation(value: unknown): value is Readonly<Citation> {
  const v = value as Partial<Citation> | null;
  return typeof v === 'object' && v !== null && typeof v.source === 'string' && typeof v.quote === 'string';
}

/** The citations of a record, or the citation itself; undefined when there are none. */
function citationsOf(cited: unknown): readonly Readonly<Citation>[] | undefined {
  if (isCitation(cited)) return [cited];
  const list: unknown = (cited as Partial<Cited> | null)?.citations;
  return Array.isArray(list) && list.length > 0 && list.every(isCitation) ? list : undefined;
}

/** {@link citationFor} over any dataset. */
export function citationForIn(data: Dataset, cited: Cited | Readonly<Citation>, field?: string): string {
  const all = citationsOf(cited);
  if (!all) {
    throw invalidQuery('citationFor', 'expected a record with citations or a { source, quote } citation', cited);
  }
  const list = field === undefined ? all : provenanceOf(cited as Cited, field);
  if (list.length === 0) {
    throw invalidQuery('citationFor', `expected a field that a citation of the record names`, field);
  }
  return list
    .map(({ source, quote }) => {
      const found = sourcesById(data).get(source);
      if (!found) {
        throw new LedgerError('UNKNOWN_SOURCE', `citationFor: unknown source "${source}"; sources are ${data.sources.map((s) => s.id).join(', ')}`, {
          value: source,
        });
      }
      return `${sourceReference(found)}: “${quote}”`;
    })
    .join('\n');
}

/**
 * A readable citation: `"Title" — Author, Publisher, year: “quote”` (author or publisher left out
 * when the source has none). Given a record, one line per citation, joined by newlines; given a
 * single `{ source, quote }`, one line. Given a record and one of its fields, only the citations
 * behind that field (see {@link provenanceOf}): how a journalist cites one figure.
 *
 * @throws {LedgerError} `UNKNOWN_SOURCE` for a citation of a source not in the dataset;
 *   `INVALID_QUERY` for a value with no citations, or a field no citation of the record names.
 * @example
 * import { citationFor } from 'ecosystem-ledger';
 * citationFor({ source: 'tc-alibaba-cloud-run-rate', quote: 'Alibaba announced its earnings today' });
 * // → '"Alibaba cloud biz is on a run rate over $4B" — Ron Miller, TechCrunch, 2019: “Alibaba announced its earnings today”'
 * const figure = {
 *   citations: [
 *     { source: 'tc-alibaba-cloud-run-rate', quote: 'Alibaba announced its earnings today', fields: ['asOf'] },
 *     { source: 'tc-alibaba-cloud-run-rate', quote: 'a run rate surpassing $4 billion', fields: ['min'] },
 *   ],
 * };
 * citationFor(figure, 'min');
 * // → '"Alibaba cloud biz is on a run rate over $4B" — Ron Miller, TechCrunch, 2019: “a run rate surpassing $4 billion”'
 */
export function citationFor(cited: Cited | Readonly<Citation>, field?: string): string {
  return citationForIn(ledger, cited, field);
}

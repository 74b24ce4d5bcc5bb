import { closestMatches, didYouMean } from './_lib/names.js';
import { invalidQuery } from './_lib/vocabulary.js';

/** A citation as records carry it: its source and quote, and the fields it supports where it names them. */
export type FieldCitation = Readonly<{
  source: string;
  quote: string;
  fields?: readonly string[] | undefined;
  derivation?: string | undefined;
}>;

/** Anything whose citations may name fields: a deal, metric, rule, entity or parent link. */
export interface FieldCited {
  readonly citations: readonly FieldCitation[];
}

/** Field path → the citations that support it, for every field a citation names. */
export type FieldProvenance = Readonly<Record<string, readonly FieldCitation[]>>;

const STEP = /^([a-zA-Z]+)(?:\[(\d+)\])?$/;

/** Internal: the value at a field path such as 'amounts[1].conversions[0].value', or undefined. */
export function valueAt(record: unknown, path: string): unknown {
  let here: unknown = record;
  for (const step of path.split('.')) {
    const match = STEP.exec(step);
    if (!match || here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[match[1] as string];
    if (match[2] !== undefined) here = Array.isArray(here) ? here[Number(match[2])] : undefined;
  }
  return here;
}

/** Whether a citation naming `named` speaks to `field`: the same path, or one holds the other. */
const covers = (named: string, field: string): boolean =>
  named === field || field.startsWith(`${named}.`) || field.startsWith(`${named}[`) || named.startsWith(`${field}.`) || named.startsWith(`${field}[`);

function citationsOf(record: FieldCited | null | undefined, caller: string): readonly FieldCitation[] {
  const list: unknown = (record as Partial<FieldCited> | null | undefined)?.citations;
  if (!Array.isArray(list)) throw invalidQuery(caller, 'expected a record with citations', record);
  return list as readonly FieldCitation[];
}

/** Every field path any citation of the record names, in first-named order. */
function namedFields(citations: readonly FieldCitation[]): string[] {
  return [...new Set(citations.flatMap((c) => c.fields ?? []))];
}

/**
 * The citations behind one field of a record, or a map of every field its citations name to
 * the citations behind it. A field is a path into the record — `'value'`, `'min'`, `'date'`,
 * `'amounts[0].value'`, `'amounts[1].conversions[0].value'`, `'parties[2].stake'` — and a
 * citation that names a path also speaks to what lies inside it (`'amounts[0]'` covers
 * `'amounts[0].value'`), and the other way round. A citation that names no fields supports the
 * record as a whole and is not returned for a field.
 *
 * @throws {LedgerError} `INVALID_QUERY` for a value without citations, or a field the record
 *   does not have (with the nearest fields its citations name).
 * @example
 * import { provenanceOf } from 'ecosystem-ledger';
 * const runRate = {
 *   citations: [
 *     { source: 'tc-alibaba-cloud-run-rate', quote: 'Alibaba announced its earnings today', fields: ['asOf'] },
 *     { source: 'tc-alibaba-cloud-run-rate', quote: 'a run rate surpassing $4 billion', fields: ['min'] },
 *   ],
 * };
 * provenanceOf(runRate).min?.map((c) => c.quote) // → ['a run rate surpassing $4 billion']
 * provenanceOf(runRate, 'min').length // → 1
 */
export function provenanceOf(record: FieldCited, field: string): readonly FieldCitation[];
export function provenanceOf(record: FieldCited): FieldProvenance;
export function provenanceOf(record: FieldCited, field?: string): readonly FieldCitation[] | FieldProvenance {
  const citations = citationsOf(record, 'provenanceOf');
  if (field === undefined) {
    const map: Record<string, readonly FieldCitation[]> = {};
    for (const named of namedFields(citations)) map[named] = Object.freeze(citations.filter((c) => c.fields?.includes(named)));
    return Object.freeze(map);
  }
  if (typeof field !== 'string' || (valueAt(record, field) === undefined && !namedFields(citations).includes(field))) {
    const hint = typeof field === 'string' ? didYouMean(closestMatches(field, namedFields(citations))) : undefined;
    throw invalidQuery('provenanceOf', `expected a field of the record such as 'value', 'date' or 'amounts[0].value'${hint ? ` (${hint})` : ''}`, field);
  }
  return Object.freeze(citations.filter((c) => c.fields?.some((named) => covers(named, field))));
}

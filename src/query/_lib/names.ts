// Internal: matching names — folding and keying them, the entity index by name, edit distance,
// the closest matches and the UNKNOWN_ENTITY error that suggests them.
import { compareText, shownText } from '../../_lib/text.js';
import { LedgerError } from '../../errors.js';
import type { Entity, ParentLink } from '../../schema/records.js';
import { addToGroup, type Dataset, memoizeByDataset } from './dataset.js';

/** The strict form of a name: NFKC-normalized, trimmed, inner whitespace collapsed, lowercased. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The loose form of a name used for matching: Unicode-normalized (NFKC), lowercased, and reduced
 * to its letters and digits, so 'Xiami.com', 'xiami com' and 'XIAMI-COM' all fold to 'xiamicom'.
 * Chinese names keep their characters.
 */
export function foldName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Optimal-string-alignment distance: the fewest single-character inserts, deletes, substitutions
 * and swaps of two neighbours from `a` to `b`, so the common typo 'Xaimi' is one edit from 'Xiami'.
 * With `max`, the answer is exact up to `max` and `max + 1` for anything farther, in time
 * proportional to the shorter length × `max` (a band around the diagonal, left as soon as a
 * whole row of the band is beyond `max`): a million-character name costs nothing against short ones.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const n = short.length;
  const m = long.length;
  const limit = Math.min(max, m); // no distance exceeds the longer length
  const over = limit + 1; // any value beyond the limit, kept as this one
  if (m - n > limit) return over;
  // three rows of the table, reused; only the band |i − j| ≤ limit (and one cell either side) is filled
  let before: number[] = new Array(m + 1).fill(over);
  let previous: number[] = Array.from({ length: m + 1 }, (_, j) => Math.min(j, over));
  let current: number[] = new Array(m + 1).fill(over);
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let rowMin = current[from - 1] as number;
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] as number) + (short[i - 1] === long[j - 1] ? 0 : 1);
      let best = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
      if (i > 1 && j > 1 && short[i - 1] === long[j - 2] && short[i - 2] === long[j - 1]) best = Math.min(best, (before[j - 2] as number) + 1);
      current[j] = Math.min(best, over);
      if (best < rowMin) rowMin = best;
    }
    if (to < m) current[to + 1] = over;
    // every alignment passes through this row or, by a swap, a cell no cheaper than one in it
    if (rowMin > limit) return over;
    [before, previous, current] = [previous, current, before];
  }
  return previous[m] as number;
}

// a value this long is no typo of a name or a vocabulary word: it gets no suggestions, unfolded
const LONGEST_TYPO = 256;

/**
 * The candidates nearest to a mistyped value, nearest first: those the folded value is a prefix
 * of (two characters or more), and those within an edit distance of a third of its length (at
 * least 1). Ties are broken alphabetically, so the answer is deterministic. The edit distance
 * is bounded by that budget, so a hostile million-character value costs no more than its folding.
 */
export function closestMatches(value: string, candidates: readonly string[], limit = 5): string[] {
  if (value.length > LONGEST_TYPO) return [];
  const wanted = foldName(value);
  const budget = Math.max(1, Math.floor(wanted.length / 3));
  return candidates
    .map((candidate) => {
      const folded = foldName(candidate);
      const prefix = wanted.length >= 2 && folded.startsWith(wanted);
      // a prefix is exactly the missing characters away; anything else only matters within the budget
      const distance = prefix ? folded.length - wanted.length : editDistance(wanted, folded, budget);
      return { candidate, distance, prefix };
    })
    .filter((m) => m.prefix || m.distance <= budget)
    .sort((a, b) => a.distance - b.distance || compareText(a.candidate, b.candidate))
    .slice(0, limit)
    .map((m) => m.candidate);
}

/**
 * Internal: "did you mean …?" for the suggestions of {@link closestMatches}, each quoted (in
 * double quotes, as values are; the CLI quotes its option and command names in single ones), or
 * undefined when there are none.
 */
export const didYouMean = (suggestions: readonly string[], quote = '"'): string | undefined =>
  suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `${quote}${s}${quote}`).join(' or ')}?` : undefined;

/** The `UNKNOWN_ENTITY` error for a name or id, suggesting up to five nearest entity names. */
export function unknownEntity(data: Dataset, value: string, caller: string): LedgerError {
  const { labels } = entityIndex(data);
  const names = closestMatches(value, [...labels.keys()], Infinity).map((label) => labels.get(label)?.name as string);
  const suggestions = [...new Set(names)].slice(0, 5);
  const hint = didYouMean(suggestions) ?? 'no entity has a similar name';
  return new LedgerError('UNKNOWN_ENTITY', `${caller}: unknown entity ${shownText(value)}; ${hint}`, { value, suggestions });
}

/**
 * The `UNKNOWN_ENTITY` error for an id that is not one (`entityOf` takes ids only): suggests up
 * to five nearest ids, or, when the value is a name or alias, the id of that entity and
 * `resolveEntity`, which takes names.
 */
export function unknownEntityId(data: Dataset, id: string, caller: string): LedgerError {
  const index = entityIndex(data);
  const loose = index.byFolded.get(foldName(id)) ?? [];
  const named = index.byKey.get(nameKey(id)) ?? (loose.length === 1 ? loose[0] : undefined);
  if (named) {
    return new LedgerError(
      'UNKNOWN_ENTITY',
      `${caller}: "${id}" is not an id but the ${named.name === id ? 'name' : 'name or alias'} of "${named.id}": ${caller} takes ids; resolveEntity takes names and aliases`,
      { value: id, suggestions: [named.id] },
    );
  }
  const suggestions = closestMatches(id, [...index.byId.keys()], 5);
  const hint = didYouMean(suggestions) ?? 'no entity has a similar id';
  // resolveEntity reaches here for a record whose id is unknown: pointing to itself would not help
  const pointer = caller === 'resolveEntity' ? '' : ' (resolveEntity takes names and aliases)';
  return new LedgerError('UNKNOWN_ENTITY', `${caller}: unknown entity id "${id}"; ${hint}${pointer}`, { value: id, suggestions });
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

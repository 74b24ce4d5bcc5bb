import { compareText } from '../_lib/compare-text.js';
import { editDistance } from './edit-distance.js';
import { foldName } from './fold-name.js';

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

import { formatFigure } from './format-figure.js';

// How a source hedges an amount, as one leading symbol.
const HEDGES: Readonly<Record<string, string>> = {
  about: '~',
  'in-the-region-of': '~',
  nearly: '~',
  'more-than': '>',
  'at-least': '≥',
  'less-than': '<',
  'up-to': '≤',
};

/**
 * A hedged figure for a table cell: `qualifier` as a symbol before the formatted value.
 *
 * @example
 * showAmount(4_000_000_000, 'USD', 'more-than') // → '>$4B'
 */
export function showAmount(value: number | undefined, unit: string | undefined, qualifier?: string): string {
  if (value === undefined || unit === undefined) return '';
  return (qualifier === undefined ? '' : (HEDGES[qualifier] ?? '')) + formatFigure(value, unit);
}

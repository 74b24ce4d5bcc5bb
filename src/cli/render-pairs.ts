import { displayWidth } from './display-width.js';
import { padCell } from './table.js';

/**
 * Renders label/value pairs as two aligned columns, values right-aligned: a summary block.
 *
 * @example
 * renderPairs([['Rows read', '1,000'], ['Rejected', '7']], 2) // → '  Rows read  1,000\n  Rejected       7\n'
 */
export function renderPairs(pairs: readonly (readonly [string, string])[], indent = 0): string {
  const labelWidth = pairs.reduce((width, [label]) => Math.max(width, displayWidth(label)), 0);
  const valueWidth = pairs.reduce((width, [, value]) => Math.max(width, displayWidth(value)), 0);
  return pairs.map(([label, value]) => `${' '.repeat(indent)}${padCell(label, labelWidth)}  ${padCell(value, valueWidth, 'right')}\n`).join('');
}

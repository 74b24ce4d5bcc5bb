import { displayWidth } from './display-width.js';
import { padCell } from './table.js';

/**
 * Renders label/value pairs as two aligned columns, values right-aligned: a summary block.
 *
 * @example
 * renderPairs([['Rows read', '1,000'], ['Rejected', '7']], 2) // → '  Rows read  1,000\n  Rejected       7\n'
 */
export function renderPairs(pairs: readonly (readonly [string, string])[], indent = 0): string {
  const labelWidth = Math.max(0, ...pairs.map(([label]) => displayWidth(label)));
  const valueWidth = Math.max(0, ...pairs.map(([, value]) => displayWidth(value)));
  return pairs.map(([label, value]) => `${' '.repeat(indent)}${padCell(label, labelWidth)}  ${padCell(value, valueWidth, 'right')}\n`).join('');
}

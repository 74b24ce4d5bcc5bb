import { displayWidth } from './display-width.js';

/** A table column: the row key it shows, its heading and which side its cells hug. */
export type Column = Readonly<{ key: string; header: string; align?: 'left' | 'right' }>;

/** A row of display cells, keyed by column key; a missing cell renders empty. */
export type TableRow = Readonly<Record<string, string | undefined>>;

/**
 * Pads text with spaces to `width` terminal cells, on the right (`left` align) or the left.
 *
 * @example
 * padCell('虾米', 6, 'right') // → '  虾米'
 */
export function padCell(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders rows as an aligned plain-text table: a heading line, a rule, one line per row, columns
 * two spaces apart, `right` columns (numbers, money) right-aligned. Widths count terminal cells,
 * so CJK text lines up. Trailing spaces are trimmed; the result ends with a newline.
 *
 * @example
 * renderTable([{ key: 'name', header: 'Name' }, { key: 'n', header: 'N', align: 'right' }], [{ name: '虾米', n: '7' }, { name: 'Xiami', n: '12' }])
 * // → 'Name    N\n-----  --\n虾米    7\nXiami  12\n'
 */
export function renderTable(columns: readonly Column[], rows: readonly TableRow[]): string {
  // a loop, not Math.max(...rows): spreading a large listing overflows the call stack
  const widths = columns.map((c) => rows.reduce((width, r) => Math.max(width, displayWidth(r[c.key] ?? '')), displayWidth(c.header)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => padCell(cell, widths[i] as number, columns[i]?.align ?? 'left')).join('  ').trimEnd() + '\n';
  return (
    line(columns.map((c) => c.header)) +
    line(widths.map((w) => '-'.repeat(w))) +
    rows.map((r) => line(columns.map((c) => r[c.key] ?? ''))).join('')
  );
}

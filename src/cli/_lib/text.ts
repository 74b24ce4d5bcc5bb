// Internal: text for a terminal — display width, truncation, wrapping, figures and amounts as
// shown, and the CLI's words for the library's option names.
import type { MetricRecord } from '../../data/define.js';

// East Asian Wide and Fullwidth ranges (UAX #11) plus the emoji blocks terminals draw two cells wide.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x2e80, 0x303e],
  [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

// Combining marks, format characters (ZWJ, soft hyphen) and variation selectors take no cell.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

function isWide(code: number): boolean {
  for (const [from, to] of WIDE) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

/**
 * The number of terminal cells a string takes: 2 for CJK and other wide characters, 0 for
 * combining marks, 1 otherwise.
 *
 * @example
 * displayWidth('虾米 Xiami') // → 10
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x300) width += code < 0x20 ? 0 : 1;
    else if (ZERO_WIDTH.test(char)) continue;
    else width += isWide(code) ? 2 : 1;
  }
  return width;
}

/**
 * Shortens text to at most `width` terminal cells, ending with '…' when cut, so one long cell
 * cannot push a table past the screen.
 *
 * @example
 * truncate('Alibaba Group (acquirer), Xiami (target)', 20) // → 'Alibaba Group (acqu…'
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

/**
 * Wraps words into lines of at most `width` columns, each indented by `indent` spaces.
 *
 * @example
 * wrapWords(['Both', 'articles', 'describe', 'Xiami'], 2, 16) // → '  Both articles\n  describe Xiami\n'
 */
export function wrapWords(words: readonly string[], indent = 4, width = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${' '.repeat(indent)}${l}\n`).join('');
}

/**
 * Wraps a sentence (words split at spaces) as {@link wrapWords} does.
 *
 * @example
 * wrapText('Both articles describe Xiami', 2, 16) // → '  Both articles\n  describe Xiami\n'
 */
export const wrapText = (text: string, indent = 4, width = 78): string => wrapWords(text.split(' '), indent, width);

/**
 * Wraps a list of allowed values, comma-separated, into indented help lines.
 *
 * @example
 * wrapValues(['rumored', 'announced', 'completed'], 4, 20) // → '    rumored,\n    announced,\n    completed\n'
 */
export function wrapValues(values: readonly string[], indent = 4, width = 78): string {
  return wrapWords(values.map((v, i) => (i < values.length - 1 ? `${v},` : v)), indent, width);
}

// The library's words for what the command line calls otherwise: its option names, and the
// files and arguments they come from. The one place library messages are translated, so the
// library keeps speaking of its own API.
const WORDS: readonly (readonly [RegExp, string | ((...groups: string[]) => string)])[] = [
  [/\boption credits .* is not allowed: .*/, 'the credits file must hold a JSON object of track id → [{ "role", "payee", "share" }, …]'],
  [/\boptions\.credits\b/g, 'the credits file'],
  [/\bcredits\[(\d+)\] (.*?) is not allowed/g, (_, index, value) => `credit ${Number(index) + 1} (${value}) is not allowed`],
  [/\bcredits\[(\d+)\]/g, (_, index) => `credit ${Number(index) + 1}`],
  [/\bincludeSubsidiaries\b/g, '--subsidiaries'],
  [/\boption timeZone (.*?) is not allowed/g, '--tz "$1" is not allowed'],
  [/\b(invalid )?amount "/g, '$1price "'],
  [/(^|\bis (?:after|before) )(from|to) "/g, '$1--$2 "'],
];

/**
 * A library message in the command line's words: 'the credits file' for `options.credits`,
 * `--subsidiaries` for `includeSubsidiaries`, 'price' for the amount a price argument or column
 * holds, `--from`/`--to` for the query's bounds.
 *
 * @example
 * inCliWords('track "t9" of sale "s4" has no credits: add it to options.credits') // → 'track "t9" of sale "s4" has no credits: add it to the credits file'
 * inCliWords('from "2020" is after to "2019"') // → '--from "2020" is after --to "2019"'
 */
export function inCliWords(message: string): string {
  return WORDS.reduce((text, [pattern, words]) => (typeof words === 'string' ? text.replace(pattern, words) : text.replace(pattern, words)), message);
}

const CURRENCY = /^[A-Z]{3}$/;
const formatters = new Map<string, Intl.NumberFormat>();

// Millions and up read better compact ('$4.25B'); smaller figures stay whole ('1,234').
function formatter(unit: string, value: number): Intl.NumberFormat {
  const compact = Math.abs(value) >= 1_000_000;
  const key = `${unit} ${compact}`;
  let f = formatters.get(key);
  if (!f) {
    const currency = CURRENCY.test(unit);
    // Compact figures drop zero decimals ('$1.1B'); whole amounts drop the cents ('CN¥400,000', 'CN¥0.80').
    const options = compact || !currency ? { minimumFractionDigits: 0, maximumFractionDigits: 2 } : { trailingZeroDisplay: 'stripIfInteger' };
    f = new Intl.NumberFormat('en', {
      notation: compact ? 'compact' : 'standard',
      ...options,
      ...(currency && { style: 'currency', currency: unit }),
    } as Intl.NumberFormatOptions);
    formatters.set(key, f);
  }
  return f;
}

/**
 * A dataset figure for a table cell, short and readable: currencies and large counts in compact
 * notation, percentages with '%', ranks with '#', calendar years as they are. The unit of a
 * count is left to its own column. (Display only: exact values stay in `--json` and `--csv`.)
 *
 * @example
 * [formatFigure(4_250_000_000, 'USD'), formatFigure(1_000_000_000, 'CNY'), formatFigure(200_000_000, 'users'), formatFigure(66, 'percent'), formatFigure(1, 'rank')]
 * // → ['$4.25B', 'CN¥1B', '200M', '66%', '#1']
 */
export function formatFigure(value: number, unit: string): string {
  if (unit === 'percent') return `${formatter('', value).format(value)}%`;
  if (unit === 'percentage-points') return `${formatter('', value).format(value)} pp`;
  if (unit === 'rank') return `#${value}`;
  if (unit === 'year') return String(value); // a calendar year, not a quantity: no grouping
  if (unit === 'multiple') return `${formatter('', value).format(value)}×`;
  return formatter(unit, value).format(value);
}

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

/**
 * A metric's value for a table cell: the value, or its range ('1M–2M', '≥200M', '≤5%').
 *
 * @example
 * showMetric({ min: 200_000_000, unit: 'users' }) // → '≥200M'
 */
export function showMetric(metric: Pick<MetricRecord, 'value' | 'min' | 'max' | 'unit'>): string {
  const { value, min, max, unit } = metric;
  if (value !== undefined) return formatFigure(value, unit);
  if (min !== undefined && max !== undefined) return `${formatFigure(min, unit)}–${formatFigure(max, unit)}`;
  if (min !== undefined) return `≥${formatFigure(min, unit)}`;
  return max === undefined ? '' : `≤${formatFigure(max, unit)}`;
}

/**
 * When a metric holds, as ISO text: its `asOf` date, or its period as an ISO interval (one
 * partial date when the period is, say, the whole of 2010).
 *
 * @example
 * metricDate({ period: { from: '2020-04', to: '2021-03' } }) // → '2020-04/2021-03'
 */
export function metricDate(metric: Pick<MetricRecord, 'asOf' | 'period'>): string {
  const { asOf, period } = metric;
  if (asOf !== undefined || period === undefined) return asOf ?? '';
  return period.from === period.to ? period.from : `${period.from}/${period.to}`;
}

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

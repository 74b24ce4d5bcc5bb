import { timestampMs } from '../../settlement/_lib/parse-timestamp.js';
import type { PlainSale } from '../../settlement/sale-batch.js';
import type { CsvColumns } from './csv-batch.js';
import { decimalUnits } from './decimal-units.js';

/** The integer in `bytes[start, end)` if that is 1 to 16 ASCII digits, else -1. */
function digitsValue(bytes: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 16) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = (bytes[i] as number) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return Number.isSafeInteger(n) ? n : -1;
}

/** Whether `bytes[start, end)` is the ASCII text `word`. */
function isWord(bytes: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** Whether `bytes[start, end)` is all ASCII. */
function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((bytes[i] as number) > 0x7f) return false;
  return true;
}

/**
 * Internal: reads the usual plain CSV row where it lies in the bytes into `sale` (field k of the
 * row is `bytes[bounds[at + k], bounds[at + k + 1] - 1)`). False leaves the row to settlement's
 * checks of the row as text, which make every rejection, so this only has to recognise the plain
 * forms (a known kind, digits for the quantity, a non-empty ASCII id, an ASCII track) and get the
 * same numbers: a price or time it cannot read is -1 or NaN, which settlement sends the same way.
 */
export function readPlainSale(bytes: Uint8Array, bounds: Int32Array, at: number, columns: CsvColumns, scale: number, sale: PlainSale): boolean {
  let refund = false;
  if (columns.kind >= 0) {
    const start = bounds[at + columns.kind] as number;
    const end = (bounds[at + columns.kind + 1] as number) - 1;
    refund = isWord(bytes, start, end, 'refund');
    if (!refund && end > start && !isWord(bytes, start, end, 'sale')) return false;
  }
  let quantity = 1;
  if (columns.quantity >= 0) {
    const start = bounds[at + columns.quantity] as number;
    const end = (bounds[at + columns.quantity + 1] as number) - 1;
    if (end > start) quantity = digitsValue(bytes, start, end);
  }
  const idStart = bounds[at + columns.sale_id] as number;
  const idEnd = (bounds[at + columns.sale_id + 1] as number) - 1;
  if (idEnd <= idStart || !isAscii(bytes, idStart, idEnd)) return false;
  const trackStart = bounds[at + columns.track_id] as number;
  const trackEnd = (bounds[at + columns.track_id + 1] as number) - 1;
  if (!isAscii(bytes, trackStart, trackEnd)) return false;
  const price = at + columns.price;
  const soldAt = at + columns.sold_at;
  sale.refund = refund;
  sale.quantity = quantity;
  sale.unitPrice = decimalUnits(bytes, bounds[price] as number, (bounds[price + 1] as number) - 1, scale);
  sale.epochMs = timestampMs(bytes, bounds[soldAt] as number, (bounds[soldAt + 1] as number) - 1);
  sale.keys = bytes;
  sale.idStart = idStart;
  sale.idEnd = idEnd;
  sale.trackStart = trackStart;
  sale.trackEnd = trackEnd;
  return true;
}

import { LedgerError } from '../errors.js';
import { showValue } from '../_lib/text.js';

const ZERO = 48; // '0'
const NINE = 57;
const MINUS = 45;
const POINT = 46;

function invalid(text: unknown): LedgerError {
  return new LedgerError(
    'INVALID_AMOUNT',
    `invalid amount ${showValue(text)}: write a plain decimal such as "12.50" or "-3" (no sign "+", exponent, grouping or spaces)`,
    { value: text },
  );
}

function unsafe(text: string): LedgerError {
  return new LedgerError(
    'UNSAFE_AMOUNT',
    `amount ${JSON.stringify(text)} is too large: at most ${Number.MAX_SAFE_INTEGER} minor units are allowed`,
    { value: text },
  );
}

/**
 * Parses a plain decimal string into integer minor units at `scale` decimal places, exactly (no
 * floating point). Grammar: optional "-", digits, optionally "." and 1 to `scale` digits.
 * The settlement hot path: one pass over the characters, no regex, no allocation.
 *
 * @example
 * parseMinorUnits('12.5', 2) // → 1250
 * @example
 * parseMinorUnits('-0.80', 2) // → -80
 */
export function parseMinorUnits(text: string, scale: number): number {
  if (!Number.isInteger(scale) || scale < 0 || scale > 15) {
    throw new LedgerError('INVALID_OPTIONS', `invalid scale ${showValue(scale)}: use an integer from 0 to 15`, { scale: showValue(scale) });
  }
  if (typeof text !== 'string') throw invalid(text);
  const end = text.length;
  let i = text.charCodeAt(0) === MINUS ? 1 : 0;
  let units = 0;
  let intDigits = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) break;
    // While the true value is ≤ MAX_SAFE_INTEGER every step is exact; once it is larger the
    // rounded result is ≥ 2^53, so this test never lets a wrong number through.
    units = units * 10 + (c - ZERO);
    if (units > Number.MAX_SAFE_INTEGER) throw unsafe(text);
    intDigits++;
  }
  if (intDigits === 0) throw invalid(text);
  let fracDigits = 0;
  if (i < end) {
    if (text.charCodeAt(i) !== POINT) throw invalid(text);
    for (i++; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < ZERO || c > NINE) throw invalid(text);
      if (++fracDigits > scale) {
        // keep scanning so that a malformed tail reports INVALID_AMOUNT, not TOO_MANY_DECIMALS
        for (i++; i < end; i++) {
          const d = text.charCodeAt(i);
          if (d < ZERO || d > NINE) throw invalid(text);
        }
        throw new LedgerError(
          'TOO_MANY_DECIMALS',
          `amount ${JSON.stringify(text)} has ${end - text.indexOf('.') - 1} decimal places; at most ${scale} are allowed`,
          { value: text, scale },
        );
      }
      units = units * 10 + (c - ZERO);
      if (units > Number.MAX_SAFE_INTEGER) throw unsafe(text);
    }
    if (fracDigits === 0) throw invalid(text);
  }
  for (; fracDigits < scale; fracDigits++) {
    units *= 10;
    if (units > Number.MAX_SAFE_INTEGER) throw unsafe(text);
  }
  // `0 - units` rather than `-units` so that "-0" parses to +0
  return text.charCodeAt(0) === MINUS ? 0 - units : units;
}

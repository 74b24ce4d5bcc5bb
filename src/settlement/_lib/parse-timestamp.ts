import { LedgerError } from '../../errors.js';
import { asciiBytes } from './code-units.js';
import { showValue } from '../../_lib/text.js';

const FORMAT = 'YYYY-MM-DDTHH:mm[:ss[.fff]] followed by Z or ±HH:MM, e.g. "2013-07-31T16:30:00+08:00"';
const LONGEST = 29; // YYYY-MM-DDTHH:mm:ss.fff+HH:MM
const MS_PER_DAY = 86_400_000;
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * The digit at `at` (0–9), or a number above 9 for any other byte. Past the array it reads 0,
 * so every read beyond `end` below is covered by a length check.
 */
const digit = (bytes: Uint8Array, at: number): number => ((bytes[at] as number) - 48) >>> 0;

/** Leap days in years 1..x of the proleptic Gregorian calendar, for x > 0. */
const leapDays = (x: number): number => ((x / 4) | 0) - ((x / 100) | 0) + ((x / 400) | 0);

/**
 * Internal: the epoch milliseconds of the timestamp in `bytes[start, end)`, or NaN if it is not
 * one: `YYYY-MM-DDTHH:mm[:ss[.fff]]` then `Z` or `±HH:MM`, strictly (exactly 3 fraction digits
 * when present, upper-case `T`/`Z`, real calendar dates, offsets up to ±23:59), by hand (no
 * regex, no `Date.parse`, whose leniency differs between engines). The CSV path parses fields
 * in place with it; see {@link parseTimestamp} for text and errors.
 */
export function timestampMs(bytes: Uint8Array, start: number, end: number): number {
  if (end - start < 16) return NaN;
  const y0 = digit(bytes, start), y1 = digit(bytes, start + 1), y2 = digit(bytes, start + 2), y3 = digit(bytes, start + 3);
  const mo0 = digit(bytes, start + 5), mo1 = digit(bytes, start + 6), d0 = digit(bytes, start + 8), d1 = digit(bytes, start + 9);
  const h0 = digit(bytes, start + 11), h1 = digit(bytes, start + 12), mi0 = digit(bytes, start + 14), mi1 = digit(bytes, start + 15);
  if (
    y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || mo0 > 9 || mo1 > 9 || d0 > 9 || d1 > 9 || h0 > 9 || h1 > 9 || mi0 > 9 || mi1 > 9 ||
    bytes[start + 4] !== 45 /* - */ || bytes[start + 7] !== 45 || bytes[start + 10] !== 84 /* T */ || bytes[start + 13] !== 58 /* : */
  ) {
    return NaN;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > monthDays || hour > 23 || minute > 59) return NaN;
  let at = start + 16;
  let second = 0;
  let ms = 0;
  if (at < end && bytes[at] === 58) {
    const s0 = digit(bytes, at + 1), s1 = digit(bytes, at + 2);
    if (at + 3 > end || s0 > 5 || s1 > 9) return NaN;
    second = s0 * 10 + s1;
    at += 3;
    if (at < end && bytes[at] === 46 /* . */) {
      const f0 = digit(bytes, at + 1), f1 = digit(bytes, at + 2), f2 = digit(bytes, at + 3);
      if (at + 4 > end || f0 > 9 || f1 > 9 || f2 > 9) return NaN;
      ms = f0 * 100 + f1 * 10 + f2;
      at += 4;
    }
  }
  let offsetMinutes = 0;
  const sign = bytes[at];
  if (sign === 90 /* Z */ && at + 1 === end) {
    offsetMinutes = 0;
  } else if ((sign === 43 /* + */ || sign === 45 /* - */) && at + 6 === end && bytes[at + 3] === 58) {
    const oh0 = digit(bytes, at + 1), oh1 = digit(bytes, at + 2), om0 = digit(bytes, at + 4), om1 = digit(bytes, at + 5);
    const hours = oh0 * 10 + oh1;
    if (oh0 > 2 || oh1 > 9 || hours > 23 || om0 > 5 || om1 > 9) return NaN;
    offsetMinutes = (sign === 43 ? 1 : -1) * (hours * 60 + om0 * 10 + om1);
  } else {
    return NaN;
  }
  // days since 1970-01-01; shifting by 400 years (97 leap days) keeps year 0000 positive
  const days = 365 * (year - 1970) + leapDays(year + 399) - 574 + DAYS_BEFORE_MONTH[month]! + (leap && month > 2 ? 1 : 0) + day - 1;
  return days * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
}

const timestampOf = (text: string): number => {
  const bytes = asciiBytes(text, LONGEST);
  return bytes === undefined ? NaN : timestampMs(bytes, 0, bytes.length);
};

/**
 * Internal: parses a timestamp that carries its UTC offset (see {@link timestampMs}) to epoch
 * milliseconds. A well-formed local time without an offset (one that a trailing `Z` would make
 * valid) throws NAIVE_TIMESTAMP, anything else INVALID_TIMESTAMP.
 */
export function parseTimestamp(text: string): number {
  const epochMs = typeof text === 'string' ? timestampOf(text) : NaN;
  if (!Number.isNaN(epochMs)) return epochMs;
  if (typeof text === 'string' && !Number.isNaN(timestampOf(`${text}Z`))) {
    throw new LedgerError('NAIVE_TIMESTAMP', `timestamp ${JSON.stringify(text)} has no UTC offset, so its month is ambiguous: use ${FORMAT}`, {
      value: text,
    });
  }
  const value = showValue(text);
  throw new LedgerError('INVALID_TIMESTAMP', `invalid timestamp ${value}: use ${FORMAT}`, { value: typeof text === 'string' ? text : value });
}

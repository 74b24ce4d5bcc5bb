import { LedgerError } from '../errors.js';

const FORMAT = 'YYYY-MM-DDTHH:mm[:ss[.fff]] followed by Z or ±HH:MM, e.g. "2013-07-31T16:30:00+08:00"';
const MS_PER_DAY = 86_400_000;
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** The digit at `at` (0–9), or a number above 9 for any other character. */
const digit = (text: string, at: number): number => ((text.charCodeAt(at) | 0) - 48) >>> 0; // past the text: NaN | 0 = 0, not a digit

/** Leap days in years 1..x of the proleptic Gregorian calendar, for x > 0. */
const leapDays = (x: number): number => ((x / 4) | 0) - ((x / 100) | 0) + ((x / 400) | 0);

function invalid(text: unknown, start: number, end: number): LedgerError {
  const value = typeof text === 'string' ? text.slice(start, end) : String(text);
  return new LedgerError('INVALID_TIMESTAMP', `invalid timestamp ${typeof text === 'string' ? JSON.stringify(value) : value}: use ${FORMAT}`, {
    value,
  });
}

/**
 * Internal: parses a timestamp that carries its UTC offset, `YYYY-MM-DDTHH:mm[:ss[.fff]]` then
 * `Z` or `±HH:MM`, to epoch milliseconds — strictly (exactly 3 fraction digits when present,
 * upper-case `T`/`Z`, real calendar dates, offsets up to ±23:59), by hand (no regex, no
 * `Date.parse`, whose leniency differs between engines). A well-formed local time without an
 * offset throws NAIVE_TIMESTAMP, anything else INVALID_TIMESTAMP. `start` and `end` select a
 * part of `text` (the CSV path parses fields in place, without slicing them out).
 */
export function parseTimestamp(text: string, start = 0, end: number = text?.length): number {
  if (typeof text !== 'string' || end - start < 16) throw invalid(text, start, end);
  const y0 = digit(text, start), y1 = digit(text, start + 1), y2 = digit(text, start + 2), y3 = digit(text, start + 3);
  const mo0 = digit(text, start + 5), mo1 = digit(text, start + 6), d0 = digit(text, start + 8), d1 = digit(text, start + 9);
  const h0 = digit(text, start + 11), h1 = digit(text, start + 12), mi0 = digit(text, start + 14), mi1 = digit(text, start + 15);
  if (
    y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || mo0 > 9 || mo1 > 9 || d0 > 9 || d1 > 9 || h0 > 9 || h1 > 9 || mi0 > 9 || mi1 > 9 ||
    text.charCodeAt(start + 4) !== 45 /* - */ || text.charCodeAt(start + 7) !== 45 ||
    text.charCodeAt(start + 10) !== 84 /* T */ || text.charCodeAt(start + 13) !== 58 /* : */
  ) {
    throw invalid(text, start, end);
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > monthDays || hour > 23 || minute > 59) throw invalid(text, start, end);
  let at = start + 16;
  let second = 0;
  let ms = 0;
  if (at < end && text.charCodeAt(at) === 58) {
    const s0 = digit(text, at + 1), s1 = digit(text, at + 2);
    if (at + 3 > end || s0 > 5 || s1 > 9) throw invalid(text, start, end);
    second = s0 * 10 + s1;
    at += 3;
    if (at < end && text.charCodeAt(at) === 46 /* . */) {
      const f0 = digit(text, at + 1), f1 = digit(text, at + 2), f2 = digit(text, at + 3);
      if (at + 4 > end || f0 > 9 || f1 > 9 || f2 > 9) throw invalid(text, start, end);
      ms = f0 * 100 + f1 * 10 + f2;
      at += 4;
    }
  }
  let offsetMinutes = 0;
  const sign = text.charCodeAt(at);
  if (at === end) {
    const shown = JSON.stringify(text.slice(start, end));
    throw new LedgerError('NAIVE_TIMESTAMP', `timestamp ${shown} has no UTC offset, so its month is ambiguous: use ${FORMAT}`, {
      value: text.slice(start, end),
    });
  } else if (sign === 90 /* Z */ && at + 1 === end) {
    offsetMinutes = 0;
  } else if ((sign === 43 /* + */ || sign === 45 /* - */) && at + 6 === end && text.charCodeAt(at + 3) === 58) {
    const oh0 = digit(text, at + 1), oh1 = digit(text, at + 2), om0 = digit(text, at + 4), om1 = digit(text, at + 5);
    const hours = oh0 * 10 + oh1;
    if (oh0 > 2 || oh1 > 9 || hours > 23 || om0 > 5 || om1 > 9) throw invalid(text, start, end);
    offsetMinutes = (sign === 43 ? 1 : -1) * (hours * 60 + om0 * 10 + om1);
  } else {
    throw invalid(text, start, end);
  }
  // days since 1970-01-01; shifting by 400 years (97 leap days) keeps year 0000 positive
  const days = 365 * (year - 1970) + leapDays(year + 399) - 574 + DAYS_BEFORE_MONTH[month]! + (leap && month > 2 ? 1 : 0) + day - 1;
  return days * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
}

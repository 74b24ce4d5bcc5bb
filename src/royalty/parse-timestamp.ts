import { LedgerError } from '../errors.js';

const FORMAT = 'YYYY-MM-DDTHH:mm[:ss[.fff]] followed by Z or ±HH:MM, e.g. "2013-07-31T16:30:00+08:00"';
const MS_PER_DAY = 86_400_000;

/** Two ASCII digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function invalid(text: unknown): LedgerError {
  return new LedgerError('INVALID_TIMESTAMP', `invalid timestamp ${JSON.stringify(text) ?? String(text)}: use ${FORMAT}`, {
    value: typeof text === 'string' ? text : String(text),
  });
}

/**
 * Internal: parses a timestamp that carries its UTC offset, `YYYY-MM-DDTHH:mm[:ss[.fff]]` then
 * `Z` or `±HH:MM`, to epoch milliseconds — strictly (exactly 3 fraction digits when present,
 * upper-case `T`/`Z`, real calendar dates, offsets up to ±23:59), by hand (no regex, no
 * `Date.parse`, whose leniency differs between engines). A well-formed local time without an
 * offset throws NAIVE_TIMESTAMP, anything else INVALID_TIMESTAMP.
 */
export function parseTimestamp(text: string): number {
  if (typeof text !== 'string' || text.length < 16) throw invalid(text);
  const hi = twoDigits(text, 0);
  const lo = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (
    hi < 0 || lo < 0 || text.charCodeAt(4) !== 45 /* - */ || month < 1 || month > 12 ||
    text.charCodeAt(7) !== 45 || day < 1 || text.charCodeAt(10) !== 84 /* T */ ||
    hour < 0 || hour > 23 || text.charCodeAt(13) !== 58 /* : */ || minute < 0 || minute > 59
  ) {
    throw invalid(text);
  }
  const year = hi * 100 + lo;
  if (day > daysInMonth(year, month)) throw invalid(text);
  let at = 16;
  let second = 0;
  let ms = 0;
  if (text.charCodeAt(at) === 58) {
    second = twoDigits(text, at + 1);
    if (second < 0 || second > 59) throw invalid(text);
    at += 3;
    if (text.charCodeAt(at) === 46 /* . */) {
      const a = twoDigits(text, at + 1);
      const c = text.charCodeAt(at + 3) - 48;
      if (a < 0 || c < 0 || c > 9) throw invalid(text);
      ms = a * 10 + c;
      at += 4;
    }
  }
  let offsetMinutes = 0;
  const sign = text.charCodeAt(at);
  if (at === text.length) {
    throw new LedgerError('NAIVE_TIMESTAMP', `timestamp ${JSON.stringify(text)} has no UTC offset, so its month is ambiguous: use ${FORMAT}`, {
      value: text,
    });
  } else if (sign === 90 /* Z */ && at + 1 === text.length) {
    offsetMinutes = 0;
  } else if ((sign === 43 /* + */ || sign === 45 /* - */) && at + 6 === text.length && text.charCodeAt(at + 3) === 58) {
    const offsetHours = twoDigits(text, at + 1);
    const offsetMins = twoDigits(text, at + 4);
    if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59) throw invalid(text);
    offsetMinutes = (sign === 43 ? 1 : -1) * (offsetHours * 60 + offsetMins);
  } else {
    throw invalid(text);
  }
  const local = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  return local - offsetMinutes * 60_000;
}

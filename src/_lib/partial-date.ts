import { getDaysInMonth } from 'date-fns/getDaysInMonth';

/** The days a partial date covers, both ends inclusive, as 'YYYY-MM-DD' strings (which sort as dates). */
export interface Interval {
  readonly start: string;
  readonly end: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  // setFullYear, unlike the Date constructor, keeps years 0–99 themselves
  const first = new Date(0);
  first.setFullYear(year, month - 1, 1);
  return getDaysInMonth(first);
}

/**
 * Internal: the interval a partial ISO date stands for ('2014' is 2014-01-01..2014-12-31), or
 * undefined when `date` is not 'YYYY', 'YYYY-MM' or an existing 'YYYY-MM-DD'. Shared by the zod
 * schema and the queries, so records and query bounds accept exactly the same dates.
 */
export function partialDateInterval(date: string): Interval | undefined {
  const [, year = '', month, day] = PARTIAL_DATE.exec(date) ?? [];
  const monthNumber = Number(month ?? 1);
  if (!year || monthNumber < 1 || monthNumber > 12) return undefined;
  const lastDay = daysInMonth(Number(year), monthNumber);
  if (day !== undefined && (Number(day) < 1 || Number(day) > lastDay)) return undefined;
  if (day !== undefined) return { start: date, end: date };
  if (month !== undefined) return { start: `${date}-01`, end: `${date}-${String(lastDay)}` };
  return { start: `${date}-01-01`, end: `${date}-12-31` };
}

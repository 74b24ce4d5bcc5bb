import type { CodeUnits } from './code-units.js';

/** What {@link NumberedIds.add} found: the id is new, was seen before… */
export const NEW = 1;
export const SEEN = 0;
/** …or is not for this set (not numbered, or its kind of number is not kept here): fingerprint it. */
export const OTHER = -1;

/**
 * Internal: one kind of numbered key as {@link NumberedIds.kinds} shows it: its numbers are
 * the runs [starts[i], ends[i]] for i < runs; once `full`, its further numbers went elsewhere.
 */
export type NumberedKind = Readonly<{
  prefix: Uint16Array;
  width: number;
  refund: boolean;
  starts: Float64Array;
  ends: Float64Array;
  runs: number;
  full: boolean;
}>;

/** Internal: see {@link createNumberedIds}. */
export type NumberedIds = Readonly<{
  /** The kinds kept so far (a live view: read it, never change it). */
  kinds(): readonly NumberedKind[];
  /**
   * Records the id whose code units are `id[start, end)`, of a refund if `refund` (a refund and a
   * sale with the same id are different keys): NEW, SEEN, or OTHER when the caller must track it.
   */
  add(id: CodeUnits, start: number, end: number, refund?: boolean): number;
}>;

/** Internal: how much a {@link createNumberedIds} set may hold (smaller in tests). */
export type NumberedIdLimits = Readonly<{ kinds: number; runsPerKind: number }>;

const DEFAULT_LIMITS: NumberedIdLimits = { kinds: 16, runsPerKind: 4096 };
const MAX_PREFIX = 16;
const MAX_DIGITS = 15; // below 2⁵³, so every number is an exact double

// One kind of numbered id: a prefix, then digits, either without a leading zero (`width` 0) or
// zero-padded to `width` digits, of sales or of refunds. The number and kind give back the
// (id, kind) key, so they identify it. Its runs [starts[i], ends[i]] are sorted, disjoint and
// non-adjacent; `full`: a number needed a new run and there was no room, so the runs no longer
// change; `last`: the run that took the last number (ids mostly arrive in order).
type Kind = { -readonly [K in keyof NumberedKind]: NumberedKind[K] } & { last: number };

/**
 * Internal: an exact, compact set of numbered sale ids ("s1", "INV-000123", "20240101001": at
 * most 16 units of prefix, then 1 to 15 digits), which is how most ledgers number their sales.
 * Each kind of id (prefix, and padding width if zero-padded) keeps its numbers as runs of
 * consecutive numbers, so a million ids in sequence take 16 bytes rather than 16 MB, and a new
 * id costs a comparison or two instead of a cache miss in a large hash table.
 *
 * Bounded on any input: at most `kinds` kinds with `runsPerKind` runs each. An id of a further
 * kind is OTHER from the start; once a kind's runs are full, they stop changing, and its
 * numbers outside them are OTHER from then on. So every id is, for good, either kept here or
 * left to the caller's fingerprint set, and the two never hold the same id.
 */
export function createNumberedIds(limits: NumberedIdLimits = DEFAULT_LIMITS): NumberedIds {
  const kinds: Kind[] = [];
  let lastKind: Kind | undefined;

  const matches = (kind: Kind, id: CodeUnits, start: number, digitsAt: number, width: number, refund: boolean): boolean => {
    if (kind.width !== width || kind.refund !== refund || kind.prefix.length !== digitsAt - start) return false;
    for (let i = start; i < digitsAt; i++) if (kind.prefix[i - start] !== (id[i] as number)) return false;
    return true;
  };

  const kindOf = (id: CodeUnits, start: number, digitsAt: number, width: number, refund: boolean): Kind | undefined => {
    if (lastKind !== undefined && matches(lastKind, id, start, digitsAt, width, refund)) return lastKind;
    let kind = kinds.find((k) => matches(k, id, start, digitsAt, width, refund));
    if (kind === undefined) {
      if (kinds.length === limits.kinds) return undefined;
      const prefix = new Uint16Array(digitsAt - start);
      for (let i = start; i < digitsAt; i++) prefix[i - start] = (id[i] as number);
      kind = { prefix, width, refund, starts: new Float64Array(16), ends: new Float64Array(16), runs: 0, last: 0, full: false };
      kinds.push(kind);
    }
    return (lastKind = kind);
  };

  // adds `n` to the runs of `kind`, which do not hold it: the run before it is `before`
  // (-1 if none); false if that needs a new run and there is no room
  const insert = (kind: Kind, n: number, before: number): boolean => {
    const { starts, ends } = kind;
    const after = before + 1;
    const joinsBefore = before >= 0 && (ends[before] as number) === n - 1;
    const joinsAfter = after < kind.runs && (starts[after] as number) === n + 1;
    if (joinsBefore && joinsAfter) {
      // n closes the gap between two runs: they become one
      ends[before] = ends[after] as number;
      starts.copyWithin(after, after + 1, kind.runs);
      ends.copyWithin(after, after + 1, kind.runs);
      kind.runs--;
      kind.last = before;
    } else if (joinsBefore) {
      ends[before] = n;
      kind.last = before;
    } else if (joinsAfter) {
      starts[after] = n;
      kind.last = after;
    } else {
      if (kind.runs === limits.runsPerKind) return false;
      if (kind.runs === starts.length) {
        kind.starts = new Float64Array(Math.min(starts.length * 2, limits.runsPerKind));
        kind.ends = new Float64Array(kind.starts.length);
        kind.starts.set(starts);
        kind.ends.set(ends);
      }
      kind.starts.copyWithin(after + 1, after, kind.runs);
      kind.ends.copyWithin(after + 1, after, kind.runs);
      kind.starts[after] = n;
      kind.ends[after] = n;
      kind.runs++;
      kind.last = after;
    }
    return true;
  };

  return Object.freeze({
    kinds: () => kinds,
    add(id: CodeUnits, start: number, end: number, refund = false): number {
      let digitsAt = end;
      let n = 0;
      for (let scale = 1; digitsAt > start; scale *= 10) {
        const digit = (id[digitsAt - 1] as number) - 48;
        if (digit < 0 || digit > 9) break;
        n += digit * scale;
        digitsAt--;
      }
      const digits = end - digitsAt;
      if (digits === 0 || digits > MAX_DIGITS || digitsAt - start > MAX_PREFIX) return OTHER;
      // "007" and "7" differ: a padded number keeps its width in its kind
      const width = digits > 1 && id[digitsAt] === 48 ? digits : 0;
      const kind = kindOf(id, start, digitsAt, width, refund);
      if (kind === undefined) return OTHER;

      const { starts, ends } = kind;
      let before = kind.last;
      // the usual case: n is in or just after the run that took the last number
      if (!(before < kind.runs && (starts[before] as number) <= n && (before + 1 === kind.runs || n < (starts[before + 1] as number)))) {
        // the last run with start ≤ n, by binary search (-1 if none)
        let low = 0;
        let high = kind.runs;
        while (low < high) {
          const mid = (low + high) >>> 1;
          if ((starts[mid] as number) <= n) low = mid + 1;
          else high = mid;
        }
        before = low - 1;
      }
      if (before >= 0 && n <= (ends[before] as number)) return SEEN;
      if (kind.full) return OTHER;
      if (insert(kind, n, before)) return NEW;
      kind.full = true;
      return OTHER;
    },
  });
}

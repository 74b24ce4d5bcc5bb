import { LedgerError, type ErrorCode } from '../../errors.js';
import { fromUnits } from '../../money/from-units.js';
import type { Money } from '../../money/types.js';
import { compareText } from '../../_lib/text.js';
import { addAt, exactSums, sumAt } from './exact-sums.js';
import { compareRejections } from './rejection.js';
import type { RejectedRow, RejectedTally, SettleOptions } from '../settlement-types.js';

/** How many rejected rows a settlement keeps in full unless `keepRejected` says otherwise. */
export const DEFAULT_KEEP_REJECTED = 1000;

/**
 * Internal: where a settlement counts its rejected rows, in memory that does not grow with
 * them: a count and an exact sum per code, the first `keep` rows in full, and each row handed
 * to `onRejected` as it is found.
 */
export type RejectedRows = Readonly<{
  /**
   * Counts one rejected row with `code` and, if it has one, its amount in minor units; `row`
   * builds its entry, called only when the entry is kept or reported.
   */
  add(code: ErrorCode, units: number | undefined, row: () => RejectedRow): void;
  /** Counts `rows` rows of `code` whose amounts sum to `units`, already reported elsewhere (a merged shard). */
  addTally(code: ErrorCode, rows: number, units: number): void;
  /** Keeps `row` in full (a merged shard's kept row, already counted by addTally). */
  keep(row: RejectedRow): void;
  /** How many rows were rejected. */
  count(): number;
  /** Σ of their amounts in minor units (UNSAFE_AMOUNT beyond ±(2⁵³ − 1)). */
  units(): number;
  /** The kept rows, in the deterministic order of {@link compareRejections}. */
  kept(): readonly RejectedRow[];
  /** The tally per code, codes in alphabetical order, amounts as Money. */
  byCode(currency: string, scale: number): Readonly<Partial<Record<ErrorCode, RejectedTally>>>;
}>;

/** Internal: `options.keepRejected`, checked: a whole number ≥ 0 or Infinity (INVALID_OPTIONS otherwise). */
export function keepRejectedOf(options: Pick<SettleOptions, 'keepRejected'>): number {
  const keep = options.keepRejected === undefined ? DEFAULT_KEEP_REJECTED : options.keepRejected;
  if (keep === Infinity || (Number.isSafeInteger(keep) && keep >= 0)) return keep;
  const shown = typeof keep === 'string' ? JSON.stringify(keep) : String(keep);
  throw new LedgerError('INVALID_OPTIONS', `option keepRejected ${shown} is not allowed: a whole number ≥ 0, or Infinity to keep every rejected row`, {
    option: 'keepRejected',
  });
}

/** Internal: `options.onRejected`, checked: a function or undefined (INVALID_OPTIONS otherwise). */
export function onRejectedOf(options: Pick<SettleOptions, 'onRejected'>): ((row: RejectedRow) => void) | undefined {
  const { onRejected } = options;
  if (onRejected === undefined || typeof onRejected === 'function') return onRejected;
  throw new LedgerError('INVALID_OPTIONS', `option onRejected ${String(onRejected)} is not allowed: a function called with each rejected row`, {
    option: 'onRejected',
  });
}

/** Internal: an empty {@link RejectedRows} for the `keepRejected` and `onRejected` of `options`. */
export function createRejectedRows(options: Pick<SettleOptions, 'keepRejected' | 'onRejected'>): RejectedRows {
  const keep = keepRejectedOf(options);
  const onRejected = onRejectedOf(options);
  const kept: RejectedRow[] = [];
  // code → index of its row count in `rows`, and of its amount at 1 + index in `sums` (0: all codes)
  const codes = new Map<ErrorCode, number>();
  const rows: number[] = [];
  const sums = exactSums(8);
  let total = 0;

  const tally = (code: ErrorCode, count: number, units: number): void => {
    let at = codes.get(code);
    if (at === undefined) codes.set(code, (at = rows.push(0) - 1));
    rows[at] = (rows[at] as number) + count;
    addAt(sums, 0, units);
    addAt(sums, at + 1, units);
    total += count;
  };

  return Object.freeze({
    add(code: ErrorCode, units: number | undefined, row: () => RejectedRow) {
      tally(code, 1, units ?? 0);
      if (onRejected === undefined && kept.length >= keep) return;
      const entry = row();
      if (kept.length < keep) kept.push(entry);
      onRejected?.(entry);
    },
    addTally: tally,
    keep(row: RejectedRow) {
      kept.push(row);
    },
    count: () => total,
    units: () => sumAt(sums, 0, 'rejected gross'),
    kept: () => [...kept].sort(compareRejections),
    byCode(currency: string, scale: number) {
      const entries = [...codes].sort(([a], [b]) => compareText(a, b));
      const tallyOf = (code: ErrorCode, at: number): RejectedTally => {
        const amount: Money = fromUnits(sumAt(sums, at + 1, () => `rejected gross of ${code}`), currency, scale);
        return Object.freeze({ rows: rows[at] as number, amount });
      };
      return Object.freeze(Object.fromEntries(entries.map(([code, at]) => [code, tallyOf(code, at)])));
    },
  });
}

import { LedgerError } from '../errors.js';
import type { Credit } from '../royalty/credits.js';
import type { CreditsByTrack } from '../settlement/settlement-types.js';

/** One row of the credits table the warehouse queries read: a credit and its place in the track's list. */
export type CreditRow = Readonly<{ track_id: string; role: string; payee: string; share: number; position: number }>;

/**
 * The credits of every track as table rows (`track_id, role, payee, share, position`) for the
 * `credits` table of {@link settlementSql}: `position` is the credit's index in its track's list,
 * the tie-break after the rule's role order, as compileSplit orders entries. Load them with any
 * client (INSERT, COPY from a CSV, a DuckDB appender). Frozen.
 *
 * @example
 * creditsRows({ t1: [{ role: 'uploader', payee: 'ann', share: 1 }, { role: 'label', payee: 'rec', share: 2 }] })
 * // → [{ track_id: 't1', role: 'uploader', payee: 'ann', share: 1, position: 0 }, { track_id: 't1', role: 'label', payee: 'rec', share: 2, position: 1 }]
 */
export function creditsRows(credits: CreditsByTrack): readonly CreditRow[] {
  const tracks =
    credits instanceof Map
      ? [...(credits as ReadonlyMap<string, readonly Credit[]>)]
      : typeof credits === 'object' && credits !== null && !Array.isArray(credits)
        ? Object.entries(credits as Readonly<Record<string, readonly Credit[]>>)
        : undefined;
  if (tracks === undefined) {
    throw new LedgerError('INVALID_CREDITS', `credits ${String(credits)} is not allowed: track id → [{ role, payee, share }], as a plain object or a Map`, {});
  }
  const rows: CreditRow[] = [];
  for (const [track, list] of tracks) {
    if (!Array.isArray(list)) {
      throw new LedgerError('INVALID_CREDITS', `credits of track ${JSON.stringify(track)} are not allowed: an array of { role, payee, share }`, { track });
    }
    list.forEach(({ role, payee, share }: Credit, position) => rows.push(Object.freeze({ track_id: track, role, payee, share, position })));
  }
  return Object.freeze(rows);
}

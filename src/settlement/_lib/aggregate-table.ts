import { compareText } from '../../_lib/text.js';
import { addAt, exactSums, reserveSums, sumAt, type ExactSums } from './exact-sums.js';
import { createTrackIndex, type TrackIndex } from './track-index.js';

/**
 * Internal: the running gross and units of every (track, month), the only state of a
 * settlement besides duplicate detection; it grows with tracks × months only. Everything is in
 * flat typed arrays, for the cache: `slotOf[track × monthCapacity + month]` is 1 + the slot of
 * that track-month (0 until it sells), slots being handed out in first-sale order, and slot s
 * keeps its gross at 2s and its units at 2s + 1 of one {@link ExactSums} column, so that a sale
 * touches one cache line there.
 */
export type AggregateTable = {
  readonly tracks: TrackIndex;
  readonly months: string[];
  readonly monthIds: Map<string, number>;
  monthCapacity: number;
  slotOf: Int32Array;
  slots: number;
  readonly sums: ExactSums;
};

/**
 * Internal: every aggregate in minor units, as {@link tableTotals} lists them: aggregate a is
 * track number `tracks[a]` (in `names`) in month id `monthIds[a]` (in `months`). Parallel columns
 * rather than an object per aggregate, so that a settlement can keep them at a few bytes each.
 */
export type AggregateColumns = Readonly<{
  count: number;
  names: readonly string[];
  months: readonly string[];
  tracks: Int32Array;
  monthIds: Int32Array;
  gross: Float64Array;
  units: Float64Array;
}>;

/** Internal: an empty table for the given credited tracks. */
export function createAggregateTable(tracks: Iterable<string>): AggregateTable {
  const index = createTrackIndex([...tracks]);
  const monthCapacity = 8;
  return {
    tracks: index,
    months: [],
    monthIds: new Map(),
    monthCapacity,
    slotOf: new Int32Array(index.names.length * monthCapacity),
    slots: 0,
    sums: exactSums(),
  };
}

/** Internal: the id of month 'YYYY-MM' in `table`, assigned on first sight. */
export function monthIdOf(table: AggregateTable, month: string): number {
  let id = table.monthIds.get(month);
  if (id !== undefined) return id;
  id = table.months.push(month) - 1;
  table.monthIds.set(month, id);
  if (id >= table.monthCapacity) {
    // more months than room: lay the rows out again twice as wide
    const wider = new Int32Array(table.tracks.names.length * table.monthCapacity * 2);
    for (let track = 0; track < table.tracks.names.length; track++) {
      wider.set(table.slotOf.subarray(track * table.monthCapacity, (track + 1) * table.monthCapacity), track * table.monthCapacity * 2);
    }
    table.slotOf = wider;
    table.monthCapacity *= 2;
  }
  return id;
}

/** Internal: adds signed gross (minor units) and units to track number `track` in month `monthId`, in place. */
export function addToTable(table: AggregateTable, track: number, monthId: number, gross: number, units: number): void {
  const at = track * table.monthCapacity + monthId;
  let slot = (table.slotOf[at] as number) - 1;
  if (slot < 0) {
    slot = table.slots++;
    table.slotOf[at] = slot + 1;
    reserveSums(table.sums, slot * 2 + 2);
  }
  // the usual case, inline: both sums stay safe integers (a sum past the safe range, or
  // already kept as BigInt, reads NaN or unsafe here and goes through addAt)
  const { values } = table.sums;
  const nextGross = (values[slot * 2] as number) + gross;
  const nextUnits = (values[slot * 2 + 1] as number) + units;
  if (Number.isSafeInteger(nextGross) && Number.isSafeInteger(nextUnits)) {
    values[slot * 2] = nextGross;
    values[slot * 2 + 1] = nextUnits;
    return;
  }
  addAt(table.sums, slot * 2, gross);
  addAt(table.sums, slot * 2 + 1, units);
}

/** Internal: every aggregate, by track then month; UNSAFE_AMOUNT if one is beyond the safe range. */
export function tableTotals(table: AggregateTable): AggregateColumns {
  const { names } = table.tracks;
  const count = table.slots;
  const columns = {
    count,
    names,
    months: Object.freeze([...table.months]),
    tracks: new Int32Array(count),
    monthIds: new Int32Array(count),
    gross: new Float64Array(count),
    units: new Float64Array(count),
  };
  const months = table.months.map((month, id) => ({ month, id })).sort((a, b) => compareText(a.month, b.month));
  const tracks = names.map((name, number) => ({ name, number })).sort((a, b) => compareText(a.name, b.name));
  let a = 0;
  for (const { name: track, number } of tracks) {
    for (const { month, id } of months) {
      const slot = (table.slotOf[number * table.monthCapacity + id] as number) - 1;
      if (slot < 0) continue;
      columns.tracks[a] = number;
      columns.monthIds[a] = id;
      columns.gross[a] = sumAt(table.sums, slot * 2, () => `track ${JSON.stringify(track)} in ${month}`);
      columns.units[a] = sumAt(table.sums, slot * 2 + 1, () => `units of track ${JSON.stringify(track)} in ${month}`);
      a++;
    }
  }
  return columns;
}

import { compareText } from './compare-text.js';
import { addAt, exactSums, sumAt, type ExactSums } from './exact-sums.js';

/**
 * Internal: the running gross and units of every (track, month), the only state of a
 * settlement besides duplicate detection; it grows with tracks × months only. Each credited
 * track maps month ids to a slot of two flat {@link ExactSums} columns.
 */
export type AggregateTable = Readonly<{
  /** Credited track → slot of each month id (a hole until the track sells that month). */
  slotsByTrack: ReadonlyMap<string, number[]>;
  monthIds: Map<string, number>;
  months: string[];
  gross: ExactSums;
  units: ExactSums;
  size: { slots: number };
}>;

/** Internal: one aggregate in minor units, as {@link tableTotals} lists them. */
export type TrackMonthUnits = Readonly<{ track: string; month: string; gross: number; units: number }>;

/** Internal: an empty table for the given credited tracks. */
export function createAggregateTable(tracks: Iterable<string>): AggregateTable {
  return {
    slotsByTrack: new Map([...tracks].map((track) => [track, []])),
    monthIds: new Map(),
    months: [],
    gross: exactSums(),
    units: exactSums(),
    size: { slots: 0 },
  };
}

/** Internal: the id of month 'YYYY-MM' in `table`, assigned on first sight. */
export function monthIdOf(table: AggregateTable, month: string): number {
  let id = table.monthIds.get(month);
  if (id === undefined) {
    id = table.months.push(month) - 1;
    table.monthIds.set(month, id);
  }
  return id;
}

/** Internal: adds signed gross (minor units) and units to a track's month, in place. */
export function addToTable(table: AggregateTable, slots: number[], monthId: number, gross: number, units: number): void {
  let slot = slots[monthId];
  if (slot === undefined) slot = slots[monthId] = table.size.slots++;
  addAt(table.gross, slot, gross);
  addAt(table.units, slot, units);
}

/** Internal: every aggregate, by track then month; UNSAFE_AMOUNT if one is beyond the safe range. */
export function tableTotals(table: AggregateTable): TrackMonthUnits[] {
  const totals: TrackMonthUnits[] = [];
  const monthOrder = table.months.map((month, id) => ({ month, id })).sort((a, b) => compareText(a.month, b.month));
  const sold = [...table.slotsByTrack].filter(([, slots]) => slots.length > 0);
  for (const [track, slots] of sold.sort((a, b) => compareText(a[0], b[0]))) {
    for (const { month, id } of monthOrder) {
      const slot = slots[id];
      if (slot === undefined) continue;
      const what = `track ${JSON.stringify(track)} in ${month}`;
      totals.push({ track, month, gross: sumAt(table.gross, slot, what), units: sumAt(table.units, slot, `units of ${what}`) });
    }
  }
  return totals;
}

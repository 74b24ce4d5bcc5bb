/** Internal: credited track names and a lookup of their numbers, see {@link createTrackIndex}. */
export type TrackIndex = Readonly<{
  names: readonly string[];
  /** The number of the track named `text.slice(start, end)`, or -1 if it has no credits. */
  find(text: string, start: number, end: number): number;
}>;

/**
 * Internal: finds a credited track by a name read in place from any part of a string, without
 * slicing it out or hashing a fresh string into a Map (on the CSV hot path, that lookup and its
 * cache misses cost more than all the parsing). 32-bit FNV-1a over the UTF-16 code units picks
 * a slot of a compact Int32Array table (linear probing, load ≤ 1/2); the candidate's name is
 * then compared in place, so a hash collision can never confuse two tracks.
 */
export function createTrackIndex(names: readonly string[]): TrackIndex {
  const bits = Math.max(4, Math.ceil(Math.log2(names.length * 2 + 1)));
  const mask = (1 << bits) - 1;
  const table = new Int32Array(1 << bits).fill(-1);
  const home = (text: string, start: number, end: number): number => {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
  };
  names.forEach((name, number) => {
    let slot = home(name, 0, name.length);
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = number;
  });
  const find = (text: string, start: number, end: number): number => {
    for (let slot = home(text, start, end); ; slot = (slot + 1) & mask) {
      const number = table[slot] as number;
      if (number === -1) return -1;
      const name = names[number] as string;
      if (name.length === end - start && text.startsWith(name, start)) return number;
    }
  };
  return Object.freeze({ names, find });
}

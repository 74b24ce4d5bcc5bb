/** Internal: credited track names and a lookup of their numbers, see {@link createTrackIndex}. */
export type TrackIndex = Readonly<{
  names: readonly string[];
  /**
   * The number of the track named `text.slice(start, end)`, or -1 if it has no credits. Bytes
   * are read as ASCII: a name with any other byte is not found (decode it and look again).
   */
  find(text: string | Uint8Array, start: number, end: number): number;
}>;

/**
 * Internal: finds a credited track by a name read in place from any part of a string or of
 * ASCII bytes, without slicing it out or hashing a fresh string into a Map (on the CSV hot
 * path, that lookup and its cache misses cost more than all the parsing). 32-bit FNV-1a over
 * the UTF-16 code units (an ASCII byte being its own code unit) picks a slot of a compact
 * Int32Array table (linear probing, load ≤ 1/2); the candidate's name is then compared in
 * place, so a hash collision can never confuse two tracks.
 */
export function createTrackIndex(names: readonly string[]): TrackIndex {
  const bits = Math.max(4, Math.ceil(Math.log2(names.length * 2 + 1)));
  const mask = (1 << bits) - 1;
  const table = new Int32Array(1 << bits).fill(-1);
  // the home slot of a name, or -1 for bytes that are not all ASCII
  const home = (text: string | Uint8Array, start: number, end: number): number => {
    let hash = 0x811c9dc5;
    let units = 0;
    for (let i = start; i < end; i++) {
      const unit = typeof text === 'string' ? text.charCodeAt(i) : (text[i] as number);
      units |= unit;
      hash = Math.imul(hash ^ unit, 0x01000193);
    }
    return typeof text !== 'string' && units > 0x7f ? -1 : Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
  };
  const named = (name: string, text: string | Uint8Array, start: number): boolean => {
    if (typeof text === 'string') return text.startsWith(name, start);
    for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) !== text[start + i]) return false;
    return true;
  };
  names.forEach((name, number) => {
    let slot = home(name, 0, name.length);
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = number;
  });
  const find = (text: string | Uint8Array, start: number, end: number): number => {
    const first = home(text, start, end);
    for (let slot = first; first >= 0; slot = (slot + 1) & mask) {
      const number = table[slot] as number;
      if (number === -1) return -1;
      const name = names[number] as string;
      if (name.length === end - start && named(name, text, start)) return number;
    }
    return -1;
  };
  return Object.freeze({ names, find });
}

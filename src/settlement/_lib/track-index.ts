import { copyCodeUnits, type CodeUnits } from './code-units.js';

/** Internal: credited track names and a lookup of their numbers, see {@link createTrackIndex}. */
export type TrackIndex = Readonly<{
  names: readonly string[];
  /** The number of the track named `name`, or -1 if it has no credits. */
  find(name: string): number;
  /**
   * The number of the track named by the ASCII bytes `bytes[start, end)`, or -1 if it has no
   * credits. A name with any non-ASCII byte is not found: decode it and call `find`.
   */
  findBytes(bytes: Uint8Array, start: number, end: number): number;
}>;

/**
 * Internal: finds a credited track by its name, or by a name read in place from ASCII bytes,
 * without slicing it out or hashing a fresh string into a Map (on the CSV hot path, that
 * lookup and its cache misses cost more than all the parsing). 32-bit FNV-1a over the UTF-16
 * code units (an ASCII byte being its own code unit) picks a slot of a compact
 * Int32Array table (linear probing, load ≤ 1/2); the candidate's name is then compared unit by
 * unit, so a hash collision can never confuse two tracks. The names' code units sit end to end
 * in one typed array, so that a lookup touches a few cache lines rather than a string object.
 */
export function createTrackIndex(names: readonly string[]): TrackIndex {
  const bits = Math.max(4, Math.ceil(Math.log2(names.length * 2 + 1)));
  const mask = (1 << bits) - 1;
  const table = new Int32Array(1 << bits).fill(-1);
  const starts = new Int32Array(names.length + 1); // name k is units[starts[k], starts[k + 1])
  names.forEach((name, k) => (starts[k + 1] = (starts[k] as number) + name.length));
  const units = new Uint16Array(starts[names.length] as number);
  names.forEach((name, k) => {
    for (let i = 0; i < name.length; i++) units[(starts[k] as number) + i] = name.charCodeAt(i);
  });
  // code units of a name: bytes read in place, or a string copied into `scratch`
  let scratch: Uint16Array = new Uint16Array(64);

  // the home slot of a name, or -1 for bytes that are not all ASCII
  const home = (text: CodeUnits, start: number, end: number): number => {
    let hash = 0x811c9dc5;
    let seen = 0;
    for (let i = start; i < end; i++) {
      const unit = text[i] as number;
      seen |= unit;
      hash = Math.imul(hash ^ unit, 0x01000193);
    }
    return text instanceof Uint8Array && seen > 0x7f ? -1 : Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
  };
  const named = (k: number, text: CodeUnits, start: number, end: number): boolean => {
    const from = starts[k] as number;
    if ((starts[k + 1] as number) - from !== end - start) return false;
    for (let i = start; i < end; i++) if (units[from + i - start] !== text[i]) return false;
    return true;
  };
  const findUnits = (text: CodeUnits, start: number, end: number): number => {
    const first = home(text, start, end);
    for (let slot = first; first >= 0; slot = (slot + 1) & mask) {
      const k = table[slot] as number;
      if (k === -1) return -1;
      if (named(k, text, start, end)) return k;
    }
    return -1;
  };
  const find = (name: string): number => {
    scratch = copyCodeUnits(name, 0, name.length, scratch);
    return findUnits(scratch, 0, name.length);
  };
  names.forEach((_, k) => {
    let slot = home(units, starts[k] as number, starts[k + 1] as number);
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = k;
  });
  return Object.freeze({ names, find, findBytes: findUnits });
}

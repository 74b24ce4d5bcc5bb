import { type CodeUnits, copyCodeUnits, grown } from './code-units.js';
import { createNumberedIds, OTHER, type NumberedIdLimits, type NumberedKind } from './numbered-ids.js';

const INITIAL_BITS = 10;

/** Internal: where {@link fingerprint} writes its result, high half then low half. */
export const FINGERPRINT = new Uint32Array(2);

/**
 * Internal: the 64-bit FNV-1a fingerprint of the key (`id[start, end)`, sale or refund), into
 * {@link FINGERPRINT}; never (0, 0), which marks an empty slot. A refund's key takes one more
 * step with 0x10000, which is no code unit, so it is never a sale's key.
 */
export function fingerprint(id: CodeUnits, start: number, end: number, refund: boolean): void {
  // FNV-1a in two 32-bit halves: × prime 2⁴⁰ + 0x1b3 is × 0x1b3 plus the low half shifted 8
  // bits into the high half, plus the carry out of low × 0x1b3 (in 16-bit parts)
  let high = 0xcbf29ce4 | 0;
  let low = 0x84222325 | 0;
  const last = refund ? end + 1 : end;
  for (let i = start; i < last; i++) {
    low ^= i < end ? (id[i] as number) : 0x10000;
    const carry = ((low >>> 16) * 0x1b3 + (((low & 0xffff) * 0x1b3) >>> 16)) >>> 16;
    high = (Math.imul(high, 0x1b3) + (low << 8) + carry) | 0;
    low = Math.imul(low, 0x1b3);
  }
  FINGERPRINT[0] = high;
  FINGERPRINT[1] = high === 0 && low === 0 ? 1 : low;
}
const INITIAL_QUEUE = 256;

/** What {@link SeenIds.add} says: the id is NEW, was SEEN, or is QUEUED (see `addQueued`). */
export { NEW, SEEN } from './numbered-ids.js';
export const QUEUED = 2;

/**
 * Internal: duplicate detection, see {@link createSeenIds}. `add` records one id and says at
 * once whether it is NEW or SEEN, or QUEUES its fingerprint; `addQueued` then adds every queued
 * id in queue order, sets `fresh[i]` to 1 if queued id i was new and to 0 if not, and returns
 * how many were queued.
 */
export type SeenIds = Readonly<{
  add(id: string | Uint8Array, start: number, end: number, refund?: boolean): number;
  addQueued(): number;
  readonly fresh: Uint8Array;
  /** The numbered keys (see {@link createNumberedIds}), for comparing two sets. */
  kinds(): readonly NumberedKind[];
  /** How many keys are kept as fingerprints. */
  fingerprints(): number;
  /** Whether the fingerprint (`high`, `low`) of {@link fingerprint} is kept. */
  hasFingerprint(high: number, low: number): boolean;
  /** Calls `visit` with every kept fingerprint until it returns true; whether one did. */
  someFingerprint(visit: (high: number, low: number) => boolean): boolean;
}>;

/**
 * Internal: a compact set of sale ids for duplicate detection, the only per-sale memory of a
 * settlement. Its keys are (id, kind): a refund (`refund` true) may share its sale's id, once. Numbered ids ("s1", "INV-000123") are kept exactly, as runs of consecutive numbers
 * (see {@link createNumberedIds}): ids in sequence cost next to nothing. Any other id is kept as
 * its 64-bit FNV-1a fingerprint (over UTF-16 code units) in a typed-array open-addressing table
 * (linear probing, load ≤ 3/4, doubling): 8 bytes a slot, about 11–21 bytes a sale. Two
 * distinct such ids share a fingerprint with probability about n² / 2⁶⁵ over n sales
 * (≈ 3·10⁻⁸ for a million, ≈ 3·10⁻⁴ for a hundred million); the later one would then be
 * reported as DUPLICATE_SALE in `rejected`, visible rather than lost.
 * An id is `id.slice(start, end)` of a string, or of ASCII bytes (read in place by the CSV
 * path; an ASCII byte is its own code unit). A million sales make a 16 MiB table, so almost
 * every insertion is a cache miss: those ids are queued and added in one tight loop, where the
 * processor overlaps the misses, rather than one at a time between parsing the rest of a row.
 */
export function createSeenIds(limits?: NumberedIdLimits): SeenIds {
  const numbered = createNumberedIds(limits);
  let bits = INITIAL_BITS;
  let table = new Uint32Array(2 << bits);
  let size = 0;
  let queued = 0;
  let scratch: Uint16Array = new Uint16Array(64);
  let highs: Uint32Array = new Uint32Array(INITIAL_QUEUE);
  let lows: Uint32Array = new Uint32Array(INITIAL_QUEUE);
  let fresh = new Uint8Array(INITIAL_QUEUE);

  // Fibonacci hashing: the TOP bits of a multiplicative mix pick the slot, so that doubling the
  // table maps slot i to about 2i and rehashing writes almost sequentially (cache-friendly).
  const home = (high: number, low: number): number => Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits);

  // inserts into `target` unless there already; (0, 0) marks an empty slot
  const insert = (target: Uint32Array, high: number, low: number): boolean => {
    const mask = (1 << bits) - 1;
    for (let slot = home(high, low); ; slot = (slot + 1) & mask) {
      const h = target[slot * 2] as number;
      const l = target[slot * 2 + 1] as number;
      if (h === 0 && l === 0) {
        target[slot * 2] = high;
        target[slot * 2 + 1] = low;
        return true;
      }
      if (h === high && l === low) return false;
    }
  };

  // doubles the table until `count` more ids keep the load ≤ 3/4
  const reserve = (count: number): void => {
    while ((size + count) * 4 > 3 << bits) {
      const old = table;
      bits++;
      table = new Uint32Array(2 << bits);
      for (let i = 0; i < old.length; i += 2) {
        const h = old[i] as number;
        const l = old[i + 1] as number;
        if (h !== 0 || l !== 0) insert(table, h, l);
      }
    }
  };

  return Object.freeze({
    add(text, from, to, refund = false) {
      // a string is read as its code units, copied into `scratch`
      let id: CodeUnits;
      let start = from;
      let end = to;
      if (typeof text === 'string') {
        scratch = copyCodeUnits(text, from, to, scratch);
        id = scratch;
        start = 0;
        end = to - from;
      } else {
        id = text;
      }
      const verdict = numbered.add(id, start, end, refund);
      if (verdict !== OTHER) return verdict;
      if (queued === highs.length) {
        highs = grown(highs);
        lows = grown(lows);
        fresh = new Uint8Array(highs.length);
      }
      fingerprint(id, start, end, refund);
      highs[queued] = FINGERPRINT[0] as number;
      lows[queued] = FINGERPRINT[1] as number;
      queued++;
      return QUEUED;
    },
    addQueued() {
      const count = queued;
      queued = 0;
      reserve(count);
      for (let i = 0; i < count; i++) {
        const added = insert(table, highs[i] as number, lows[i] as number);
        fresh[i] = added ? 1 : 0;
        if (added) size++;
      }
      return count;
    },
    get fresh() {
      return fresh;
    },
    kinds: numbered.kinds,
    fingerprints: () => size,
    hasFingerprint(high, low) {
      const mask = (1 << bits) - 1;
      for (let slot = home(high, low); ; slot = (slot + 1) & mask) {
        const h = table[slot * 2] as number;
        const l = table[slot * 2 + 1] as number;
        if (h === high && l === low) return true;
        if (h === 0 && l === 0) return false;
      }
    },
    someFingerprint(visit) {
      for (let i = 0; i < table.length; i += 2) {
        const h = table[i] as number;
        const l = table[i + 1] as number;
        if ((h !== 0 || l !== 0) && visit(h, l)) return true;
      }
      return false;
    },
  });
}

const INITIAL_BITS = 10;
const TWO_POW_32 = 4_294_967_296;

/**
 * Internal: a compact set of sale ids for duplicate detection, the only per-sale memory of a
 * settlement. It stores no strings, only each id's 64-bit FNV-1a fingerprint (over UTF-16 code
 * units) in a typed-array open-addressing table (linear probing, load ≤ 3/4, doubling): 8 bytes
 * a slot, about 11–21 bytes a sale. Two distinct ids share a fingerprint with probability about
 * n² / 2⁶⁵ over n sales (≈ 3·10⁻⁸ for a million, ≈ 3·10⁻⁴ for a hundred million); the later
 * one would then be reported as DUPLICATE_SALE in `rejected`, visible rather than lost.
 * The returned function adds an id and tells whether it was new.
 */
export function createSeenIds(): (id: string) => boolean {
  let bits = INITIAL_BITS;
  let table = new Uint32Array(2 << bits);
  let size = 0;

  // Fibonacci hashing: the TOP bits of a multiplicative mix pick the slot, so that doubling the
  // table maps slot i to about 2i and rehashing writes almost sequentially (cache-friendly).
  const home = (high: number, low: number, bits: number): number => Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits);

  const insert = (target: Uint32Array, bits: number, high: number, low: number): boolean => {
    const mask = (1 << bits) - 1;
    for (let slot = home(high, low, bits); ; slot = (slot + 1) & mask) {
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

  const grow = (): void => {
    const old = table;
    bits++;
    table = new Uint32Array(2 << bits);
    for (let i = 0; i < old.length; i += 2) {
      const h = old[i] as number;
      const l = old[i + 1] as number;
      if (h !== 0 || l !== 0) insert(table, bits, h, l);
    }
  };

  return (id) => {
    // 64-bit FNV-1a in two 32-bit halves: × prime 2⁴⁰ + 0x1b3 is × 0x1b3 plus the low half
    // shifted 8 bits into the high half; every intermediate stays below 2⁵³, so it is exact.
    let high = 0xcbf29ce4;
    let low = 0x84222325;
    for (let i = 0; i < id.length; i++) {
      low = (low ^ id.charCodeAt(i)) >>> 0;
      const product = low * 0x1b3;
      high = (Math.imul(high, 0x1b3) + (low << 8) + Math.floor(product / TWO_POW_32)) >>> 0;
      low = product >>> 0;
    }
    if (high === 0 && low === 0) low = 1; // (0, 0) marks an empty slot
    if (!insert(table, bits, high, low)) return false;
    if (++size * 4 > 3 << bits) grow();
    return true;
  };
}

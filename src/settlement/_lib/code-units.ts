// Internal: strings and bytes read by the same loops — code units of a string, a string as ASCII
// bytes for the byte-level parsers, and typed arrays that grow.

/** Internal: the UTF-16 code units of a string, or ASCII bytes (each byte its own code unit). */
export type CodeUnits = Uint8Array | Uint16Array;

/**
 * Internal: copies the code units of `text.slice(from, to)` to the start of `scratch`, or of a
 * larger array when `scratch` is too short, and returns the array written (keep it for the next
 * call), so that strings and bytes are read by the same loops.
 */
export function copyCodeUnits(text: string, from: number, to: number, scratch: Uint16Array): Uint16Array {
  const units = to - from > scratch.length ? new Uint16Array((to - from) * 2) : scratch;
  for (let i = from; i < to; i++) units[i - from] = text.charCodeAt(i);
  return units;
}

const scratch = new Uint8Array(32);

/**
 * Internal: the code units of `text` as bytes, for the byte-level parsers of the CSV path, in a
 * buffer shared by every call (valid until the next one); a unit above 0x7F becomes 0xFF, which
 * no ASCII grammar accepts. Undefined when `text` is longer than `max` (at most 32) units.
 */
export function asciiBytes(text: string, max: number): Uint8Array | undefined {
  if (text.length > max) return undefined;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    scratch[i] = unit > 0x7f ? 0xff : unit;
  }
  return scratch.subarray(0, text.length);
}

type GrowableArray = Uint8Array | Int32Array | Uint32Array | Float64Array;

/**
 * Internal: a copy of the typed array `from` with room for at least `size` elements — at least
 * twice as long, so that growing one element at a time costs amortised constant time.
 */
export function grown<T extends GrowableArray>(from: T, size = 0): T {
  const to = new (from.constructor as new (length: number) => T)(Math.max(size, from.length * 2));
  to.set(from);
  return to;
}

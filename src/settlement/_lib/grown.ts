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

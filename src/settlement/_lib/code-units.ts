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

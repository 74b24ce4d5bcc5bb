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

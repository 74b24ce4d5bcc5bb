// ignoreBOM: a field is decoded as it stands; only the file's leading BOM is dropped (by the splitter)
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Internal: `bytes[start, end)` decoded as UTF-8, an invalid sequence becoming U+FFFD. Cut at
 * ASCII bytes, as the CSV reader cuts, UTF-8 decodes piece by piece exactly as it decodes whole.
 */
export const utf8Text = (bytes: Uint8Array, start: number, end: number): string => decoder.decode(bytes.subarray(start, end));

/** Internal: how a report shows a line of text: its first 80 UTF-16 code units, as a JSON string. */
export const shownLine = (text: string): string => JSON.stringify(text.slice(0, 80));

/**
 * Internal: {@link shownLine} of the line in `bytes[start, end)`, decoding no more than it shows
 * (320 bytes decode to at least 80 UTF-16 code units, whatever they are).
 */
export const shownBytes = (bytes: Uint8Array, start: number, end: number): string => shownLine(utf8Text(bytes, start, Math.min(end, start + 320)));

/**
 * Internal: where the first byte of `bytes[start, end)` that does not begin a valid UTF-8
 * sequence is (an overlong form, a surrogate, a truncated or stray byte), or -1 if the range is
 * valid UTF-8. Invalid text is refused rather than decoded to U+FFFD, which would make two
 * different ids ("\xFF1" and "\xFE1") one.
 */
export function invalidUtf8At(bytes: Uint8Array, start: number, end: number): number {
  for (let i = start; i < end; ) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const more = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (more === 0 || i + more >= end) return i; // not a lead byte, or cut short
    let point = lead & (0x3f >> more);
    for (let k = 1; k <= more; k++) {
      const next = bytes[i + k] as number;
      if ((next & 0xc0) !== 0x80) return i;
      point = (point << 6) | (next & 0x3f);
    }
    const least = more === 1 ? 0x80 : more === 2 ? 0x800 : 0x10000;
    if (point < least || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return i;
    i += more + 1;
  }
  return -1;
}

/** Internal: the reason a line that is not valid UTF-8 is refused, naming the first bad byte (see {@link invalidUtf8At}). */
export function invalidUtf8Reason(line: number, bytes: Uint8Array, start: number, end: number, at: number): string {
  const hex = (bytes[at] as number).toString(16).toUpperCase().padStart(2, '0');
  return `line ${line} is not valid UTF-8 (byte 0x${hex} at byte ${at - start + 1} of the line), so its fields cannot be read as written: ${shownBytes(bytes, start, end)}`;
}

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

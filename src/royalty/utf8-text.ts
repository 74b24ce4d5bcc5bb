// ignoreBOM: a field is decoded as it stands; only the file's leading BOM is dropped (by the splitter)
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Internal: `bytes[start, end)` decoded as UTF-8, an invalid sequence becoming U+FFFD. Cut at
 * ASCII bytes, as the CSV reader cuts, UTF-8 decodes piece by piece exactly as it decodes whole.
 */
export const utf8Text = (bytes: Uint8Array, start: number, end: number): string => decoder.decode(bytes.subarray(start, end));

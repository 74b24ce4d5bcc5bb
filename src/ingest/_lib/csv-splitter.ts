import { grown } from '../../settlement/_lib/code-units.js';
import { invalidUtf8At, invalidUtf8Reason, shownBytes, utf8Text } from './utf8-text.js';

/**
 * Internal: the longest record (bytes, line break excluded) the reader settles: a longer one is
 * MALFORMED_LINE however the input is chunked, so memory stays bounded on bad input.
 */
export const MAX_RECORD = 1 << 20;
/** Internal: how many field starts a plain line keeps (a sales CSV has at most 6 columns). */
export const FIELD_STARTS = 8;
/** Internal: the stride of {@link PlainLines.bounds}: the field starts, then the end. */
export const LINE_STRIDE = FIELD_STARTS + 1;

/**
 * Internal: the lines without quotes of one push, where they lie in `bytes` (overwritten by the
 * next push), so that the receiver can read their fields in place, without a string or an
 * object per line. Line r is on line `lines[r]` and has `fields[r]` fields; with
 * `f = min(fields[r], FIELD_STARTS)` and `at = r × LINE_STRIDE`, field k < f starts at
 * `bounds[at + k]` and ends 1 before `bounds[at + k + 1]`, and `bounds[at + f]` is 1 past the
 * line's end (line break excluded).
 */
export type PlainLines = Readonly<{ bytes: Uint8Array; count: number; lines: Int32Array; fields: Int32Array; bounds: Int32Array }>;

/**
 * Internal: where {@link createCsvSplitter} delivers its output. The first record is the
 * `header`, decoded. After it, the lines without quotes of each push come in one go as
 * {@link PlainLines}, after the push's quoted `record`s (decoded) and `malformed` lines, which
 * come one by one: the receiver merges them by line number.
 */
export type CsvSink = Readonly<{
  header(fields: string[], line: number): void;
  plain(lines: PlainLines): void;
  record(fields: string[], line: number): void;
  /** A line that cannot be split (MALFORMED_LINE), or a quoted record that is not valid UTF-8 (INVALID_ENCODING). */
  malformed(line: number, reason: string, code?: 'MALFORMED_LINE' | 'INVALID_ENCODING'): void;
}>;

const INCOMPLETE = 0;
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const BOM = [0xef, 0xbb, 0xbf];

type Parsed = { fields: string[]; next: number; newlines: number } | string | typeof INCOMPLETE;

/** Where the record at `from` ends by quote parity (RFC 4180): the index of its line feed, or -1 if not in `bytes`. */
function recordEnd(bytes: Uint8Array, from: number): number {
  let quoted = false;
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === QUOTE) quoted = !quoted;
    else if (c === LF && !quoted) return i;
  }
  return -1;
}

function countQuotes(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(QUOTE, from); at !== -1 && at < to; at = bytes.indexOf(QUOTE, at + 1)) count++;
  return count;
}

function countNewlines(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(LF, from); at !== -1 && at < to; at = bytes.indexOf(LF, at + 1)) count++;
  return count;
}

/** RFC 4180 record at `start` of a line holding a quote: fields, a malformed-line reason, or INCOMPLETE. */
function parseQuoted(bytes: Uint8Array, start: number, final: boolean): Parsed {
  const n = bytes.length;
  const fields: string[] = [];
  let newlines = 0;
  for (let i = start; ; ) {
    if (bytes[i] === QUOTE) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = bytes.indexOf(QUOTE, from);
        if (q === -1) return final ? 'has a quoted field that is never closed' : INCOMPLETE;
        if (q + 1 === n && !final) return INCOMPLETE; // the next chunk may start with the second quote of ""
        if (bytes[q + 1] === QUOTE) {
          value += utf8Text(bytes, from, q + 1);
          from = q + 2;
          continue;
        }
        value += utf8Text(bytes, from, q);
        newlines += countNewlines(bytes, i, q);
        i = q + 1;
        break;
      }
      fields.push(value);
      const c = bytes[i] as number;
      if (c === COMMA) {
        i++;
        continue;
      }
      if (i === n) return { fields, next: n, newlines };
      if (c === LF) return { fields, next: i + 1, newlines };
      if (c === CR && i + 1 === n) return final ? { fields, next: n, newlines } : INCOMPLETE;
      if (c === CR && bytes[i + 1] === LF) return { fields, next: i + 2, newlines };
      if (c > 0x7f && i + 4 > n && !final) return INCOMPLETE; // the character may end in the next chunk
      return `has ${JSON.stringify(utf8Text(bytes, i, Math.min(n, i + 4))[0])} after a closing quote`;
    }
    let j = i;
    for (; j < n; j++) {
      const c = bytes[j];
      if (c === COMMA || c === LF || c === QUOTE) break;
    }
    if (j < n && bytes[j] === QUOTE) return 'has a quote inside an unquoted field';
    if (j === n && !final) return INCOMPLETE;
    const atEnd = j === n || bytes[j] === LF;
    fields.push(utf8Text(bytes, i, atEnd && j > i && bytes[j - 1] === CR ? j - 1 : j));
    if (atEnd) return { fields, next: Math.min(j + 1, n), newlines };
    i = j + 1;
  }
}

/**
 * Internal: a streaming RFC 4180 splitter over UTF-8 bytes (comma-separated, fields optionally
 * in double quotes with "" for a quote and line breaks inside, LF or CRLF line ends, a leading
 * BOM dropped). `push` bytes as they arrive and `end` once; records are delivered with the
 * 1-based line they start on. A line without quotes takes the fast path: one loop over its
 * bytes notes where its fields start, and nothing is decoded (see {@link PlainLines}). A line that cannot be split
 * is delivered as malformed and parsing resumes on the next line, so no line is skipped
 * silently; a quoted record that is not valid UTF-8 is delivered as malformed with the code
 * INVALID_ENCODING. A record longer than `maxRecord` bytes (default {@link MAX_RECORD}, 1 MiB)
 * is malformed whatever the chunks, and skipped to its end by quote parity; so only an
 * unfinished record (≤ `maxRecord` bytes) is held between chunks.
 */
export function createCsvSplitter(sink: CsvSink, maxRecord = MAX_RECORD): Readonly<{ push(bytes: Uint8Array): void; end(): void }> {
  // one buffer for every chunk (so the caller may reuse its chunk, and no chunk is allocated
  // again): the unfinished record of the last push is `restLength` bytes from `restAt`
  let buffer = new Uint8Array(0);
  let restAt = 0;
  let restLength = 0;
  let line = 1;
  let atStart = true; // no byte seen yet, so a BOM may come
  let skipping = false; // inside an over-long record already reported
  let skippingQuoted = false; // …and inside a quoted field of it
  let headerRead = false;
  // the plain lines of the current push (see PlainLines)
  let count = 0;
  let lines: Int32Array = new Int32Array(256);
  let fieldCounts: Int32Array = new Int32Array(256);
  let bounds: Int32Array = new Int32Array(256 * LINE_STRIDE);

  // the line at `from`, as a report shows it
  const excerpt = (bytes: Uint8Array, from: number): string => {
    const nl = bytes.indexOf(LF, from);
    const end = nl === -1 ? bytes.length : nl;
    return shownBytes(bytes, from, end > from && bytes[end - 1] === CR ? end - 1 : end);
  };
  // shows the record's first `maxRecord` bytes at most: all that every chunking has at hand
  const tooLong = (bytes: Uint8Array, from: number): void => {
    const shown = excerpt(bytes.subarray(0, Math.min(bytes.length, from + maxRecord)), from);
    sink.malformed(line, `line ${line} is longer than ${maxRecord} bytes: ${shown}`);
  };

  // splits what it can, delivers the plain lines, and returns where the unfinished record
  // starts (bytes.length if none)
  const parse = (bytes: Uint8Array, final: boolean): number => {
    count = 0;
    const rest = split(bytes, final);
    if (count > 0) sink.plain({ bytes, count, lines, fields: fieldCounts, bounds });
    return rest;
  };

  const split = (bytes: Uint8Array, final: boolean): number => {
    const n = bytes.length;
    let pos = 0;
    if (atStart) {
      if (n < BOM.length && !final && BOM.slice(0, n).every((b, i) => bytes[i] === b)) return 0;
      atStart = false;
      if (BOM.every((b, i) => bytes[i] === b)) pos = BOM.length;
    }
    if (skipping) {
      let at = pos;
      for (; at < n; at++) {
        const c = bytes[at];
        if (c === QUOTE) skippingQuoted = !skippingQuoted;
        else if (c === LF && !skippingQuoted) break;
        else if (c === LF) line++;
      }
      if (at === n) return n;
      skipping = false;
      pos = at + 1;
    }
    while (pos < n) {
      // one pass over a plain line: where its fields start, up to its end or a quote
      if (count === lines.length) {
        lines = grown(lines, count + 1);
        fieldCounts = grown(fieldCounts, count + 1);
        bounds = grown(bounds, (count + 1) * LINE_STRIDE);
      }
      const at = count * LINE_STRIDE;
      let fields = 1;
      bounds[at] = pos;
      let i = pos;
      for (; i < n; i++) {
        const c = bytes[i] as number;
        if (c > COMMA) continue;
        if (c === COMMA) {
          if (fields < FIELD_STARTS) bounds[at + fields] = i + 1;
          fields++;
        } else if (c === LF || c === QUOTE) {
          break;
        }
      }
      // a plain line ends at a line break, or at the end of the input
      if ((i < n && bytes[i] === LF) || (i === n && final)) {
        const end = i > pos && bytes[i - 1] === CR ? i - 1 : i;
        if (end - pos > maxRecord) {
          tooLong(bytes, pos);
        } else if (headerRead) {
          bounds[at + Math.min(fields, FIELD_STARTS)] = end + 1;
          fieldCounts[count] = fields;
          lines[count++] = line;
        } else {
          sink.header(utf8Text(bytes, pos, end).split(','), line);
          headerRead = true;
        }
        line++;
        pos = i < n ? i + 1 : n;
        continue;
      }
      // a line with a quote, or unfinished: its record ends at the first line feed outside quotes
      const stop = recordEnd(bytes, pos);
      if (stop === -1 && !final) {
        if (n - pos <= maxRecord + 1) break; // a CR may yet end it
        tooLong(bytes, pos);
        line += 1 + countNewlines(bytes, pos, n);
        skipping = true;
        skippingQuoted = countQuotes(bytes, pos, n) % 2 === 1;
        return n;
      }
      const recordStop = stop === -1 ? n : stop;
      if ((recordStop > pos && bytes[recordStop - 1] === CR ? recordStop - 1 : recordStop) - pos > maxRecord) {
        tooLong(bytes, pos);
        line += 1 + countNewlines(bytes, pos, recordStop);
        pos = stop === -1 ? n : stop + 1;
        continue;
      }
      const nl = i < n ? bytes.indexOf(LF, i) : -1;
      const parsed = parseQuoted(bytes, pos, final);
      if (parsed === INCOMPLETE) break; // within the limit: wait for the next chunk
      if (typeof parsed === 'string') {
        // report the line and resume right after it: the stray quote's line is the bad one
        sink.malformed(line, `line ${line} ${parsed}: ${excerpt(bytes, pos)}`);
        line++;
        pos = nl === -1 ? n : nl + 1;
        continue;
      }
      const bad = invalidUtf8At(bytes, pos, parsed.next);
      if (bad >= 0) sink.malformed(line, invalidUtf8Reason(line, bytes, pos, parsed.next, bad), 'INVALID_ENCODING');
      else if (headerRead) sink.record(parsed.fields, line);
      else sink.header(parsed.fields, line);
      headerRead = true;
      line += 1 + parsed.newlines;
      pos = parsed.next;
    }
    return pos;
  };

  return Object.freeze({
    push(bytes: Uint8Array) {
      // the unfinished record moves to the front only now: the last push's lines have been read
      buffer.copyWithin(0, restAt, restAt + restLength);
      const n = restLength + bytes.length;
      if (n > buffer.length) buffer = grown(buffer, n); // the rest is already at the front
      buffer.set(bytes, restLength);
      restAt = parse(buffer.subarray(0, n), false);
      restLength = n - restAt;
    },
    end() {
      parse(buffer.subarray(restAt, restAt + restLength), true);
      restLength = 0;
    },
  });
}

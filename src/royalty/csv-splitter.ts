/**
 * Internal: where {@link createCsvSplitter} delivers its output. A line without quotes comes as
 * a range of the buffer (`text.slice(start, end)`, line end excluded) so that the receiver can
 * cut its fields out directly; a record with quoted fields comes as its unquoted fields.
 */
export type CsvSink = Readonly<{
  plain(text: string, start: number, end: number, line: number): void;
  record(fields: string[], line: number): void;
  malformed(line: number, reason: string): void;
}>;

// An unfinished record longer than this is reported, so memory stays bounded on bad input.
const MAX_RECORD = 1 << 20;
const INCOMPLETE = 0;
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

type Parsed = { fields: string[]; next: number; newlines: number } | string | typeof INCOMPLETE;

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** RFC 4180 record at `start` of a line holding a quote: fields, a malformed-line reason, or INCOMPLETE. */
function parseQuoted(buffer: string, start: number, final: boolean): Parsed {
  const n = buffer.length;
  const fields: string[] = [];
  let newlines = 0;
  for (let i = start; ; ) {
    if (buffer.charCodeAt(i) === QUOTE) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = buffer.indexOf('"', from);
        if (q === -1) return final ? 'has a quoted field that is never closed' : INCOMPLETE;
        if (q + 1 === n && !final) return INCOMPLETE; // the next chunk may start with the second quote of ""
        if (buffer.charCodeAt(q + 1) === QUOTE) {
          value += buffer.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += buffer.slice(from, q);
        newlines += countNewlines(buffer, i, q);
        i = q + 1;
        break;
      }
      fields.push(value);
      const c = buffer.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (i === n) return { fields, next: n, newlines };
      if (c === LF) return { fields, next: i + 1, newlines };
      if (c === CR && i + 1 === n) return final ? { fields, next: n, newlines } : INCOMPLETE;
      if (c === CR && buffer.charCodeAt(i + 1) === LF) return { fields, next: i + 2, newlines };
      return `has ${JSON.stringify(buffer[i])} after a closing quote`;
    }
    let j = i;
    for (; j < n; j++) {
      const c = buffer.charCodeAt(j);
      if (c === COMMA || c === LF || c === QUOTE) break;
    }
    if (j < n && buffer.charCodeAt(j) === QUOTE) return 'has a quote inside an unquoted field';
    if (j === n && !final) return INCOMPLETE;
    const atEnd = j === n || buffer.charCodeAt(j) === LF;
    fields.push(buffer.slice(i, atEnd && j > i && buffer.charCodeAt(j - 1) === CR ? j - 1 : j));
    if (atEnd) return { fields, next: Math.min(j + 1, n), newlines };
    i = j + 1;
  }
}

/**
 * Internal: a streaming RFC 4180 splitter (comma-separated, fields optionally in double quotes
 * with "" for a quote and line breaks inside, LF or CRLF line ends). `push` text as it arrives
 * and `end` once; records are delivered with the 1-based line they start on. Lines without a
 * quote take a fast path (indexOf, no per-character loop, no regex). A line that
 * cannot be split is delivered as malformed and parsing resumes on the next line, so no line
 * is skipped silently; only an unfinished record (≤ 1 MiB) is held between chunks.
 */
export function createCsvSplitter(sink: CsvSink): Readonly<{ push(text: string): void; end(): void }> {
  let rest = '';
  let line = 1;
  let skipping = false; // inside an over-long line already reported

  const excerpt = (buffer: string, from: number): string => {
    const nl = buffer.indexOf('\n', from);
    const text = buffer.slice(from, nl === -1 ? Math.min(buffer.length, from + 80) : Math.min(nl, from + 80));
    return JSON.stringify(text.endsWith('\r') ? text.slice(0, -1) : text);
  };

  const parse = (buffer: string, final: boolean): string => {
    const n = buffer.length;
    let pos = 0;
    if (skipping) {
      const nl = buffer.indexOf('\n');
      if (nl === -1) return '';
      skipping = false;
      pos = nl + 1;
    }
    let quote = -1; // next '"' at or after pos (n if none), recomputed once passed
    while (pos < n) {
      let nl = buffer.indexOf('\n', pos);
      if (nl === -1) {
        if (!final) {
          if (n - pos > MAX_RECORD) {
            sink.malformed(line, `line ${line} is longer than ${MAX_RECORD} characters: ${excerpt(buffer, pos)}`);
            line++;
            skipping = true;
            return '';
          }
          break;
        }
        nl = n;
      }
      if (quote < pos) {
        quote = buffer.indexOf('"', pos);
        if (quote === -1) quote = n;
      }
      if (quote >= nl) {
        const end = nl > pos && buffer.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        sink.plain(buffer, pos, end, line++);
        pos = nl + 1;
        continue;
      }
      let parsed = parseQuoted(buffer, pos, final);
      if (parsed === INCOMPLETE) {
        if (n - pos <= MAX_RECORD) break;
        parsed = `has a quoted field still open after ${MAX_RECORD} characters`;
      }
      if (typeof parsed === 'string') {
        // report the line and resume right after it: the stray quote's line is the bad one
        sink.malformed(line, `line ${line} ${parsed}: ${excerpt(buffer, pos)}`);
        line++;
        pos = nl + 1;
        continue;
      }
      sink.record(parsed.fields, line);
      line += 1 + parsed.newlines;
      pos = parsed.next;
    }
    return pos >= n ? '' : buffer.slice(pos);
  };

  return Object.freeze({
    push(text: string) {
      rest = parse(rest + text, false);
    },
    end() {
      parse(rest, true);
      rest = '';
    },
  });
}

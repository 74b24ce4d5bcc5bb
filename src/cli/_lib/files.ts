// Internal: the files a command reads and writes — the streams it is given, JSON input with the
// line and column of a syntax error, real paths, and output files written whole or not at all.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { readFile, realpath, access, chmod, constants, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LedgerError, type ErrorCode, isLedgerError } from '../../errors.js';
import { csvLine, type CsvValue } from './listing.js';

/** Where a command writes: anything with `write(text)`, so tests pass string collectors. */
export type Writer = Readonly<{ write(chunk: string): unknown }>;

/**
 * A command's outside world: its two output streams, and whether stderr is a terminal (progress
 * bars are drawn only then, so pipes and logs stay clean).
 */
export type CliIo = Readonly<{ stdout: Writer; stderr: Writer; isTTY: boolean }>;

/** A CLI command: arguments after the command name in, exit code out (0 ok, 1 failure, 2 usage). */
export type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * Reads and parses a JSON file. A syntax error becomes a LedgerError with `code` and
 * `details.file`, `line` and `column`, so the CLI can say where the file goes wrong.
 */
export async function readJsonFile(file: string, code: ErrorCode): Promise<unknown> {
  // named, as every read error is: a directory given as the file fails without a path
  const text = await readFile(file, 'utf8').catch((error: unknown) => Promise.reject(Object.assign(error as Error, { path: file })));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const offset = jsonErrorOffset(text);
    const found = offset < text.length ? JSON.stringify(text[offset]) : 'end of file';
    throw new LedgerError(code, `not valid JSON: unexpected ${found}`, { file, ...lineAndColumn(text, offset) });
  }
}

// Sticky patterns for JSON's leaf tokens, matched in place (no slicing of large files).
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const SPACE = /[ \t\n\r]*/y;

/**
 * Where the first JSON syntax error in `text` is, as a UTF-16 offset (-1 when the text is valid
 * JSON). `JSON.parse` names the position only for some errors in Node 20; this names it always,
 * so a bad file can be reported by line and column.
 *
 * @example
 * jsonErrorOffset('[{"role": "lyricist" "payee": "ann"}]') // → 21
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  const skip = (char: string): boolean => {
    match(SPACE);
    if (text[at] !== char) return false;
    at++;
    return true;
  };
  // A comma-separated sequence up to `close`, each item read by `item`.
  const sequence = (close: string, item: () => boolean): boolean => {
    if (skip(close)) return true;
    do if (!item()) return false;
    while (skip(','));
    return skip(close);
  };
  const value = (): boolean => {
    match(SPACE);
    if (skip('{')) return sequence('}', () => (match(SPACE), match(STRING)) && skip(':') && value());
    if (skip('[')) return sequence(']', value);
    return match(STRING) || match(LITERAL);
  };
  const valid = value() && (match(SPACE), at === text.length);
  return valid ? -1 : at;
}

/**
 * The 1-based line and column of an offset in a text, for `file:line:column` error messages.
 *
 * @example
 * lineAndColumn('[\n  {"a" 1}\n]', 9) // → { line: 2, column: 8 }
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * The real path a file name denotes, links and `./` spellings resolved: of the file when it
 * exists, else of its directory joined with its base name (a file about to be created), so two
 * spellings of one file compare equal. Rejects, as `realpath` does, when the directory is missing.
 *
 * @example
 * await realTarget('/tmp/./not-yet-written.csv') // → '/tmp/not-yet-written.csv'
 */
export async function realTarget(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (error) {
    // 'new-folder/' names a folder to be, not a file: that stays an error
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || /[\\/]$/.test(file)) throw error;
    return join(await realpath(dirname(file)), basename(file));
  }
}

/**
 * An output being written, see {@link createOutputFile}: CSV records are appended as they come,
 * and the target shows them only after `commit()`; `discard()` leaves it as it was.
 */
export type OutputFile = Readonly<{
  /** The path as the user gave it, for messages. */
  name: string;
  /** Appends one CSV record; false when the disk falls behind and `drained()` should be awaited. */
  append(values: readonly CsvValue[]): boolean;
  drained(): Promise<void>;
  /** Writes out and closes what was appended: a full disk or an I/O error shows here, before any rename. */
  finish(): Promise<void>;
  /** Renames the finished temporary file over the target (finishing it first if need be). */
  commit(): Promise<void>;
  /** Drops what was written (synchronous, so a signal handler can call it). */
  discard(): void;
}>;

// The outputs not yet committed or discarded: what an interrupt must clean up.
const pending = new Set<OutputFile>();

/** Marks a file-system error as one met writing `name`, so that reportError says "cannot write name". */
const whileWriting = (error: unknown, name: string): Error => Object.assign(error as Error, { writing: true, path: name });

// A target that exists and is not a regular file (a terminal, /dev/null, a pipe) is written in
// place: it cannot be replaced by renaming, and there is nothing in it to keep.
async function inPlace(target: string): Promise<boolean> {
  const stats = await stat(target).catch(() => undefined);
  if (stats?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${target}`), { code: 'EISDIR' });
  return stats !== undefined && !stats.isFile();
}

/**
 * Opens an output of a command. A file is written to a temporary file beside its real path (links
 * followed) and renamed over it only by `commit()`, so a failed or interrupted run never leaves
 * an earlier file emptied or half-written, and no temporary file behind. `-` writes to `stdout`.
 *
 * @example
 * let printed = '';
 * const output = await createOutputFile('-', { write: (text: string) => (printed += text) });
 * output.append(['month', 'payee', 'amount']);
 * output.append(['2013-08', 'ann', '4.50']);
 * await output.commit();
 * printed // → 'month,payee,amount\n2013-08,ann,4.50\n'
 */
export async function createOutputFile(name: string, stdout: Writer): Promise<OutputFile> {
  if (name === '-') {
    return Object.freeze({
      name,
      append: (values: readonly CsvValue[]) => (stdout.write(csvLine(values)), true),
      drained: async () => undefined,
      finish: async () => undefined,
      commit: async () => undefined,
      discard: () => undefined,
    });
  }
  let temp: string | undefined;
  let target: string;
  let out: WriteStream;
  try {
    target = await realTarget(name);
    const direct = await inPlace(target);
    // a file one may not write is not replaced either (renaming could, the directory permitting)
    await access(target, constants.W_OK).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
    const path = direct ? target : join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    // flushed to the disk before it is closed, so the rename never exposes a file still in the cache
    out = createWriteStream(path, { flags: direct ? 'w' : 'wx', flush: !direct });
    await Promise.race([once(out, 'open'), once(out, 'error').then(([error]) => Promise.reject(error))]);
    temp = direct ? undefined : path; // ours to remove only once created: 'wx' never opens a file that was there
  } catch (error) {
    throw whileWriting(error, name);
  }
  const failed = once(out, 'error').then(([error]) => Promise.reject(whileWriting(error, name)));
  failed.catch(() => undefined);
  let closed: Promise<void> | undefined;
  const file: OutputFile = Object.freeze({
    name,
    append: (values: readonly CsvValue[]) => out.write(csvLine(values)),
    drained: async () => {
      if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), failed]);
    },
    finish: async () => {
      closed ??= (out.end(), Promise.race([once(out, 'close'), failed]).then(() => undefined));
      try {
        await closed;
      } catch (error) {
        file.discard();
        throw error;
      }
    },
    commit: async () => {
      await file.finish();
      try {
        if (temp !== undefined) await rename(temp, target);
      } catch (error) {
        file.discard();
        throw whileWriting(error, name);
      }
      pending.delete(file);
    },
    discard: () => {
      pending.delete(file);
      out.destroy();
      if (temp !== undefined) removeQuietly(temp);
    },
  });
  // registered before anything else is awaited, so an interrupt from here on removes the file
  pending.add(file);
  try {
    // a replaced file keeps its permissions; a new one gets the umask's
    const replaced = temp === undefined ? undefined : await stat(target).catch(() => undefined);
    if (temp !== undefined && replaced !== undefined) await chmod(temp, replaced.mode & 0o7777);
  } catch (error) {
    file.discard();
    throw whileWriting(error, name);
  }
  return file;
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone, or never created
  }
}

/** Discards every output not yet committed: what an interrupt (or a closed stdout) does before the process exits. */
export function discardPendingOutputs(): void {
  for (const file of [...pending]) file.discard();
}

// The codes of errors that are about the credits, whichever function found them.
const CREDIT_CODES: ReadonlySet<ErrorCode> = new Set(['INVALID_CREDITS', 'UNKNOWN_ROLE', 'MISSING_ROLE']);

/**
 * An error about the credits, named after the file they came from (so reportError prints
 * `credits.json: …`); any other error as it is.
 *
 * @example
 * inCreditsFile(new LedgerError('MISSING_ROLE', 'no credit for role "label"'), 'credits.json').details.file // → 'credits.json'
 */
export function inCreditsFile(error: unknown, file: string): unknown {
  if (!isLedgerError(error) || 'file' in error.details) return error;
  if (!CREDIT_CODES.has(error.code) && error.details.option !== 'credits') return error;
  return new LedgerError(error.code, error.message, { ...error.details, file });
}

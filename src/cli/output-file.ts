import { randomBytes } from 'node:crypto';
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { access, chmod, constants, rename, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { csvLine, type CsvValue } from './csv.js';
import type { Writer } from './io.js';
import { realTarget } from './real-path.js';

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

import { readFile } from 'node:fs/promises';
import { LedgerError, type ErrorCode } from '../errors.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { lineAndColumn } from './line-and-column.js';

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

import { isLedgerError, type ErrorCode } from '../errors.js';
import { usageError } from './args.js';
import { inCliWords } from './_lib/text.js';
import type { CliIo } from './_lib/files.js';

// What a file-system error means for the file it names, for people.
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EFBIG: 'the file is too large',
  EIO: 'an input/output error of the device',
  EROFS: 'the file system is read-only',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
};

/** The query errors that mean an option value was mistyped: usage mistakes, exit 2. */
export const QUERY_OPTION_CODES: ReadonlySet<ErrorCode> = new Set([
  'UNKNOWN_KIND',
  'UNKNOWN_ROLE',
  'UNKNOWN_STATUS',
  'UNKNOWN_METRIC',
  'INVALID_DATE',
  'INVERTED_RANGE',
  'INVALID_QUERY',
]);

function suggestionLines(suggestions: unknown, none = ''): string {
  if (!Array.isArray(suggestions) || suggestions.length === 0) return none;
  return `did you mean one of these?\n${suggestions.map((s) => `  ${String(s)}\n`).join('')}`;
}

/**
 * Turns an error thrown by a command into words for people and an exit code: `usageCodes`
 * (bad option values) print the usage and give 2; other library errors give 1, with the nearest
 * entity names for `UNKNOWN_ENTITY` and a `file:line:column:` prefix when the error locates
 * itself in a file; a file that cannot be read or written gives 1 naming it. Anything else
 * is a bug and is rethrown.
 */
export function reportError(io: CliIo, error: unknown, usage: string, usageCodes: ReadonlySet<ErrorCode> = new Set()): number {
  if (isLedgerError(error)) {
    // The library prefixes the function name ('dealsBy: …'), which means nothing on the command line.
    const message = inCliWords(error.message.replace(/^\w+: /, ''));
    if (usageCodes.has(error.code)) return usageError(io, usage, message);
    const { file, line, column, value, suggestions } = error.details;
    if (error.code === 'UNKNOWN_ENTITY') {
      io.stderr.write(`error: no entity is named ${JSON.stringify(value)}\n${suggestionLines(suggestions, 'and none has a similar name\n')}`);
      return 1;
    }
    const where = typeof file === 'string' ? [file, line, column].filter((part) => part !== undefined).join(':') + ': ' : 'error: ';
    io.stderr.write(`${where}${message}\n${suggestionLines(suggestions)}`);
    return 1;
  }
  const { code, path, writing } = (error ?? {}) as { code?: unknown; path?: unknown; writing?: unknown };
  if (typeof code === 'string' && typeof path === 'string' && code in REASONS) {
    io.stderr.write(`error: cannot ${writing === true ? 'write' : 'read'} ${path}: ${REASONS[code]}\n`);
    return 1;
  }
  throw error;
}

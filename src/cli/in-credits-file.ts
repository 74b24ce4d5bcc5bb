import { isLedgerError, LedgerError, type ErrorCode } from '../errors.js';

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

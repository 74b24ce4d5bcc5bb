/**
 * Every error the library throws (or reports for a rejected row) carries one of these stable
 * codes. Codes are part of the public contract: add new ones, never rename or remove one.
 */
export const ERROR_CODES = /* @__PURE__ */ Object.freeze([
  // queries over the dataset
  'UNKNOWN_ENTITY',
  'UNKNOWN_KIND',
  'UNKNOWN_ROLE',
  'UNKNOWN_STATUS',
  'UNKNOWN_METRIC',
  'INVALID_QUERY',
  'INVALID_DATE',
  'INVERTED_RANGE',
  'AMBIGUOUS_ENTITY',
  'UNKNOWN_SOURCE',
  // money
  'INVALID_AMOUNT',
  'TOO_MANY_DECIMALS',
  'UNSAFE_AMOUNT',
  'UNKNOWN_CURRENCY',
  'CURRENCY_MISMATCH',
  'INVALID_WEIGHTS',
  // rules and splits
  'INVALID_RULE',
  'INVALID_PRICE',
  'PRICE_ABOVE_CAP',
  'INVALID_CREDITS',
  'MISSING_ROLE',
  // settlement rows
  'UNKNOWN_TRACK',
  'DUPLICATE_SALE',
  'INVALID_TIMESTAMP',
  'NAIVE_TIMESTAMP',
  'INVALID_QUANTITY',
  'INVALID_ROW',
  'MALFORMED_LINE',
  'INVALID_HEADER',
  'INVALID_OPTIONS',
  'INVALID_ENCODING',
  'OVERLAPPING_SHARDS',
  // optional engines
  'MISSING_DEPENDENCY',
] as const);

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The one error type of the library: `code` is stable and machine-readable, `message` is for
 * people and names the offending value and what is allowed, `details` holds the values.
 *
 * @example
 * money('0.805', 'CNY') // → throws TOO_MANY_DECIMALS
 */
export class LedgerError extends Error {
  override readonly name = 'LedgerError';
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/**
 * Whether a caught value is a {@link LedgerError}, optionally with a given code.
 *
 * @example
 * isLedgerError(new LedgerError('UNKNOWN_ENTITY', 'no entity "Alibab"'), 'UNKNOWN_ENTITY') // → true
 */
export function isLedgerError(error: unknown, code?: ErrorCode): error is LedgerError {
  return error instanceof LedgerError && (code === undefined || error.code === code);
}

import type { ErrorCode } from '../../errors.js';
import type { Money } from '../../money/types.js';
import { compareText, showValue } from '../../_lib/text.js';
import type { RejectedRow } from '../settlement-types.js';

const ROW_KEYS = ['id', 'track', 'soldAt', 'price', 'quantity', 'kind', 'month', 'gross', 'units'] as const;

function jsonSafe(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'object') {
    const { amount, currency, scale } = value as Partial<Money>;
    if (typeof amount === 'number' && Number.isFinite(amount) && typeof currency === 'string' && typeof scale === 'number') {
      return Object.freeze({ amount, currency, scale });
    }
  }
  // String() throws for an object without a prototype; such a value is shown as JSON
  try {
    return String(value);
  } catch {
    return showValue(value);
  }
}

/**
 * Internal: a frozen, JSON-safe rejected-row entry. `row` copies the input's known fields
 * (non-JSON values as strings), if it has any, so the report stands alone.
 */
export function rejection(input: unknown, code: ErrorCode, reason: string, amount?: Money): RejectedRow {
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : undefined;
  const entry: { -readonly [K in keyof RejectedRow]: RejectedRow[K] } = {
    ...(typeof fields?.id === 'string' && { id: fields.id }),
    ...(typeof fields?.line === 'number' && { line: fields.line }),
    code,
    reason,
    ...(amount && { amount }),
  };
  if (fields !== undefined) {
    const row: Record<string, unknown> = {};
    for (const key of ROW_KEYS) if (fields[key] !== undefined) row[key] = jsonSafe(fields[key]);
    if (Object.keys(row).length > 0) entry.row = Object.freeze(row);
  } else {
    entry.row = Object.freeze({ value: jsonSafe(input) });
  }
  return Object.freeze(entry);
}

/**
 * Internal: the deterministic order of rejected rows — by line (rows without one last), id,
 * code, reason, then their JSON — so that any order of the input gives the same list.
 */
export function compareRejections(a: RejectedRow, b: RejectedRow): number {
  return (
    (a.line ?? Infinity) - (b.line ?? Infinity) ||
    compareText(a.id ?? '', b.id ?? '') ||
    compareText(a.code, b.code) ||
    compareText(a.reason, b.reason) ||
    compareText(JSON.stringify(a), JSON.stringify(b))
  );
}

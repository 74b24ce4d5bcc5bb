import type { ErrorCode } from '../errors.js';
import type { Money } from '../money/types.js';
import type { Credits } from '../royalty/credits.js';
import type { RoyaltyRule } from '../royalty/rule-types.js';

/**
 * One sale (or refund) to settle. `price` is the unit price, always positive: a refund is
 * `kind: 'refund'` with the price of the sale it reverses, and subtracts. `quantity` defaults
 * to 1 and must be a positive integer. `soldAt` must carry its offset (`Z` or `±HH:MM`).
 */
export type SaleRow = Readonly<{
  id: string;
  track: string;
  soldAt: string;
  price: string | number | Money;
  quantity?: number;
  kind?: 'sale' | 'refund';
}>;

/**
 * A data line of a sales CSV as {@link readSalesCsv} yields it: the fields as text, untouched,
 * and the line's 1-based number (the header is line 1). Empty `quantity`/`kind` fields are left
 * out. {@link settleMonthly} parses and checks the fields.
 */
export type CsvSaleRow = Readonly<{
  line: number;
  id: string;
  track: string;
  soldAt: string;
  price: string;
  quantity?: string;
  kind?: string;
}>;

/**
 * A CSV line that could not be split into the header's fields (MALFORMED_LINE), or that is not
 * valid UTF-8 (INVALID_ENCODING), reported instead of skipped.
 */
export type MalformedLine = Readonly<{ line: number; code: 'MALFORMED_LINE' | 'INVALID_ENCODING'; reason: string }>;

/** What {@link readSalesCsv} yields. */
export type SalesCsvRow = CsvSaleRow | MalformedLine;

/** Track id → credits of the track, as a plain object or a Map. */
export type CreditsByTrack = Readonly<Record<string, Credits>> | ReadonlyMap<string, Credits>;

/** Options of {@link settleMonthly} and {@link settleTotals}. */
export type SettleOptions = Readonly<{
  /** The royalty rule every sale is split by. */
  rule: RoyaltyRule;
  /** The credits of every track that may be sold; a sale of any other track is UNKNOWN_TRACK. */
  credits: CreditsByTrack;
  /** IANA zone whose calendar months are settled; default 'Asia/Shanghai'. */
  timeZone?: string;
  /** Pay a payee only once their balance reaches this (Money or decimal string in the rule currency). */
  minimumPayout?: Money | string;
  /** Balances carried in from an earlier run (payee → Money or decimal string), e.g. its `closingBalances`
   * (which may be undefined, hence `| undefined` for `exactOptionalPropertyTypes` users). */
  openingBalances?: Readonly<Record<string, Money | string>> | ReadonlyMap<string, Money | string> | undefined;
  /**
   * Called with every rejected row as it is found, in the order found (a DUPLICATE_SALE may be
   * found up to one batch of rows after the rows that follow it), e.g. to stream them to a file:
   * the result itself keeps only the first `keepRejected` rows in full.
   */
  onRejected?: (row: RejectedRow) => void;
  /**
   * How many of the first rejected rows (in the order found) the result keeps in full in
   * `rejected`; default 1000, `Infinity` keeps all. Every rejected row is still counted, with its
   * amount, in `rejectedByCode` and the totals, so memory never grows with the rejected rows.
   * A whole number ≥ 0 or Infinity, else INVALID_OPTIONS.
   */
  keepRejected?: number;
}>;

/** One (track, role) line of a payee's monthly statement. */
export type StatementLine = Readonly<{
  track: string;
  role: string;
  /** Net units of the track sold in the month (sales minus refunds), all payees alike. */
  units: number;
  /** Net gross of the track in the month, all payees alike. */
  gross: Money;
  /** This payee's share of `gross` for `role`. */
  amount: Money;
}>;

/**
 * What one payee earned in one month. With carry-forward (a `minimumPayout` or
 * `openingBalances`), `openingBalance + total − platform lines = payable + closingBalance`,
 * `payable` being 0 unless that balance reaches the minimum; a statement of platform lines only
 * (the platform's own share, never paid out) has no balances.
 */
export type Statement = Readonly<{
  month: string;
  payee: string;
  total: Money;
  lines: readonly StatementLine[];
  openingBalance?: Money;
  payable?: Money;
  closingBalance?: Money;
}>;

/**
 * A row that was not settled, with why. `amount` is the signed gross the row claimed (price ×
 * quantity, negative for a refund) when that could be read in the rule's currency; it counts in
 * `totals.rejected`. `row` is a JSON-safe copy of the input fields.
 */
export type RejectedRow = Readonly<{
  id?: string;
  line?: number;
  code: ErrorCode;
  reason: string;
  amount?: Money;
  row?: Readonly<Record<string, unknown>>;
}>;

/** How many rows were rejected with one code, and Σ of their `amount` (0 when none could be read). */
export type RejectedTally = Readonly<{ rows: number; amount: Money }>;

/** The gross and units of one track in one month before apportionment, the input of {@link settleTotals}. */
export type TrackMonthTotal = Readonly<{ track: string; month: string; gross: Money; units: number }>;

/**
 * Money totals of a settlement, which reconcile exactly:
 * `gross = paid + platform + carried + rejected` (`carried` is 0 without carry-forward).
 */
export type SettlementTotals = Readonly<{
  /** Σ of every row's claimed gross: settled net gross plus `rejected`. */
  gross: Money;
  /** Paid out to payees (without carry-forward: every non-platform line, refunds netted). */
  paid: Money;
  /** Kept by the rule's `platformRole` (0 if the rule has none). */
  platform: Money;
  /** Σ `amount` of every rejected row, kept in `rejected` or not. */
  rejected: Money;
  /** With carry-forward: Σ closing balances − Σ opening balances. */
  carried?: Money;
  rows: Readonly<{ read: number; settled: number; rejected: number }>;
}>;

/** The result of {@link settleMonthly}, {@link settleTotals} or {@link mergeSettlements}. Frozen, JSON-safe. */
export type Settlement = Readonly<{
  rule: string;
  currency: string;
  timeZone: string;
  /** One per month and payee, by month then payee. */
  statements: readonly Statement[];
  /**
   * The first rejected rows in full (`keepRejected` of them, 1000 by default), by line, id, code
   * and reason; `totals.rows.rejected` counts them all.
   */
  rejected: readonly RejectedRow[];
  /** Every rejected row counted by code (codes in alphabetical order), with Σ of their amounts: Σ amounts = `totals.rejected`. */
  rejectedByCode: Readonly<Partial<Record<ErrorCode, RejectedTally>>>;
  totals: SettlementTotals;
  /** Per track and month, before apportionment, by track then month: what merging re-apportions. */
  aggregates: readonly TrackMonthTotal[];
  /** With carry-forward: every non-zero balance after the last month, to seed the next run. */
  closingBalances?: Readonly<Record<string, Money>>;
}>;

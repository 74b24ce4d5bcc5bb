import { LedgerError } from '../errors.js';
import { currencyScale } from '../money/currency-scale.js';
import { toDecimal } from '../money/to-decimal.js';
import type { RoyaltyRule } from '../royalty/rule-types.js';
import { quoteIdentifier, quoteString } from './quote-identifier.js';

/** The SQL engines {@link settlementSql} writes for, each tested against the real engine. */
export type SqlDialect = 'duckdb' | 'postgres';

/** Options of {@link settlementSql}. */
export type SettlementSqlOptions = Readonly<{
  dialect: SqlDialect;
  /** The royalty rule: its roles, weights, fixed payees and price cap are written into the SQL. */
  rule: RoyaltyRule;
  /** Table or view of sales: sale_id, track_id, sold_at (timestamp with time zone), price (decimal), quantity?, kind?, position?. */
  sales: string;
  /** Table of credits as {@link creditsRows} makes them: track_id, role, payee, share, position. */
  credits: string;
  /** IANA zone whose calendar months are settled; default 'Asia/Shanghai'. */
  timeZone?: string;
}>;

/** The three queries of {@link settlementSql}. */
export type SettlementQueries = Readonly<{
  /** track_id, month ('YYYY-MM'), gross and units (integers, minor units): the input of settleTotals. */
  totals: string;
  /** sale_id, track_id, sold_at, price, quantity, kind, position (as text), code, reason, amount (minor units or NULL). */
  rejected: string;
  /** month, payee, amount (minor units): the whole settlement inside the database. */
  statements: string;
}>;

/** Internal: the queries, and `counted`: the totals with the number of sales settled in each (settleInDuckDB counts the rows read). */
export type CountedQueries = SettlementQueries &
  Readonly<{
    /** The keys (hashes of sale id and kind) that occur on more than one row as read, checked or not: the table `suspects`. */
    suspects: string;
    /** The totals of every row that passes the checks, duplicates included, with the number of sales in each. */
    counted: string;
    /** The rejected rows, duplicates ranked among the rows of `suspects` only, with `month` and `units` for a DUPLICATE_SALE to take out of `counted`. */
    flagged: string;
  }>;

/** Internal: how the sales columns arrive: typed as the contract says, or every column as text (a CSV read as such). */
export type SalesInput = 'typed' | 'text';

const MAX_SAFE = String(Number.MAX_SAFE_INTEGER);
const DIALECTS: readonly SqlDialect[] = Object.freeze(['duckdb', 'postgres']);

// What differs between the engines: the exact integer type (HUGEINT is 128-bit and raises an
// error on overflow; NUMERIC is arbitrary precision), integer division and remainder, the
// month of an instant in a zone, how a column's type is told, and how optional columns are
// filled (DuckDB: UNION ALL BY NAME; PostgreSQL: the row as jsonb, where a missing key is NULL).
type Engine = Readonly<{
  int: string;
  /** Exact integers up to 2⁶³: one sale's price and quantity, which the checks keep within 2⁵³. */
  rowInt: string;
  div: (a: string, b: string) => string;
  mod: (a: string, b: string) => string;
  /** The start of an instant's calendar month in a zone, as a local timestamp (cheap to group by). */
  monthStart: (instant: string, zone: string) => string;
  /** That start as 'YYYY-MM'. */
  monthLabel: (start: string) => string;
  isNaive: (column: string) => string;
  exact: (column: string) => string;
  withOptional: (from: string, input: SalesInput) => string;
  collate: string;
}>;

const ENGINES: Readonly<Record<SqlDialect, Engine>> = {
  duckdb: {
    int: 'HUGEINT',
    rowInt: 'BIGINT',
    div: (a, b) => `(${a}) // (${b})`,
    mod: (a, b) => `(${a}) % (${b})`,
    // a UTC day of month from the 2nd to the 27th is in the same month in every zone (offsets stay
    // within a day), so only the days around a month's edge pay for the zone's calendar (ICU)
    monthStart: (instant, zone) =>
      `CASE WHEN day(make_timestamp(epoch_us(${instant}))) BETWEEN 2 AND 27 THEN date_trunc('month', make_timestamp(epoch_us(${instant}))) ` +
      `ELSE date_trunc('month', timezone(${zone}, ${instant})) END`,
    monthLabel: (start) => `strftime(${start}, '%Y-%m')`,
    isNaive: (column) => `typeof(${column}) <> 'TIMESTAMP WITH TIME ZONE'`,
    // a DECIMAL column is exact as it is (casting it wider, to 128 bits, costs more than the
    // whole rest of the check)
    exact: (column) => column,
    withOptional: (from, input) =>
      `(SELECT * FROM ${from} UNION ALL BY NAME SELECT CAST(NULL AS ${input === 'text' ? 'VARCHAR' : 'BIGINT'}) AS quantity, ` +
      `CAST(NULL AS VARCHAR) AS kind, CAST(NULL AS BIGINT) AS position WHERE false)`,
    collate: '',
  },
  postgres: {
    int: 'NUMERIC',
    rowInt: 'NUMERIC',
    div: (a, b) => `div(${a}, ${b})`,
    mod: (a, b) => `mod(${a}, ${b})`,
    monthStart: (instant, zone) => `date_trunc('month', ${instant} AT TIME ZONE ${zone})`,
    monthLabel: (start) => `to_char(${start}, 'YYYY-MM')`,
    isNaive: (column) => `pg_typeof(${column}) = 'timestamp without time zone'::regtype`,
    exact: (column) => `CAST(${column} AS NUMERIC)`,
    withOptional: (from) =>
      `(SELECT s.sale_id, s.track_id, s.sold_at, s.price, to_jsonb(s) ->> 'quantity' AS quantity, ` +
      `to_jsonb(s) ->> 'kind' AS kind, CAST(to_jsonb(s) ->> 'position' AS NUMERIC) AS position FROM ${from} AS s)`,
    collate: ' COLLATE "C"',
  },
};

function checkTimeZone(timeZone: unknown): string {
  const allowed = 'an IANA time zone such as "Asia/Shanghai"';
  // a zone name is written into the SQL as a literal, so only the characters zone names use pass
  if (typeof timeZone !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) {
    throw new LedgerError('INVALID_OPTIONS', `option timeZone ${String(timeZone)} is not allowed: ${allowed}`, { option: 'timeZone' });
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new LedgerError('INVALID_OPTIONS', `unknown time zone ${JSON.stringify(timeZone)}: use ${allowed}`, { timeZone });
  }
  return timeZone;
}

// the sales, typed: the contract's columns read as exact numbers (optional ones NULL when absent)
function typedInput(engine: Engine, from: string, scale: number): string {
  const maxPrice = toDecimal({ amount: Number.MAX_SAFE_INTEGER, currency: 'XXX', scale });
  return `raw AS (
  SELECT sale_id, track_id, CAST(kind AS TEXT) AS kind, position, sold_at, ${engine.isNaive('sold_at')} AS naive,
    ${engine.exact('price')} AS px, CAST(quantity AS ${engine.rowInt}) AS q,
    sold_at AS given_sold_at, price AS given_price, quantity AS given_quantity
  FROM ${engine.withOptional(from, 'typed')} AS sales
),
input AS (
  SELECT sale_id, track_id, kind, position, given_sold_at, given_price, given_quantity,
    CASE WHEN sold_at IS NULL THEN 'INVALID_TIMESTAMP' WHEN naive THEN 'NAIVE_TIMESTAMP' END AS time_code,
    CASE WHEN sold_at IS NOT NULL AND NOT naive THEN sold_at END AS sold_at,
    CASE WHEN px IS NULL THEN 'INVALID_AMOUNT' WHEN abs(px) > ${maxPrice} THEN 'UNSAFE_AMOUNT'
      WHEN px <> round(px, ${scale}) THEN 'TOO_MANY_DECIMALS' END AS price_code,
    CASE WHEN px IS NOT NULL AND abs(px) <= ${maxPrice} AND px = round(px, ${scale}) THEN CAST(px * ${10 ** scale} AS ${engine.rowInt}) END AS price_units,
    CASE WHEN q IS NOT NULL AND (q < 1 OR q > ${MAX_SAFE}) THEN 'INVALID_QUANTITY' END AS quantity_code,
    coalesce(q, 1) AS qty
  FROM raw
)`;
}

// the sales, every column text (DuckDB reading a CSV as VARCHAR): parsed by the grammar
// settleMonthly applies to CSV fields, so the same rows get the same codes
function textInput(engine: Engine, from: string, scale: number): string {
  const time = '[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{3})?)?';
  const unsafe = (digits: string): string => `coalesce(TRY_CAST(${digits} AS HUGEINT) > ${MAX_SAFE}, true)`;
  return `raw AS (
  SELECT sale_id, track_id, kind, position, sold_at AS given_sold_at, price AS given_price, quantity AS given_quantity,
    regexp_full_match(sold_at, '${time}(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])') AND TRY_CAST(sold_at AS TIMESTAMPTZ) IS NOT NULL AS timed,
    regexp_full_match(sold_at, '${time}') AND TRY_CAST(sold_at || 'Z' AS TIMESTAMPTZ) IS NOT NULL AS naive,
    regexp_full_match(price, '-?[0-9]+(\\.[0-9]+)?') AS plain_price,
    regexp_extract(price, '^-?([0-9]*)', 1) AS whole, regexp_extract(price, '\\.([0-9]*)$', 1) AS fraction,
    quantity
  FROM ${engine.withOptional(from, 'text')} AS sales
),
input AS (
  SELECT sale_id, track_id, kind, position, given_sold_at, given_price, given_quantity,
    CASE WHEN timed THEN NULL WHEN naive THEN 'NAIVE_TIMESTAMP' ELSE 'INVALID_TIMESTAMP' END AS time_code,
    CASE WHEN timed THEN CAST(given_sold_at AS TIMESTAMPTZ) END AS sold_at,
    CASE WHEN plain_price IS NOT true THEN 'INVALID_AMOUNT'
      WHEN length(fraction) > ${scale} AND ${unsafe(`whole || left(fraction, ${scale})`)} THEN 'UNSAFE_AMOUNT'
      WHEN length(fraction) > ${scale} THEN 'TOO_MANY_DECIMALS'
      WHEN ${unsafe(`whole || rpad(fraction, ${scale}, '0')`)} THEN 'UNSAFE_AMOUNT' END AS price_code,
    (CASE WHEN starts_with(given_price, '-') THEN -1 ELSE 1 END) * TRY_CAST(whole || rpad(fraction, ${scale}, '0') AS HUGEINT) AS price_units,
    CASE WHEN quantity IS NOT NULL AND (NOT regexp_full_match(quantity, '[0-9]{1,16}') OR TRY_CAST(quantity AS HUGEINT) NOT BETWEEN 1 AND ${MAX_SAFE})
      THEN 'INVALID_QUANTITY' END AS quantity_code,
    coalesce(TRY_CAST(quantity AS HUGEINT), 1) AS qty
  FROM raw
)`;
}

// the hash of a sale's duplicate key, (sale id, kind), the same on the rows as read and as
// checked: settleInDuckDB first finds the few keys that occur more than once among all rows (a
// superset of the repeating keys of the rows that pass the checks), so that only theirs are ranked
const DUPLICATE_KEY = "hash(sale_id, coalesce(CAST(kind AS TEXT), 'sale'))";

// every check of settleMonthly, in its order, and the month of each sale that passes them
function codedSales(engine: Engine, rule: RoyaltyRule, credits: string, zone: string): string {
  const cap = rule.priceCap === undefined ? '' : `WHEN price_units > ${rule.priceCap.amount} THEN 'PRICE_ABOVE_CAP'`;
  return `coded AS (
  SELECT i.*, CASE WHEN i.kind = 'refund' THEN -1 ELSE 1 END * CAST(i.price_units AS ${engine.int}) * i.qty AS signed_gross,
    CASE
      WHEN i.sale_id IS NULL OR i.sale_id = '' THEN 'INVALID_ROW'
      WHEN i.kind IS NOT NULL AND i.kind NOT IN ('sale', 'refund') THEN 'INVALID_ROW'
      WHEN i.quantity_code IS NOT NULL THEN i.quantity_code
      WHEN i.price_code IS NOT NULL THEN i.price_code
      WHEN abs(CAST(i.price_units AS ${engine.int}) * i.qty) > ${MAX_SAFE} THEN 'UNSAFE_AMOUNT'
      WHEN i.price_units <= 0 THEN 'INVALID_PRICE'
      ${cap}
      WHEN i.time_code IS NOT NULL THEN i.time_code
      WHEN k.track_id IS NULL THEN 'UNKNOWN_TRACK'
    END AS code,
    CASE WHEN i.sold_at IS NOT NULL THEN ${engine.monthStart('sold_at', zone)} END AS month_start
  FROM input AS i LEFT JOIN (SELECT DISTINCT track_id FROM ${credits}) AS k ON k.track_id = i.track_id
)`;
}

// the duplicate check among the rows of `coded` that `where` keeps (all of them in settlementSql)
function checkedSales(where: string): string {
  return `checked AS (
  SELECT *,
    -- of the rows sharing a sale id and kind, the first in arrival order (position) is settled;
    -- without positions, the smallest (sold_at, track_id, price, quantity), so copies are order-free
    CASE WHEN code IS NULL AND row_number() OVER (
      PARTITION BY code IS NULL, sale_id, coalesce(kind, 'sale') ORDER BY position NULLS LAST, sold_at, track_id, price_units, qty
    ) > 1 THEN 'DUPLICATE_SALE' ELSE code END AS verdict
  FROM coded${where}
)`;
}

// the sums per (track, month) of the rows of `source` that `settled` keeps
function totalsOf(engine: Engine, source: string, settled: string): string {
  return `totals AS (
  SELECT track_id, ${engine.monthLabel('month_start')} AS month, CAST(sum(signed_gross) AS ${engine.int}) AS gross,
    CAST(sum(CASE WHEN kind = 'refund' THEN -qty ELSE qty END) AS ${engine.int}) AS units, count(*) AS sales
  FROM ${source} WHERE ${settled} GROUP BY track_id, month_start
)`;
}

// the rejected rows of `checked` with their reasons; `extra` adds columns (settleInDuckDB's)
function rejectedQuery(rule: RoyaltyRule, scale: number, extra = ''): string {
  const shown = (column: string): string => `coalesce(${column}, 'null')`;
  const sale = `' of sale ' || ${shown('sale_id')}`;
  const cap = rule.priceCap === undefined ? '' : `${toDecimal(rule.priceCap)} ${rule.currency}`;
  return `SELECT sale_id, track_id, shown_sold_at AS sold_at, shown_price AS price, shown_quantity AS quantity, kind,
  CAST(position AS TEXT) AS position, verdict AS code,
  CASE verdict
    WHEN 'INVALID_ROW' THEN CASE WHEN sale_id IS NULL OR sale_id = '' THEN 'sale id ' || ${shown('sale_id')} || ' is not allowed: a non-empty string'
      ELSE 'kind ' || kind || ${sale} || ' is not allowed: ''sale'' or ''refund''' END
    WHEN 'INVALID_QUANTITY' THEN 'quantity ' || shown_quantity || ${sale} || ' is not allowed: a positive integer'
    WHEN 'INVALID_AMOUNT' THEN 'price ' || ${shown('shown_price')} || ${sale} || ' is not allowed: a plain decimal such as "12.50"'
    WHEN 'TOO_MANY_DECIMALS' THEN 'price ' || shown_price || ${sale} || ' has more than ${scale} decimal places'
    WHEN 'UNSAFE_AMOUNT' THEN 'price × quantity' || ${sale} || ' is beyond ${MAX_SAFE} minor units'
    WHEN 'INVALID_PRICE' THEN 'price ' || shown_price || ${sale} || ' is not allowed: a price is positive'
    WHEN 'PRICE_ABOVE_CAP' THEN 'price ' || shown_price || ${sale} || ' is above the cap of rule "${rule.id}": at most ${cap}'
    WHEN 'INVALID_TIMESTAMP' THEN 'timestamp ' || ${shown('shown_sold_at')} || ${sale} || ' is not allowed: an instant with its UTC offset'
    WHEN 'NAIVE_TIMESTAMP' THEN 'timestamp ' || shown_sold_at || ${sale} || ' has no UTC offset, so its month is ambiguous'
    WHEN 'UNKNOWN_TRACK' THEN 'track ' || ${shown('track_id')} || ${sale} || ' has no credits: add it to the credits table'
    WHEN 'DUPLICATE_SALE' THEN 'sale id ' || sale_id || ' was already settled: a later copy is not counted again'
  END AS reason,
  CASE WHEN verdict IN ('INVALID_PRICE', 'PRICE_ABOVE_CAP', 'INVALID_TIMESTAMP', 'NAIVE_TIMESTAMP', 'UNKNOWN_TRACK', 'DUPLICATE_SALE')
    THEN signed_gross END AS amount${extra}
FROM (
  -- the given values as text, for the rejected rows only (a timestamp shown in text costs a time-zone lookup)
  SELECT *, CAST(given_sold_at AS TEXT) AS shown_sold_at, CAST(given_price AS TEXT) AS shown_price, CAST(given_quantity AS TEXT) AS shown_quantity
  FROM checked WHERE verdict IS NOT NULL
) AS rejected
ORDER BY position NULLS LAST, sale_id, code`;
}

// the rule's entries per track with compileSplit's exact weights (role weight × share × lcm of
// the role sums / the role's sum), then the largest remainder per (track, month), a tie going to
// the earlier entry in the rule's role order, then the credit's position
function statementsQuery(engine: Engine, rule: RoyaltyRule, credits: string): string {
  const { int, div, mod } = engine;
  const roles = rule.roles
    .map((r, at) => `(${at}, ${quoteString(r.role)}, CAST(${r.weight} AS ${int}), CAST(${r.payee === undefined ? 'NULL' : quoteString(r.payee)} AS TEXT))`)
    .join(', ');
  const lcm = rule.roles
    .map((_, at) => `coalesce(max(CASE WHEN ord = ${at} THEN total END), 1)`)
    .reduce((a, b) => `lcm(${a}, ${b})`);
  return `,
roles AS (SELECT * FROM (VALUES ${roles}) AS r(ord, role, weight, payee)),
credited AS (
  SELECT c.track_id, r.ord, CAST(c.position AS ${int}) AS position, CAST(c.payee AS TEXT) AS payee, CAST(c.share AS ${int}) AS share, r.weight
  FROM ${credits} AS c JOIN roles AS r ON r.role = c.role WHERE r.payee IS NULL
),
role_sums AS (SELECT track_id, ord, CAST(sum(share) AS ${int}) AS total FROM credited GROUP BY track_id, ord),
tracks AS (
  SELECT t.track_id, coalesce(l.common, 1) AS common FROM (SELECT DISTINCT track_id FROM ${credits}) AS t
  LEFT JOIN (SELECT track_id, ${lcm} AS common FROM role_sums GROUP BY track_id) AS l ON l.track_id = t.track_id
),
entries AS (
  SELECT c.track_id, c.ord, c.position, c.payee, c.weight * ${div('t.common', 's.total')} * c.share AS w
  FROM credited AS c JOIN role_sums AS s ON s.track_id = c.track_id AND s.ord = c.ord JOIN tracks AS t ON t.track_id = c.track_id
  UNION ALL
  SELECT t.track_id, r.ord, 0, r.payee, r.weight * t.common FROM tracks AS t CROSS JOIN roles AS r WHERE r.payee IS NOT NULL
),
shares AS (
  SELECT t.track_id, t.month, t.gross, e.ord, e.position, e.payee, abs(t.gross) AS magnitude,
    ${div('abs(t.gross) * e.w', 'sum(e.w) OVER (PARTITION BY e.track_id, t.month)')} AS quota,
    ${mod('abs(t.gross) * e.w', 'sum(e.w) OVER (PARTITION BY e.track_id, t.month)')} AS remainder
  FROM totals AS t JOIN entries AS e ON e.track_id = t.track_id
),
placed AS (
  SELECT *, magnitude - sum(quota) OVER (PARTITION BY track_id, month) AS leftover,
    row_number() OVER (PARTITION BY track_id, month ORDER BY remainder DESC, ord, position) AS place
  FROM shares
)
SELECT month, payee,
  CAST(sum(CASE WHEN gross < 0 THEN -1 ELSE 1 END * (quota + CASE WHEN place <= leftover THEN 1 ELSE 0 END)) AS ${int}) AS amount
FROM placed GROUP BY month, payee ORDER BY month${engine.collate}, payee${engine.collate}`;
}

/**
 * Internal: the three queries over `from` (a quoted table name, or any relation such as a
 * DuckDB `read_csv(…)`), whose columns arrive as `input` says.
 */
export function settlementQueries(options: SettlementSqlOptions, from: string, input: SalesInput): CountedQueries {
  if (typeof options !== 'object' || options === null) {
    throw new LedgerError('INVALID_OPTIONS', `options ${String(options)} are not allowed: pass { dialect, rule, sales, credits, timeZone? }`, {});
  }
  const { dialect, rule } = options;
  if (!DIALECTS.includes(dialect)) {
    throw new LedgerError('INVALID_OPTIONS', `option dialect ${JSON.stringify(dialect) ?? String(dialect)} is not allowed: ${DIALECTS.join(' or ')}`, {
      option: 'dialect',
    });
  }
  if (typeof rule !== 'object' || rule === null || typeof rule.currency !== 'string' || !Array.isArray(rule.roles)) {
    throw new LedgerError('INVALID_OPTIONS', `option rule ${String(rule)} is not allowed: a royalty rule such as musicianPlatformRule`, { option: 'rule' });
  }
  const engine = ENGINES[dialect];
  const credits = quoteIdentifier(options.credits, 'credits');
  const zone = quoteString(checkTimeZone(options.timeZone ?? 'Asia/Shanghai'));
  const scale = currencyScale(rule.currency);
  const sales = input === 'text' ? textInput(engine, from, scale) : typedInput(engine, from, scale);
  const coded = `WITH ${sales},\n${codedSales(engine, rule, credits, zone)}`;
  const common = `${coded},\n${checkedSales('')},\n${totalsOf(engine, 'checked', 'verdict IS NULL')}`;
  const order = `ORDER BY track_id${engine.collate}, month`;
  const suspect = `code IS NOT NULL OR ${DUPLICATE_KEY} IN (SELECT h FROM suspects)`;
  const lost = `, ${engine.monthLabel('month_start')} AS month, CASE WHEN kind = 'refund' THEN -qty ELSE qty END AS units`;
  return Object.freeze({
    totals: `${common}\nSELECT track_id, month, gross, units FROM totals ${order}`,
    rejected: `${common}\n${rejectedQuery(rule, scale)}`,
    statements: `${common}${statementsQuery(engine, rule, credits)}`,
    suspects: `SELECT ${DUPLICATE_KEY} AS h FROM ${engine.withOptional(from, input)} AS sales GROUP BY h HAVING count(*) > 1`,
    counted: `${coded},\n${totalsOf(engine, 'coded', 'code IS NULL')}\nSELECT track_id, month, gross, units, CAST(sales AS ${engine.int}) AS sales FROM totals ${order}`,
    flagged: `${coded},\n${checkedSales(` WHERE ${suspect}`)}\n${rejectedQuery(rule, scale, lost)}`,
  });
}

/**
 * The settlement as SQL for a warehouse: three queries over a `sales` table and a `credits`
 * table (see {@link creditsRows}) that settle exactly as settleMonthly does — the same months in
 * `timeZone`, the same rejected codes, the same largest-remainder split per (track, month) with
 * the same tie rule, in exact integer arithmetic (HUGEINT in DuckDB, NUMERIC in PostgreSQL; no
 * floating point). `totals` feeds settleTotals; `statements` is the whole settlement inside the
 * database. Of several rows sharing a sale id and kind the one with the smallest `position`
 * (arrival order) is settled, or without positions the smallest (sold_at, track_id, price,
 * quantity). Table names must be plain identifiers (INVALID_OPTIONS otherwise): they are quoted,
 * never spliced in as given.
 *
 * @example
 * const sql = settlementSql({ dialect: 'postgres', rule: xiamiDownloadRule, sales: 'sales', credits: 'credits' });
 * Object.keys(sql) // → ['totals', 'rejected', 'statements']
 * settlementSql({ dialect: 'duckdb', rule: xiamiDownloadRule, sales: 'sales; DROP TABLE credits', credits: 'credits' }) // → throws INVALID_OPTIONS
 */
export function settlementSql(options: SettlementSqlOptions): SettlementQueries {
  const { totals, rejected, statements } = settlementQueries(options, quoteIdentifier(options?.sales, 'sales'), 'typed');
  return Object.freeze({ totals, rejected, statements });
}

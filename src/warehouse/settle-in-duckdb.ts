import { LedgerError, type ErrorCode } from '../errors.js';
import { add } from '../money/add.js';
import { fromUnits } from '../money/from-units.js';
import { currencyScale } from '../money/currency-scale.js';
import { rejection } from '../settlement/_lib/rejection.js';
import { createRejectedRows } from '../settlement/_lib/rejected-rows.js';
import { checkSettleOptions } from '../settlement/_lib/settle-sales.js';
import { settingsOf, shardsOf, withSettings } from '../settlement/_lib/settings-of.js';
import { settleTotals, type TotalsRow } from '../settlement/settle-totals.js';
import type { RejectedRow, RejectedTally, Settlement, SettleOptions } from '../settlement/settlement-types.js';
import { creditsRows } from './credits-rows.js';
import { quoteString } from './quote-identifier.js';
import { settlementQueries } from './settlement-sql.js';

/**
 * Options of {@link settleInDuckDB}: those of settleMonthly (`onRejected` is called with every
 * rejected row as DuckDB streams them, `keepRejected` caps the ones kept), and DuckDB's memory.
 */
export type SettleInDuckDBOptions = SettleOptions &
  Readonly<{
    /** DuckDB's memory limit, e.g. '4GB' (default '1GB'): past it DuckDB spills to a temporary directory. */
    memoryLimit?: string;
  }>;

type DuckDB = typeof import('@duckdb/node-api');
type Connection = import('@duckdb/node-api').DuckDBConnection;
type Row = Record<string, unknown>;

async function loadDuckDB(): Promise<DuckDB> {
  try {
    return await import('@duckdb/node-api');
  } catch {
    throw new LedgerError('MISSING_DEPENDENCY', 'settleInDuckDB needs the optional peer dependency @duckdb/node-api: npm install @duckdb/node-api', {
      dependency: '@duckdb/node-api',
    });
  }
}

function filesOf(source: unknown): readonly string[] {
  const files = typeof source === 'string' ? [source] : Array.isArray(source) ? source : [];
  if (files.length === 0 || !files.every((f) => typeof f === 'string' && f !== '')) {
    throw new LedgerError('INVALID_OPTIONS', `source ${String(source)} is not allowed: a path or glob of CSV or Parquet files, or a list of them`, {});
  }
  return files as readonly string[];
}

// The relation DuckDB reads. Parquet columns arrive typed; a CSV is read as text, so its fields
// are checked by settleMonthly's CSV grammar. Arrival order (`position`): the row number in a
// single file (a CSV's line is position + 1); across several files there is none, and copies of a
// sale id are settled by the order-free rule.
function relationOf(files: readonly string[]): { from: string; input: 'typed' | 'text'; single: boolean } {
  const list = `[${files.map(quoteString).join(', ')}]`;
  const single = files.length === 1 && !/[*?[]/.test(files[0] as string);
  if (files.every((f) => f.toLowerCase().endsWith('.parquet'))) {
    const from = single ? `(SELECT * EXCLUDE (file_row_number), file_row_number + 1 AS position FROM read_parquet(${list}, file_row_number = true))` : `read_parquet(${list})`;
    return { from, input: 'typed', single };
  }
  // a line that does not split into the header's fields goes to DuckDB's reject_errors table,
  // which settleInDuckDB reports as MALFORMED_LINE: skipped by the reader, never dropped
  const csv = `read_csv(${list}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', store_rejects = true, ignore_errors = true)`;
  return { from: single ? `(SELECT *, row_number() OVER () AS position FROM ${csv})` : csv, input: 'text', single };
}

async function loadCredits(connection: Connection, options: SettleOptions): Promise<void> {
  await connection.run('CREATE TEMP TABLE credits (track_id VARCHAR, role VARCHAR, payee VARCHAR, share HUGEINT, position INTEGER)');
  const appender = await connection.createAppender('credits');
  for (const row of creditsRows(options.credits)) {
    appender.appendVarchar(row.track_id);
    appender.appendVarchar(row.role);
    appender.appendVarchar(row.payee);
    appender.appendHugeInt(BigInt(row.share));
    appender.appendInteger(row.position);
    appender.endRow();
  }
  appender.closeSync();
}

/** Every row of `sql`, chunk by chunk: one DuckDB vector (2048 rows) in memory at a time. */
async function* streamRows(connection: Connection, sql: string): AsyncGenerator<Row> {
  const result = await connection.stream(sql);
  const names = result.columnNames();
  for (let chunk = await result.fetchChunk(); chunk !== null && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    yield* chunk.getRowObjects(names) as Row[];
  }
}

/** DuckDB's own errors about the source, as coded errors: a missing column, an unreadable file. */
function sourceError(error: unknown, files: readonly string[]): unknown {
  if (!(error instanceof Error) || error instanceof LedgerError) return error;
  const problem = error.message.split('\n')[0] as string;
  const shown = files.map((f) => JSON.stringify(f)).join(', ');
  const column = /^Binder Error: Referenced column "([^"]+)" not found/.exec(problem)?.[1];
  if (column !== undefined) {
    return new LedgerError('INVALID_HEADER', `sales ${shown} have no column ${JSON.stringify(column)}: the columns are sale_id, track_id, sold_at, price, and optionally quantity, kind`, { missing: column });
  }
  if (problem.startsWith('IO Error') || problem.startsWith('Invalid Input Error')) {
    return new LedgerError('INVALID_OPTIONS', `source ${shown} cannot be read: ${problem}`, { option: 'source' });
  }
  return error;
}

const textOrUndefined = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value));

/** The CSV line of the `position`-th row DuckDB read, knowing the (sorted) lines it rejected as malformed. */
function lineOf(position: number, malformed: readonly number[]): number {
  let skipped = 0;
  while (skipped < malformed.length && (malformed[skipped] as number) <= position + 1 + skipped) skipped++;
  return position + 1 + skipped;
}

/**
 * Settles sales files through DuckDB, embedded: `source` is a path or glob of CSV or Parquet
 * files (or a list of them). DuckDB reads them on all cores, checks every row exactly as
 * settleMonthly does (same codes, same months in `timeZone`) and sums each (track, month); the
 * package apportions those totals with settleTotals, so the statements are identical to
 * settleMonthly's, and the totals reconcile with every rejected row counted. Memory stays flat
 * as the files grow: results are streamed chunk by chunk, rejected rows too (`onRejected`, and
 * `keepRejected` caps the ones kept). Needs the optional peer dependency `@duckdb/node-api`
 * (MISSING_DEPENDENCY without it). A Parquet file has the columns of {@link settlementSql}'s
 * sales table; a CSV the header settleMonthly reads.
 *
 * @example
 * const credits = {
 *   't-rain': [
 *     { role: 'lyricist', payee: 'ann', share: 1 },
 *     { role: 'composer', payee: 'ann', share: 1 },
 *     { role: 'producer', payee: 'cy', share: 1 },
 *   ],
 * };
 * const { totals } = await settleInDuckDB('fixtures/ledger-small.csv', { rule: musicianPlatformRule, credits });
 * totals.rows // → { read: 24, settled: 5, rejected: 19 }
 * totals.gross.amount === totals.paid.amount + totals.platform.amount + totals.rejected.amount // → true
 */
export async function settleInDuckDB(source: string | readonly string[], options: SettleInDuckDBOptions): Promise<Settlement> {
  checkSettleOptions(options); // the rule, credits, time zone, keepRejected and onRejected, before any file is read
  const { rule } = options;
  const files = filesOf(source);
  const { from, input, single } = relationOf(files);
  const queries = settlementQueries({ dialect: 'duckdb', rule, sales: 'sales', credits: 'credits', timeZone: options.timeZone }, from, input);
  const memoryLimit = options.memoryLimit ?? '1GB';
  if (typeof memoryLimit !== 'string' || !/^[0-9]+(\.[0-9]+)? ?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/.test(memoryLimit)) {
    throw new LedgerError('INVALID_OPTIONS', `option memoryLimit ${String(memoryLimit)} is not allowed: a size such as '1GB' or '512MiB'`, { option: 'memoryLimit' });
  }
  const [{ DuckDBInstance }, { tmpdir }] = await Promise.all([loadDuckDB(), import('node:os')]); // node:os only here: settlementSql runs anywhere
  // a bounded memory keeps the process flat as the files grow: the duplicate check spills to disk
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: memoryLimit, temp_directory: `${tmpdir()}/ecosystem-ledger-duckdb` });
  const connection = await instance.connect();
  try {
    await loadCredits(connection, options);
    const { currency } = rule;
    const scale = currencyScale(currency);
    // the duplicate check without ranking every row: the keys that repeat (a hash aggregate,
    // typically a handful), then the totals of every row that passes the checks, from which the
    // copies ranked among those keys are taken out as the rejected rows stream by
    await connection.run(`CREATE TEMP TABLE suspects AS ${queries.suspects}`);
    // exact while the copies are taken out (bigint): fromUnits then refuses a sum beyond 2⁵³
    const totals = new Map<string, { track: string; month: string; gross: bigint; units: bigint; sales: number }>();
    for await (const row of streamRows(connection, queries.counted)) {
      const [track, month] = [String(row.track_id), String(row.month)];
      totals.set(`${track}\u0000${month}`, { track, month, gross: BigInt(row.gross as bigint), units: BigInt(row.units as bigint), sales: Number(row.sales) });
    }
    const rejections = createRejectedRows(options);
    const report = (entry: RejectedRow): void => rejections.add(entry.code, entry.amount?.amount, () => entry);
    // the reading above filled reject_errors (one entry per problem, so a line may repeat)
    const malformed: number[] = [];
    if (input === 'text') {
      const sql = 'SELECT CAST(line AS BIGINT) AS line, min(error_message) AS reason FROM reject_errors GROUP BY line ORDER BY line';
      for await (const row of streamRows(connection, sql)) {
        malformed.push(Number(row.line));
        report(rejection(single ? { line: Number(row.line) } : {}, 'MALFORMED_LINE', `line ${String(row.line)} is malformed: ${String(row.reason)}`));
      }
    }
    for await (const row of streamRows(connection, queries.flagged)) {
      if (row.code === 'DUPLICATE_SALE') {
        const total = totals.get(`${String(row.track_id)}\u0000${String(row.month)}`) as { gross: bigint; units: bigint; sales: number };
        total.gross -= BigInt(row.amount as bigint);
        total.units -= BigInt(row.units as bigint);
        total.sales -= 1;
      }
      const amount = row.amount === null ? undefined : fromUnits(Number(row.amount), currency, scale);
      const position = textOrUndefined(row.position);
      const line = input === 'text' ? lineOf(Number(position), malformed) : Number(position);
      const fields = {
        id: textOrUndefined(row.sale_id),
        ...(single && position !== undefined && { line }),
        track: textOrUndefined(row.track_id),
        soldAt: textOrUndefined(row.sold_at),
        price: textOrUndefined(row.price),
        quantity: textOrUndefined(row.quantity),
        kind: textOrUndefined(row.kind),
      };
      report(rejection(fields, row.code as ErrorCode, String(row.reason), amount));
    }
    // a (track, month) enters the settlement with its first settled sale, as in settleMonthly
    const settledTotals = [...totals.values()].filter((total) => total.sales > 0);
    const settledCount = settledTotals.reduce((sum, total) => sum + total.sales, 0);
    const settled = settleTotals(
      settledTotals.map(({ track, month, gross, units }): TotalsRow => ({ track, month, gross: fromUnits(Number(gross), currency, scale), units: Number(units) })),
      options,
    );
    // the rows DuckDB rejected count in the gross as they do in settleMonthly's; settleTotals' own join them
    const rejectedHere = fromUnits(rejections.units(), currency, scale);
    for (const [code, tally] of Object.entries(settled.rejectedByCode) as [ErrorCode, RejectedTally][]) rejections.addTally(code, tally.rows, tally.amount.amount);
    for (const row of settled.rejected) rejections.keep(row);
    const result = {
      ...settled,
      rejected: Object.freeze([...rejections.kept()]),
      rejectedByCode: rejections.byCode(currency, scale),
      totals: Object.freeze({
        ...settled.totals,
        gross: add(settled.totals.gross, rejectedHere),
        rejected: fromUnits(rejections.units(), currency, scale),
        rows: Object.freeze({ read: settledCount + rejections.count(), settled: settledCount, rejected: rejections.count() }),
      }),
    };
    return Object.freeze(withSettings(result, settingsOf(settled) as NonNullable<ReturnType<typeof settingsOf>>, shardsOf(settled) ?? []));
  } catch (error) {
    throw sourceError(error, files);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

import { open } from 'node:fs/promises';
import { isLedgerError, LedgerError, type ErrorCode } from '../../errors.js';
import {
  add,
  format as formatMoney,
  readSalesCsv,
  settleMonthly,
  toDecimal,
  type CreditsByTrack,
  type Money,
  type RejectedRow,
  type Settlement,
  type SettleOptions,
} from '../../royalty/index.js';
import { settleInDuckDB } from '../../warehouse/index.js';
import { parseCommand, usageError } from '../args.js';
import type { CliIo, Command } from '../io.js';
import { withProgress } from '../progress-bar.js';
import { readJsonFile } from '../read-json-file.js';
import { renderPairs } from '../render-pairs.js';
import { reportError } from '../report-error.js';
import { RULES_BY_ID, ruleOrUsageError } from '../rules-by-id.js';
import { openCsvFile, type CsvFile } from '../write-csv-file.js';
import { writeListing, type Field } from '../write-listing.js';

const USAGE = `Usage: ecosystem-ledger settle <sales.csv> --credits <credits.json> [options]

Settles a sales ledger into monthly royalty statements, one per month and payee. The file
is streamed, so millions of rows settle in constant memory. A row that cannot be settled
(unknown track, bad timestamp, price above the cap, repeated sale id, …) is rejected with
its line and a reason, never dropped, and the totals reconcile to the fen:
gross = paid + platform + rejected.

The CSV header names the columns sale_id,track_id,sold_at,price and optionally quantity
and kind (sale or refund); sold_at carries its offset (2024-01-31T23:30:00+08:00 or …Z).

Options:
  --credits <file>   JSON object of track id to [{ "role", "payee", "share" }, …] (required)
  --rule <id>        ${[...RULES_BY_ID.keys()].join(' or ')} (default musician-platform)
  --tz <zone>        IANA time zone whose calendar months are settled (default Asia/Shanghai)
  --out <file>       write the statements as CSV: month,payee,amount (amount like 123.45)
  --rejected <file>  write the rejected rows as CSV: line,id,code,reason,amount
  --engine <name>    js (default) or duckdb: DuckDB reads, checks and sums the file on all
                     cores (needs @duckdb/node-api); .parquet files always go through DuckDB
  --json             write the whole settlement as JSON to stdout: statements with their
                     lines, rejected rows and totals (the summary then goes to stderr)
  -h, --help         show this help

Examples:
  ecosystem-ledger settle sales.csv --credits credits.json --out statements.csv
  ecosystem-ledger settle sales.csv --credits credits.json --tz UTC --json > settlement.json
`;

const SPEC = {
  usage: USAGE,
  positionals: [1, 1],
  options: {
    credits: { type: 'string' },
    rule: { type: 'string' },
    tz: { type: 'string' },
    out: { type: 'string' },
    rejected: { type: 'string' },
    json: { type: 'boolean' },
    engine: { type: 'string' },
  },
} as const;

const STATEMENT_FIELDS: readonly Field<{ month: string; payee: string; amount: string }>[] = [
  { key: 'month', header: 'Month' },
  { key: 'payee', header: 'Payee' },
  { key: 'amount', header: 'Amount', align: 'right' },
];

const CREDIT_CODES: ReadonlySet<ErrorCode> = new Set(['INVALID_CREDITS', 'UNKNOWN_ROLE', 'MISSING_ROLE']);
const SHOWN_REJECTIONS = 5;
const count = new Intl.NumberFormat('en');

// Names the file an error is about: a bad header is line 1 of the sales file, bad credits the credits file.
function locate(error: unknown, sales: string, credits: string): unknown {
  if (!isLedgerError(error) || 'file' in error.details) return error;
  if (error.code === 'INVALID_HEADER') return new LedgerError(error.code, error.message, { ...error.details, file: sales, line: 1 });
  if (CREDIT_CODES.has(error.code) || error.details.option === 'credits') {
    return new LedgerError(error.code, error.message, { ...error.details, file: credits });
  }
  return error;
}

// Where on its line a rejected row went wrong, when the reader can tell (a stray quote).
const columnOf = (row: RejectedRow): number | undefined => (row as { column?: number }).column;

// The reconciliation for people: row counts, money totals and the check that they add up.
function summary(settlement: Settlement, file: string, values: { out?: string; rejected?: string }): string {
  const { totals, statements, rejected } = settlement;
  const rule = RULES_BY_ID.get(settlement.rule);
  const money = (m: Money) => formatMoney(m, 'en-US');
  const parts = [totals.paid, totals.platform, ...(totals.carried ? [totals.carried] : []), totals.rejected];
  const balanced = parts.reduce(add).amount === totals.gross.amount;
  const months = new Set(statements.map((s) => s.month)).size;
  const payees = new Set(statements.map((s) => s.payee)).size;
  const shown = rejected.slice(0, SHOWN_REJECTIONS).map((r) => `  ${[file, r.line, columnOf(r)].filter((p) => p !== undefined).join(':')}: ${r.code} ${r.reason}\n`);
  return (
    `\nSettled ${file} by ${rule?.name ?? settlement.rule}, months in ${settlement.timeZone}\n\n` +
    renderPairs(
      [
        ['Rows read', count.format(totals.rows.read)],
        ['Settled', count.format(totals.rows.settled)],
        ['Rejected', count.format(totals.rows.rejected)],
      ],
      2,
    ) +
    '\n' +
    renderPairs(
      [
        ['Gross', money(totals.gross)],
        ['Paid to payees', money(totals.paid)],
        ['Kept by the platform', money(totals.platform)],
        ...(totals.carried ? [['Carried forward', money(totals.carried)] as const] : []),
        ['In rejected rows', money(totals.rejected)],
      ],
      2,
    ) +
    `  ${balanced ? '✓' : '✗'} gross = paid + platform${totals.carried ? ' + carried' : ''} + rejected\n\n` +
    `Statements: ${count.format(statements.length)} (${count.format(months)} months, ${count.format(payees)} payees)` +
    `${values.out ? ` → ${values.out}` : ''}\n` +
    (rejected.length === 0
      ? ''
      : `Rejected: ${count.format(rejected.length)} rows${values.rejected ? ` → ${values.rejected}` : ''}\n${shown.join('')}` +
        (rejected.length > SHOWN_REJECTIONS ? `  … and ${count.format(rejected.length - SHOWN_REJECTIONS)} more\n` : ''))
  );
}

type Outputs = Readonly<{ out?: CsvFile; rejected?: CsvFile }>;

// the output files, opened before the settlement so that a bad path fails at once
async function openOutputs(values: { out?: string; rejected?: string }): Promise<Outputs> {
  return {
    ...(values.out !== undefined && { out: await openCsvFile(values.out) }),
    ...(values.rejected !== undefined && { rejected: await openCsvFile(values.rejected) }),
  };
}

async function writeOutputs(settlement: Settlement, outputs: Outputs): Promise<void> {
  await outputs.out?.write(['month', 'payee', 'amount'], settlement.statements.map((s) => [s.month, s.payee, toDecimal(s.total)]));
  const rejected = settlement.rejected.map((r) => [r.line, r.id, r.code, r.reason, r.amount && toDecimal(r.amount)]);
  await outputs.rejected?.write(['line', 'id', 'code', 'reason', 'amount'], rejected);
}

// 1 MiB reads: a large ledger is read in far fewer round trips than with the default 64 KiB
const READ_CHUNK = 1 << 20;

async function settleFile(file: string, options: SettleOptions, io: CliIo, engine: string | undefined): Promise<Settlement> {
  if (engine === 'duckdb' || file.toLowerCase().endsWith('.parquet')) return settleInDuckDB(file, options);
  // Opened up front, so a missing file fails here and nothing is left opening in the background.
  const handle = await open(file);
  const stream = handle.createReadStream({ highWaterMark: READ_CHUNK });
  try {
    const chunks = io.isTTY ? withProgress(stream, (await handle.stat()).size, io.stderr) : stream;
    return await settleMonthly(readSalesCsv(chunks), options);
  } finally {
    stream.destroy();
  }
}

/** `ecosystem-ledger settle <sales.csv> --credits …`: monthly statements from a sales ledger, reconciled. */
export const settle: Command = async (argv, io) => {
  const args = parseCommand(SPEC, argv, io);
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const file = positionals[0] as string;
  const ruleId = values.rule ?? 'musician-platform';
  const rule = ruleOrUsageError(ruleId, io, USAGE);
  if (typeof rule === 'number') return rule;
  if (values.credits === undefined) return usageError(io, USAGE, 'missing --credits <credits.json>');
  if (values.engine !== undefined && values.engine !== 'js' && values.engine !== 'duckdb') {
    return usageError(io, USAGE, `unknown engine ${JSON.stringify(values.engine)}: js or duckdb`);
  }
  const creditsFile = values.credits;
  try {
    const credits = (await readJsonFile(creditsFile, 'INVALID_CREDITS')) as CreditsByTrack;
    const timeZone = values.tz === undefined ? {} : { timeZone: values.tz };
    const outputs = await openOutputs(values);
    const settlement = await settleFile(file, { rule, credits, ...timeZone }, io, values.engine).catch((error: unknown) => {
      throw locate(error, file, creditsFile);
    });
    await writeOutputs(settlement, outputs);
    if (values.json) {
      io.stdout.write(`${JSON.stringify(settlement, null, 2)}\n`);
    } else if (!values.out) {
      const rows = settlement.statements.map((s) => ({ month: s.month, payee: s.payee, amount: formatMoney(s.total, 'en-US') }));
      writeListing(io, 'table', { fields: STATEMENT_FIELDS, rows, records: settlement, empty: 'No statements.' });
    }
    (values.json ? io.stderr : io.stdout).write(summary(settlement, file, values));
    return 0;
  } catch (error) {
    // An unknown --tz is a mistake on the command line, not in the files.
    if (isLedgerError(error, 'INVALID_OPTIONS') && 'timeZone' in error.details) return usageError(io, USAGE, error.message);
    return reportError(io, error, USAGE);
  }
};

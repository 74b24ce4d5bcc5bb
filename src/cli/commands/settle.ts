import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { isLedgerError, LedgerError } from '../../errors.js';
import {
  add,
  format as formatMoney,
  readSalesCsv,
  toDecimal,
  type CreditsByTrack,
  type Money,
  type RejectedRow,
  type Settlement,
  type SettleOptions,
} from '../../entries/royalty.js';
import { checkSettleOptions, settleSales } from '../../settlement/_lib/settle-sales.js';
import type { SettlementSettings } from '../../settlement/_lib/settlement-settings.js';
import { settleInDuckDB } from '../../warehouse/index.js';
import { parseCommand, usageError } from '../args.js';
import { inCliWords } from '../_lib/text.js';
import { type CsvValue, type Field, renderPairs, writeListing } from '../_lib/listing.js';
import { type CliIo, type Command, createOutputFile, inCreditsFile, type OutputFile, readJsonFile, realTarget } from '../_lib/files.js';
import { withProgress } from '../progress-bar.js';
import { reportError } from '../report-error.js';
import { RULES_BY_ID, ruleOrUsageError } from '../_lib/rules.js';

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
  --out <file>       write the statements as CSV: month,payee,amount (amount like 123.45);
                     - writes them to stdout (the summary then goes to stderr)
  --csv              the same as --out -
  --rejected <file>  write every rejected row as CSV: line,id,code,reason,amount; - writes
                     them to stdout (the statements then go to an --out file)
  --engine <name>    js (default) or duckdb: DuckDB reads, checks and sums the file on all
                     cores (needs @duckdb/node-api); .parquet files always go through DuckDB
  --json             write the whole settlement as JSON to stdout: statements with their
                     lines, rejected rows and totals (the summary then goes to stderr)
  -h, --help         show this help

A file is written only when the whole run succeeds (until then it keeps what it held), and
never over the sales file, the credits file or the other output.

Examples:
  ecosystem-ledger settle sales.csv --credits credits.json --out statements.csv
  ecosystem-ledger settle sales.csv --credits credits.json --tz UTC --json > settlement.json
  ecosystem-ledger settle sales.csv --credits credits.json --out - | sort -t, -k3 -n
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
    csv: { type: 'boolean' },
    engine: { type: 'string' },
  },
} as const;

const STATEMENT_FIELDS: readonly Field<{ month: string; payee: string; amount: string }>[] = [
  { key: 'month', header: 'Month' },
  { key: 'payee', header: 'Payee' },
  { key: 'amount', header: 'Amount', align: 'right' },
];

const SHOWN_REJECTIONS = 5;
const count = new Intl.NumberFormat('en');

// Names the file an error is about: a bad header is line 1 of the sales file, bad credits the credits file.
function locate(error: unknown, sales: string, credits: string): unknown {
  if (isLedgerError(error, 'INVALID_HEADER') && !('file' in error.details)) {
    return new LedgerError(error.code, error.message, { ...error.details, file: sales, line: 1 });
  }
  return inCreditsFile(error, credits);
}

// Where on its line a rejected row went wrong, when the reader can tell (a stray quote).
const columnOf = (row: RejectedRow): number | undefined => (row as { column?: number }).column;

const shownName = (output: string): string => (output === '-' ? 'stdout' : output);

// The reconciliation for people: row counts, money totals and the check that they add up.
function summary(settlement: Settlement, file: string, values: { out?: string; rejected?: string }): string {
  const { totals, statements, rejected } = settlement;
  const rule = RULES_BY_ID.get(settlement.rule);
  const money = (m: Money) => formatMoney(m, 'en-US');
  const parts = [totals.paid, totals.platform, ...(totals.carried ? [totals.carried] : []), totals.rejected];
  const balanced = parts.reduce(add).amount === totals.gross.amount;
  const months = new Set(statements.map((s) => s.month)).size;
  const payees = new Set(statements.map((s) => s.payee)).size;
  const shown = rejected.slice(0, SHOWN_REJECTIONS).map((r) => `  ${[file, r.line, columnOf(r)].filter((p) => p !== undefined).join(':')}: ${r.code} ${inCliWords(r.reason)}\n`);
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
    `${values.out ? ` → ${shownName(values.out)}` : ''}\n` +
    (totals.rows.rejected === 0
      ? ''
      : `Rejected: ${count.format(totals.rows.rejected)} rows${values.rejected ? ` → ${shownName(values.rejected)}` : ''}\n${shown.join('')}` +
        (totals.rows.rejected > shown.length ? `  … and ${count.format(totals.rows.rejected - shown.length)} more\n` : ''))
  );
}

// The two CSV layouts settle writes.
const STATEMENT_COLUMNS = ['month', 'payee', 'amount'];
const REJECTED_COLUMNS = ['line', 'id', 'code', 'reason', 'amount'];
const rejectedRecord = (r: RejectedRow): CsvValue[] => [r.line, r.id, r.code, inCliWords(r.reason), r.amount && toDecimal(r.amount)];

/** Marks a file-system error as one met reading `file` (a read of a FIFO or a device names no path). */
const whileReading = (error: unknown, file: string): unknown =>
  typeof (error as { code?: unknown } | null)?.code === 'string' && !isLedgerError(error) ? Object.assign(error as Error, { path: file }) : error;

// The sales file, opened before anything is written: a missing file or a directory fails here.
async function openInput(file: string): Promise<FileHandle> {
  const handle = await open(file);
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR', path: file });
  }
  return handle;
}

// What identifies a file: its real path and, for a file that exists, its device and inode, so
// that a hard link to an input is that input too.
async function identity(real: string): Promise<readonly string[]> {
  const stats = await stat(real).catch(() => undefined);
  return stats === undefined ? [real] : [real, `${stats.dev}:${stats.ino}`];
}

/**
 * Why an output would destroy an input or the other output (compared by real path and inode, so
 * links and `./` spellings count), or undefined when every output is a file of its own.
 */
async function clashingOutput(
  inputs: readonly (readonly [what: string, file: string])[],
  outputs: readonly (readonly [option: string, file: string | undefined])[],
): Promise<string | undefined> {
  const taken: { what: string; file: string; ids: readonly string[] }[] = [];
  for (const [what, file] of inputs) {
    const real = await realpath(file).catch((error: unknown) => Promise.reject(whileReading(error, file)));
    taken.push({ what, file, ids: await identity(real) });
  }
  for (const [option, file] of outputs) {
    if (file === undefined || file === '-') continue;
    const real = await realTarget(file).catch((error: unknown) => Promise.reject(Object.assign(error as Error, { path: file, writing: true })));
    const ids = await identity(real);
    const clash = taken.find((other) => other.ids.some((id) => ids.includes(id)));
    if (clash) return `${option} ${file} is ${clash.what}${clash.file === file ? '' : ` (${clash.file})`}: writing it would destroy it; choose another file`;
    taken.push({ what: `the file of ${option}`, file, ids });
  }
  return undefined;
}

// Appends records to an output, waiting whenever the disk falls behind.
async function appendAll(output: OutputFile | undefined, records: Iterable<readonly CsvValue[]>): Promise<void> {
  if (output === undefined) return;
  for (const record of records) if (!output.append(record)) await output.drained();
}

// 1 MiB reads: a large ledger is read in far fewer round trips than with the default 64 KiB
const READ_CHUNK = 1 << 20;

/**
 * The bytes of `input`, read 1 MiB at a time into one reused buffer: readSalesCsv is done with a
 * chunk once it asks for the next, and a fresh buffer per read (as a read stream allocates) left
 * the allocator holding some 20 MB more at the peak.
 */
async function* chunksOf(input: FileHandle): AsyncGenerator<Buffer> {
  const buffer = Buffer.allocUnsafe(READ_CHUNK);
  for (;;) {
    const { bytesRead } = await input.read(buffer, 0, READ_CHUNK, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

/**
 * The chunks of `source`, each asked for only once `rejected` has caught up: every rejected row
 * goes to it as it is found (the settlement keeps only the first ones), so it is paced by the disk.
 */
async function* pacedBy<T>(source: AsyncIterable<T>, rejected: OutputFile): AsyncGenerator<T> {
  for await (const chunk of source) {
    await rejected.drained();
    yield chunk;
  }
}

// `settings` are checkSettleOptions(options): the credits are compiled once, before any output is touched
async function settleFile(
  input: FileHandle,
  file: string,
  settings: SettlementSettings,
  options: SettleOptions,
  io: CliIo,
  rejected: OutputFile | undefined,
  engine: string | undefined,
): Promise<Settlement> {
  const onRejected = (row: RejectedRow): void => void rejected?.append(rejectedRecord(row));
  if (engine === 'duckdb' || file.toLowerCase().endsWith('.parquet')) {
    return settleInDuckDB(file, rejected === undefined ? options : { ...options, onRejected });
  }
  try {
    const chunks = io.isTTY ? withProgress(chunksOf(input), (await input.stat()).size, io.stderr) : chunksOf(input);
    if (rejected === undefined) return await settleSales(readSalesCsv(chunks), settings, options);
    return await settleSales(readSalesCsv(pacedBy(chunks, rejected)), settings, { ...options, onRejected });
  } catch (error) {
    throw whileReading(error, file);
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
  if (values.csv && values.out !== undefined) return usageError(io, USAGE, '--csv is the same as --out -: give one of them');
  const out = values.csv ? '-' : values.out;
  if (out === '-' && values.json) return usageError(io, USAGE, 'choose one of --json and --out - (both write to stdout)');
  if (values.rejected === '-' && (out === undefined || out === '-' || values.json)) {
    return usageError(io, USAGE, '--rejected - takes stdout: write the statements with --out <file>, not to stdout');
  }
  if (values.engine !== undefined && values.engine !== 'js' && values.engine !== 'duckdb') {
    return usageError(io, USAGE, `unknown engine ${JSON.stringify(values.engine)}: js or duckdb`);
  }
  const creditsFile = values.credits;
  const outputs: OutputFile[] = [];
  let input: FileHandle | undefined;
  try {
    // Everything that can fail on the arguments or the inputs fails before any output is touched.
    input = await openInput(file);
    const clash = await clashingOutput(
      [['the sales file', file], ['the credits file', creditsFile]],
      [['--out', out], ['--rejected', values.rejected]],
    );
    if (clash !== undefined) return usageError(io, USAGE, clash);
    const credits = (await readJsonFile(creditsFile, 'INVALID_CREDITS')) as CreditsByTrack;
    const options: SettleOptions = { rule, credits, ...(values.tz !== undefined && { timeZone: values.tz }) };
    // checks the options (the --tz included) and compiles every track's credits, once: the settlement uses them
    let settings: SettlementSettings;
    try {
      settings = checkSettleOptions(options);
    } catch (error) {
      throw locate(error, file, creditsFile);
    }

    const rejectedFile = values.rejected === undefined ? undefined : await createOutputFile(values.rejected, io.stdout);
    if (rejectedFile) outputs.push(rejectedFile);
    const statementsFile = out === undefined ? undefined : await createOutputFile(out, io.stdout);
    if (statementsFile) outputs.push(statementsFile);
    rejectedFile?.append(REJECTED_COLUMNS);

    const settlement = await settleFile(input, file, settings, options, io, rejectedFile, values.engine).catch((error: unknown) => Promise.reject(locate(error, file, creditsFile)));
    const statements = [STATEMENT_COLUMNS, ...settlement.statements.map((s) => [s.month, s.payee, toDecimal(s.total)])];
    if (out !== '-') await appendAll(statementsFile, statements);
    // only a whole run replaces a file: every output is written out before the first rename
    for (const output of outputs) await output.finish();
    for (const output of outputs) await output.commit();
    outputs.length = 0;
    // stdout, which cannot be taken back, last: once the files are in place
    if (out === '-') await appendAll(statementsFile, statements);

    if (values.json) {
      io.stdout.write(`${JSON.stringify(settlement, null, 2)}\n`);
    } else if (out === undefined) {
      const rows = settlement.statements.map((s) => ({ month: s.month, payee: s.payee, amount: formatMoney(s.total, 'en-US') }));
      writeListing(io, 'table', { fields: STATEMENT_FIELDS, rows, records: settlement, empty: 'No statements.' });
    }
    // stdout carries the data when it is asked for; the summary then goes to stderr
    (values.json || out === '-' || values.rejected === '-' ? io.stderr : io.stdout).write(summary(settlement, file, { out, rejected: values.rejected }));
    return 0;
  } catch (error) {
    for (const output of outputs) output.discard();
    // An unknown --tz is a mistake on the command line, not in the files.
    if (isLedgerError(error, 'INVALID_OPTIONS') && ('timeZone' in error.details || error.details.option === 'timeZone')) {
      return usageError(io, USAGE, inCliWords(error.message));
    }
    return reportError(io, error, USAGE);
  } finally {
    await input?.close();
  }
};

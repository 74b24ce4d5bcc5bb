// Proves that the plain-JS bound (bench/plain-settle.mjs, in one thread, in two and in three)
// settles exactly as the library: a generated ledger, and a copy with a `kind` column, refunds,
// bad rows and duplicates mixed in, are settled by the library and the bound, which must agree on every
// statement (month, payee, total, and each line's track, role, units, gross and amount), on
// the rows read and rejected, and on the gross of the rejected rows. Exits 1 on any
// difference; `npm run bench` runs it first and reports nothing unless it passes.
//
//   node bench/check-bound.mjs [sales]     (default 100,000 generated sales)
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { musicianPlatformRule, readSalesCsv, settleMonthly } from '../dist/royalty.js';
import { makeCredits, salesCsvLines } from './generate-sales.mjs';
import { settleFile } from './plain-settle.mjs';
import { settleFileInWorkers } from './plain-settle-workers.mjs';

const count = Number(process.argv[2] ?? 100_000);
const credits = makeCredits();

const MiB = 1 << 20;
const bytes = (...parts) => Buffer.concat(parts.map((part) => Buffer.from(part)));
// a line of exactly `length` bytes: a sale whose id fills it out
const lineOf = (length, letter, tail) => `${letter.repeat(length - tail.length)}${tail}`;

// rows the library rejects or treats specially, each after `every` generated rows; `kind` last
// (a Buffer is a line that is not valid UTF-8)
const ODD_ROWS = [
  's5,t00001,2024-03-01T10:00:00+08:00,1.00,1,', // a duplicate with other fields: the first copy wins
  'x-bad,t00001,2024-03-01T10:00:00+08:00,50.01,1,', // above the cap, so its id stays free …
  'x-bad,t00001,2024-03-01T10:00:00+08:00,50.00,1,', // … for this copy
  'x-dup,t00002,2024-03-01T10:00:00+08:00,1.00,1,',
  'x-dup,t00002,2024-03-01T10:00:00+08:00,1.00,1,', // an identical copy
  's01,t00003,2024-03-01T10:00:00+08:00,1.00,1,', // a leading zero: not the numbered id s1
  'x1,t99999,2024-03-01T10:00:00+08:00,1.00,1,', // unknown track
  'x2,t00001,2024-03-01T10:00:00+08:00,0.00,1,',
  'x3,t00001,2024-03-01T10:00:00+08:00,-1.00,2,',
  'x4,t00001,2024-03-01T10:00:00+08:00,1.005,1,',
  'x5,t00001,2024-03-01T10:00:00+08:00,1.,1,',
  'x6,t00001,2024-03-01T10:00:00+08:00,+1.00,1,',
  'x7,t00001,2024-03-01T10:00:00+08:00,,1,',
  'x8,t00001,2024-03-01T10:00:00+08:00,1.00,0,',
  'x9,t00001,2024-03-01T10:00:00+08:00,1.00,x,',
  'x10,t00001,2024-03-01T10:00:00+08:00,50.00,900719925474099,', // gross beyond 2^53 fen
  'x11,t00001,2024-03-01T10:00:00+08:00,1.00,,', // empty quantity: 1
  'x12,t00001,2024-02-30T10:00:00+08:00,1.00,1,',
  'x13,t00001,2024-03-01T10:00:00,1.00,1,', // no offset
  'x14,t00001,2024-03-01T10:00Z,1.00,1,',
  'x15,t00001,2024-03-01T10:00:00.123+08:00,1.00,1,',
  'x16,t00001,2024-01-31T16:00:00Z,1.00,1,', // 00:00 on 1 February in Shanghai
  'x17,t00001,2024-01-31T15:59:59.999Z,1.00,1,', // still January there
  'x18,t00001,2015-06-01T00:00:00+08:00,1.00,1,', // outside the precomputed months
  'x19,t00001,1988-04-30T23:30:00+08:00,1.00,1,', // Shanghai summer time: already May
  'x20,t00001,2024-03-01T10:00:00+08:00,1.00,1,bogus',
  'x21,t00001,2024-03-01T10:00:00+08:00,1.00,1,sale',
  'x22,t00001,2024-03-01T10:00:00+08:00,1.00,3,refund',
  ',t00001,2024-03-01T10:00:00+08:00,1.00,1,', // no id
  'x23,t00001,2024-03-01T10:00:00+08:00,1.00', // too few fields
  'x24,t00001,2024-03-01T10:00:00+08:00,1.00,1,,', // too many
  '',
  'x25,t00001,2024-03-01T10:00:00+08:00,1.00,1,\r',
  'INV-0007,t00004,2024-03-01T10:00:00+08:00,2.50,1,',
  'INV-0007,t00004,2024-03-01T10:00:00+08:00,2.50,1,',
  'x26,t00001,2024-03-01T10:00:00+08:00,1.00,1,sale ', // a space is not 'sale'
  'x-pair,t00005,2024-03-01T10:00:00+08:00,4.00,1,refund', // a refund may share its sale's id …
  'x-pair,t00005,2024-03-01T10:00:00+08:00,4.00,1,sale',
  'x-pair,t00005,2024-03-01T10:00:00+08:00,4.00,1,refund', // … but not another refund's
  'x-pair,t00005,2024-03-01T10:00:00+08:00,4.00,1,', // nor, as an empty kind, another sale's
  bytes('x-', [0xff], ',t00001,2024-03-01T10:00:00+08:00,1.00,1,'), // not UTF-8: INVALID_ENCODING
  bytes('x-', [0xfe], ',t00001,2024-03-01T10:00:00+08:00,1.00,1,'), // another id, not the same one
  bytes('x-', [0xe4, 0xb8], ',t00001,2024-03-01T10:00:00+08:00,1.00,1,'), // a sequence cut short
  'x-é,t00001,2024-03-01T10:00:00+08:00,1.00,1,', // valid UTF-8 settles
  lineOf(MiB, 'y', ',t00001,2024-03-01T10:00:00+08:00,1.00,1,'), // exactly 1 MiB: settled
  `${lineOf(MiB, 'w', ',t00001,2024-03-01T10:00:00+08:00,1.00,1,')}\r`, // 1 MiB and a CR: settled
  lineOf(MiB + 1, 'z', ',t00001,2024-03-01T10:00:00+08:00,1.00,1,'), // a byte more: MALFORMED_LINE
  lineOf(3 * MiB, 'v', ',t00001,2024-03-01T10:00:00+08:00,1.00,1,'), // longer than any one read
  'x27,t00001,0000-01-01T00:00:00Z,1.00,1,', // 08:05:43 local mean time on 1 January 0000
  'x28,t00001,0000-01-01T00:00:00+14:00,1.00,1,', // still 1 BC in Shanghai: INVALID_TIMESTAMP
  'x29,t00001,9999-12-31T15:59:59Z,1.00,1,', // 23:59:59 on 31 December 9999 in Shanghai
  'x30,t00001,9999-12-31T16:00:00Z,1.00,1,', // the year 10000 there: INVALID_TIMESTAMP
  'x31,t00001,1900-12-31T15:54:16Z,1.00,1,', // 23:59:59 local mean time (+08:05:43): December 1900 …
  'x32,t00001,1900-12-31T15:54:17Z,1.00,1,', // … and a second later January 1901
];

/**
 * The generated ledger with a `kind` column (some refunds), the odd rows spread through it,
 * every 97th sale repeated at once, and repeats far apart (so across the workers' ranges): the
 * last sale's id taken by another sale first, and the first sales again at the end.
 */
function* oddLines() {
  const every = Math.max(1, Math.floor(count / ODD_ROWS.length));
  const first = [];
  let odd = 0;
  let i = -1;
  for (const line of salesCsvLines(count)) {
    if (i++ < 0) {
      yield `${line},kind`;
      yield `s${count - 1},t00009,2024-05-05T05:05:05Z,3.33,1,`;
      continue;
    }
    if (first.length < 3) first.push(`${line},`);
    const kind = i % 10 === 0 ? 'refund' : i % 3 === 0 ? 'sale' : '';
    yield `${line},${kind}`;
    if (i % 97 === 0) yield `${line},${kind}`;
    if (i % every === 0 && odd < ODD_ROWS.length) yield ODD_ROWS[odd++];
  }
  yield* ODD_ROWS.slice(odd);
  yield* first;
  yield `s${count - 1},t00009,2024-05-05T05:05:05Z,3.33,1,refund`; // the last sale's id again, far from it, as a refund
  yield `s${count},t00009,2024-05-05T05:05:05Z,3.33,1,refund`; // a refund of an id never sold here: settled
}

/** `lines` as a file's bytes, each line ended by a line feed. */
const fileOf = (lines) => Buffer.concat([...lines].flatMap((line) => [Buffer.isBuffer(line) ? line : Buffer.from(line), NEWLINE]));
const NEWLINE = Buffer.from('\n');

const shape = (statements) =>
  statements.map(({ month, payee, total, lines }) => ({ month, payee, total, lines }));

async function withLibrary(file) {
  const result = await settleMonthly(readSalesCsv(createReadStream(file, { highWaterMark: 1 << 20 })), { rule: musicianPlatformRule, credits });
  const statements = result.statements.map(({ month, payee, total, lines }) => ({
    month,
    payee,
    total: total.amount,
    lines: lines.map((l) => [l.track, l.role, l.units, l.gross.amount, l.amount.amount]),
  }));
  const { read, rejected } = result.totals.rows;
  return { statements, counts: { read, rejected, rejectedGross: result.totals.rejected.amount } };
}

/** The first difference between two settlements, or undefined. */
function difference(a, b) {
  for (const key of ['read', 'rejected', 'rejectedGross']) {
    if (a.counts[key] !== b.counts[key]) return `${key}: ${a.counts[key]} ≠ ${b.counts[key]}`;
  }
  if (a.statements.length !== b.statements.length) return `statements: ${a.statements.length} ≠ ${b.statements.length}`;
  for (let i = 0; i < a.statements.length; i++) {
    const x = JSON.stringify(a.statements[i]);
    const y = JSON.stringify(b.statements[i]);
    if (x !== y) return `statement ${i}: ${x} ≠ ${y}`;
  }
  return undefined;
}

const dir = mkdtempSync(join(tmpdir(), 'ledger-bound-'));
try {
  const files = { generated: join(dir, 'sales.csv'), 'with bad rows and duplicates': join(dir, 'odd.csv') };
  writeFileSync(files.generated, `${[...salesCsvLines(count)].join('\n')}\n`);
  writeFileSync(files['with bad rows and duplicates'], fileOf(oddLines()));
  let failed = false;
  for (const [name, file] of Object.entries(files)) {
    const library = await withLibrary(file);
    const single = settleFile(file, credits, true);
    single.statements = shape(single.statements);
    const ways = [['bound', single]];
    // three threads too: a range then has more than one range before it
    for (const threads of [2, 3]) {
      const workers = await settleFileInWorkers(file, credits, true, threads);
      workers.statements = shape(workers.statements);
      ways.push([`bound in ${threads} threads`, workers]);
    }
    for (const [way, bound] of ways) {
      const diff = difference(library, bound);
      failed ||= diff !== undefined;
      console.error(`${name} (${library.counts.read} rows, ${library.counts.rejected} rejected): ${way} ${diff === undefined ? 'settles exactly as the library' : `differs from the library — ${diff}`}`);
    }
  }
  if (failed) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

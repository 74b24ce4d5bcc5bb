// settleMonthly, settleInDuckDB and the SQL of settlementSql run on real engines (DuckDB
// embedded, a throw-away PostgreSQL server) must settle every ledger identically: the same
// statements to the fen and the same rejected codes.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { fc } from '@fast-check/vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSalesCsv, settleMonthly, type Credits, type RoyaltyRule, type Settlement } from '../../src/entries/royalty.js';
import { creditsRows, settleInDuckDB, settlementSql, type SqlDialect } from '../../src/warehouse/index.js';
import { RULES, csvOf, creditsArbitrary, ledgerArbitrary, openRule, typedCode, typedCsvOf } from './ledgers.js';
import { startPostgres, type PostgresServer } from './postgres-server.js';

const RUNS = 12;
const TABLES = `
  CREATE TABLE sales (sale_id TEXT, track_id TEXT, sold_at TIMESTAMPTZ, price NUMERIC, quantity BIGINT, kind TEXT, position BIGINT);
  CREATE TABLE credits (track_id TEXT, role TEXT, payee TEXT, share BIGINT, position INTEGER)`;

let dir: string;
let duck: DuckDBConnection;
let duckInstance: DuckDBInstance;
let pg: PostgresServer | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-warehouse-'));
  duckInstance = await DuckDBInstance.create(':memory:');
  duck = await duckInstance.connect();
  await duck.run(TABLES.replaceAll('NUMERIC', 'DECIMAL(38, 6)'));
  const server = startPostgres();
  if (typeof server === 'string') {
    if (process.env.CI) throw new Error(`the PostgreSQL tests need a server: ${server}`);
    console.log(`skipping the PostgreSQL comparisons: ${server}`);
  } else {
    pg = server;
    pg.query(TABLES);
  }
}, 60_000);

afterAll(() => {
  pg?.stop();
  duck?.closeSync();
  duckInstance?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

type Line = readonly [month: string, payee: string, amount: number];
const byText = (a: Line, b: Line): number => (a.join('\u0000') < b.join('\u0000') ? -1 : 1);
const statementLines = (settlement: Settlement): Line[] => settlement.statements.map((s) => [s.month, s.payee, s.total.amount] as const);
const rowLines = (rows: readonly Record<string, unknown>[]): Line[] =>
  rows.map((r) => [String(r.month), String(r.payee), Number(r.amount)] as const).sort(byText);
const codes = (rows: readonly Record<string, unknown>[]): string[] => rows.map((r) => String(r.code)).sort();

function creditsCsv(credits: Readonly<Record<string, Credits>>): string {
  const rows = creditsRows(credits).map((r) => [r.track_id, r.role, r.payee, r.share, r.position].join(','));
  return `track_id,role,payee,share,position\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** Loads the typed ledger into both engines and runs the SQL there: statements and rejected rows per engine. */
async function settleInSql(rule: RoyaltyRule, credits: Readonly<Record<string, Credits>>, lines: readonly string[]) {
  const typed = join(dir, 'typed.csv');
  const creditsFile = join(dir, 'credits.csv');
  writeFileSync(typed, typedCsvOf(lines));
  writeFileSync(creditsFile, creditsCsv(credits));
  const results: Partial<Record<SqlDialect, { statements: Line[]; rejected: Record<string, unknown>[] }>> = {};
  await duck.run(`DELETE FROM sales; DELETE FROM credits;
    INSERT INTO sales SELECT * FROM read_csv('${typed}', header = true, all_varchar = true);
    INSERT INTO credits SELECT * FROM read_csv('${creditsFile}', header = true, all_varchar = true)`);
  const inDuck = settlementSql({ dialect: 'duckdb', rule, sales: 'sales', credits: 'credits' });
  results.duckdb = {
    statements: rowLines((await duck.runAndReadAll(inDuck.statements)).getRowObjectsJS()),
    rejected: (await duck.runAndReadAll(inDuck.rejected)).getRowObjectsJS(),
  };
  if (pg !== undefined) {
    pg.query('TRUNCATE sales; TRUNCATE credits');
    pg.copy('sales', typedCsvOf(lines));
    pg.copy('credits', creditsCsv(credits));
    const inPg = settlementSql({ dialect: 'postgres', rule, sales: 'sales', credits: 'credits' });
    results.postgres = { statements: rowLines(pg.query(inPg.statements)), rejected: pg.query(inPg.rejected) };
  }
  return results;
}

/** Every engine on one ledger: the same statements, totals and rejected rows. */
async function expectAgreement(rule: RoyaltyRule, credits: Readonly<Record<string, Credits>>, lines: readonly string[]) {
  const file = join(dir, 'sales.csv');
  writeFileSync(file, csvOf(lines));
  const viaDuck = await settleInDuckDB(file, { rule, credits });
  // the totals reconcile exactly, every row counted once
  const { gross, paid, platform, rejected, rows } = viaDuck.totals;
  expect(gross.amount).toBe(paid.amount + platform.amount + rejected.amount);
  expect(rows.read).toBe(lines.length);
  const inJs = await settleMonthly(readSalesCsv([csvOf(lines)]), { rule, credits });
  expect(viaDuck.statements).toEqual(inJs.statements);
  expect(viaDuck.totals).toEqual(inJs.totals);
  expect(viaDuck.rejectedByCode).toEqual(inJs.rejectedByCode);
  expect(viaDuck.rejected.map((r) => [r.line, r.code, r.amount])).toEqual(inJs.rejected.map((r) => [r.line, r.code, r.amount]));
  const sql = await settleInSql(rule, credits, lines);
  const expectedCodes = viaDuck.rejected.map((r) => typedCode(r.code)).sort();
  for (const result of Object.values(sql)) {
    expect(result.statements).toEqual(statementLines(viaDuck));
    expect(codes(result.rejected)).toEqual(expectedCodes);
  }
  return viaDuck;
}

describe('settleMonthly, settleInDuckDB and the SQL in DuckDB and PostgreSQL agree', () => {
  for (const rule of RULES) {
    it(`on random ledgers under ${rule.id}`, async () => {
      await fc.assert(
        fc.asyncProperty(creditsArbitrary(rule), ledgerArbitrary(rule), async (credits, lines) => {
          await expectAgreement(rule, credits, lines);
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: 60_000 }, // shrinking a failure stops in time, before the test timeout
      );
    }, 120_000);
  }

  it('on a hand-made ledger: months in Shanghai, a tie, a duplicate, bad rows', async () => {
    const credits = { t1: [{ role: 'artist', payee: 'ann', share: 1 }, { role: 'artist', payee: 'bo', share: 1 }, { role: 'label', payee: 'rec', share: 1 }] };
    const lines = [
      's1,t1,2013-09-30T16:30:00Z,0.01,,', // 00:30 on 1 October in Shanghai: 1 fen over weights 7 : 7 : 6 : 2
      's2,t1,2013-07-31T15:59:59Z,12.34,3,',
      's2,t1,2013-07-31T15:59:59Z,12.34,3,', // a copy: DUPLICATE_SALE
      's3,t9,2013-08-02T10:00:00+08:00,1.00,,', // UNKNOWN_TRACK
      's4,t1,2013-08-02T10:00:00,1.00,,', // NAIVE_TIMESTAMP
      's5,t1,2013-08-02T10:00:00+08:00,1.001,,', // TOO_MANY_DECIMALS
      'r1,t1,2013-08-02T10:00:00+08:00,0.50,,refund',
    ];
    const result = await expectAgreement(openRule, credits, lines);
    // 23:59:59 on 31 July in Shanghai stays in July; in October the 1 fen ties ann and bo, and goes
    // to the earlier entry: ann, the first credit of the first role
    expect(statementLines(result)).toEqual([
      ['2013-07', 'ann', 1178],
      ['2013-07', 'bo', 1178],
      ['2013-07', 'house', 336],
      ['2013-07', 'rec', 1010],
      ['2013-08', 'ann', -16],
      ['2013-08', 'bo', -16],
      ['2013-08', 'house', -4],
      ['2013-08', 'rec', -14],
      ['2013-10', 'ann', 1],
      ['2013-10', 'bo', 0],
      ['2013-10', 'house', 0],
      ['2013-10', 'rec', 0],
    ]);
    expect(result.rejected.map((r) => r.code)).toEqual(['DUPLICATE_SALE', 'UNKNOWN_TRACK', 'NAIVE_TIMESTAMP', 'TOO_MANY_DECIMALS']);
  });
});

// A sale and a refund sharing a sale id: duplicates are keyed by (sale id, kind), so both are
// settled and only a further copy of the same kind is DUPLICATE_SALE — in every engine alike.
describe('sale and refund sharing an id — the (sale id, kind) rule', () => {
  it('settles a sale and its refund, and rejects only a second refund of the same id', async () => {
    const credits = { t1: [{ role: 'artist', payee: 'ann', share: 1 }, { role: 'label', payee: 'rec', share: 1 }] };
    const lines = ['s1,t1,2013-08-01T10:00:00Z,2.00,,', 's1,t1,2013-08-03T10:00:00Z,2.00,,refund', 's1,t1,2013-08-04T10:00:00Z,2.00,,refund'];
    const result = await expectAgreement(openRule, credits, lines);
    expect(result.rejected.map((r) => [r.line, r.code])).toEqual([[4, 'DUPLICATE_SALE']]);
    expect(result.aggregates.map((a) => [a.month, a.gross.amount, a.units])).toEqual([['2013-08', 0, 0]]);
  });

  for (const rule of RULES) {
    it(`random ledgers whose refunds reuse sale ids, under ${rule.id}`, async () => {
      await fc.assert(
        fc.asyncProperty(creditsArbitrary(rule), ledgerArbitrary(rule, true), async (credits, lines) => {
          await expectAgreement(rule, credits, lines);
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: 60_000 }, // shrinking a failure stops in time, before the test timeout
      );
    }, 120_000);
  }
});

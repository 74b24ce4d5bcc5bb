// What settlementSql and settleInDuckDB refuse, and the credits rows they read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { musicianPlatformRule, xiamiDownloadRule } from '../../src/entries/royalty.js';
import { creditsRows, settleInDuckDB, settlementSql } from '../../src/warehouse/index.js';
import { expectLedgerError, expectLedgerRejection } from '../expect-ledger-error.js';

const base = { dialect: 'duckdb', rule: xiamiDownloadRule, sales: 'sales', credits: 'credits' } as const;

describe('settlementSql', () => {
  it('quotes plain and schema-qualified table names', () => {
    const sql = settlementSql({ ...base, dialect: 'postgres', sales: 'ledger.sales', credits: 'select' });
    expect(sql.totals).toContain('FROM "ledger"."sales" AS s');
    expect(sql.statements).toContain('FROM "select" AS c');
  });

  for (const name of ['sales; DROP TABLE credits', 'sales"', 'a.b.c.d', '', '1sales', 'sales --']) {
    it(`refuses the table name ${JSON.stringify(name)} instead of splicing it in`, () => {
      expectLedgerError(() => settlementSql({ ...base, sales: name }), 'INVALID_OPTIONS', 'sales', 'letters, digits');
      expectLedgerError(() => settlementSql({ ...base, credits: name }), 'INVALID_OPTIONS', 'credits');
    });
  }

  it('refuses an unknown dialect, rule or time zone', () => {
    expectLedgerError(() => settlementSql({ ...base, dialect: 'mysql' as 'duckdb' }), 'INVALID_OPTIONS', 'mysql', 'duckdb or postgres');
    expectLedgerError(() => settlementSql({ ...base, rule: undefined as never }), 'INVALID_OPTIONS', 'rule');
    expectLedgerError(() => settlementSql({ ...base, timeZone: 'Mars/Olympus' }), 'INVALID_OPTIONS', 'Mars/Olympus');
    expectLedgerError(() => settlementSql({ ...base, timeZone: "UTC'; --" }), 'INVALID_OPTIONS', 'timeZone');
  });

  it('writes the rule into the SQL: roles in order, the fixed payee, the cap', () => {
    const { statements, rejected } = settlementSql({ ...base, timeZone: 'UTC' });
    expect(statements).toContain("(0, 'uploader', CAST(25 AS HUGEINT), CAST(NULL AS TEXT)), (1, 'label'");
    expect(statements).toContain("'platform', CAST(25 AS HUGEINT), CAST('xiami' AS TEXT)");
    expect(rejected).toContain("WHEN price_units > 80 THEN 'PRICE_ABOVE_CAP'");
    expect(rejected).toContain("timezone('UTC', sold_at)");
  });
});

describe('creditsRows', () => {
  it('numbers each credit by its place in the track list, from a Map too', () => {
    const rows = creditsRows(new Map([['t1', [{ role: 'producer', payee: 'bo', share: 3 }, { role: 'lyricist', payee: 'ann', share: 1 }]]]));
    expect(rows).toEqual([
      { track_id: 't1', role: 'producer', payee: 'bo', share: 3, position: 0 },
      { track_id: 't1', role: 'lyricist', payee: 'ann', share: 1, position: 1 },
    ]);
    expect(Object.isFrozen(rows) && Object.isFrozen(rows[0])).toBe(true);
  });

  it('refuses what is not credits', () => {
    expectLedgerError(() => creditsRows([] as never), 'INVALID_CREDITS');
    expectLedgerError(() => creditsRows({ t1: 'ann' } as never), 'INVALID_CREDITS', 't1');
  });
});

describe('settleInDuckDB', () => {
  const credits = { t1: [{ role: 'lyricist', payee: 'ann', share: 1 }, { role: 'composer', payee: 'ann', share: 1 }, { role: 'producer', payee: 'bo', share: 1 }] };

  it('checks options and credits before reading anything', async () => {
    await expectLedgerRejection(settleInDuckDB('none.csv', { rule: musicianPlatformRule, credits: { t1: [] } }), 'MISSING_ROLE');
    await expectLedgerRejection(settleInDuckDB([], { rule: musicianPlatformRule, credits }), 'INVALID_OPTIONS', 'source');
    await expectLedgerRejection(settleInDuckDB('a.csv', { rule: musicianPlatformRule, credits, keepRejected: -1 }), 'INVALID_OPTIONS', 'keepRejected');
    await expectLedgerRejection(settleInDuckDB('a.csv', { rule: musicianPlatformRule, credits, memoryLimit: "1GB'; --" }), 'INVALID_OPTIONS', 'memoryLimit');
    await expectLedgerRejection(settleInDuckDB('a.csv', { rule: musicianPlatformRule, credits, timeZone: 'Mars/Olympus' }), 'INVALID_OPTIONS', 'Mars/Olympus');
  });

  it('reports a missing file or column as a coded error naming it', async () => {
    await expectLedgerRejection(settleInDuckDB('no-such-sales.csv', { rule: musicianPlatformRule, credits }), 'INVALID_OPTIONS', 'no-such-sales.csv', 'cannot be read');
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-header-')), 'sales.csv');
    writeFileSync(file, 'id,track\n1,t1\n');
    await expectLedgerRejection(settleInDuckDB(file, { rule: musicianPlatformRule, credits }), 'INVALID_HEADER', 'no column "sale_id"');
  });
});

describe('settlementSql on a table with only the required columns', () => {
  it('reads quantity 1, kind sale and no positions: identical copies settle once', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(`CREATE TABLE sales AS SELECT * FROM (VALUES
        ('s1', 't1', TIMESTAMPTZ '2011-03-01 10:00:00+08', 0.80),
        ('s1', 't1', TIMESTAMPTZ '2011-03-01 10:00:00+08', 0.80),
        ('s2', 't1', TIMESTAMPTZ '2011-02-28 16:00:00+00', 0.40)) AS v(sale_id, track_id, sold_at, price)`);
      await connection.run('CREATE TABLE credits (track_id VARCHAR, role VARCHAR, payee VARCHAR, share BIGINT, position INTEGER)');
      for (const r of creditsRows({ t1: [{ role: 'uploader', payee: 'ann', share: 1 }, { role: 'label', payee: 'rec', share: 1 }] })) {
        await connection.run(`INSERT INTO credits VALUES ('${r.track_id}', '${r.role}', '${r.payee}', ${r.share}, ${r.position})`);
      }
      const sql = settlementSql({ ...base });
      expect((await connection.runAndReadAll(sql.totals)).getRowObjectsJson()).toEqual([{ track_id: 't1', month: '2011-03', gross: '120', units: '2' }]);
      expect((await connection.runAndReadAll(sql.rejected)).getRowObjectsJson().map((r) => r.code)).toEqual(['DUPLICATE_SALE']);
      expect((await connection.runAndReadAll(sql.statements)).getRowObjectsJson()).toEqual([
        { month: '2011-03', payee: 'ann', amount: '30' },
        { month: '2011-03', payee: 'rec', amount: '60' },
        { month: '2011-03', payee: 'xiami', amount: '30' },
      ]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

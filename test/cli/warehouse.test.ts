// `settle` through DuckDB (Parquet, or --engine duckdb for CSV) and `sql`.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-warehouse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('settle through DuckDB', () => {
  const settle = (file: string, ...argv: string[]) => runCli(['settle', file, '--credits', `${fixtures}credits.json`, '--json', ...argv]);

  it('--engine duckdb gives the statements and summary of the JS engine on a CSV', async () => {
    const js = await settle(`${fixtures}ledger-small.csv`);
    const duck = await settle(`${fixtures}ledger-small.csv`, '--engine', 'duckdb');
    expect(duck.code).toBe(js.code);
    expect(JSON.parse(duck.stdout).statements).toEqual(JSON.parse(js.stdout).statements);
    expect(duck.stderr).toContain('✓ gross = paid + platform + rejected');
  });

  it('reads a .parquet file with typed columns', async () => {
    const parquet = join(dir, 'sales.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (
      SELECT sale_id, track_id, CAST(sold_at AS TIMESTAMPTZ) AS sold_at, CAST(price AS DECIMAL(18, 2)) AS price, CAST(quantity AS INTEGER) AS quantity, kind
      FROM (VALUES ('s1', 't-rain', '2013-07-31T16:30:00Z', '5.00', 2, NULL), ('s2', 't-nope', '2013-08-01T10:00:00+08:00', '1.00', 1, NULL)) AS v(sale_id, track_id, sold_at, price, quantity, kind)
    ) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
    const { code, stdout } = await settle(parquet);
    expect(code).toBe(0);
    const settlement = JSON.parse(stdout);
    expect(settlement.totals.rows).toEqual({ read: 2, settled: 1, rejected: 1 });
    expect(settlement.statements.map((s: { month: string }) => s.month)).toEqual(['2013-08', '2013-08', '2013-08']);
    expect(settlement.rejected[0]).toMatchObject({ id: 's2', code: 'UNKNOWN_TRACK', line: 2 });
  });

  it('refuses an unknown engine as a usage error', async () => {
    const { code, stderr } = await settle(`${fixtures}ledger-small.csv`, '--engine', 'spark');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown engine "spark": js or duckdb');
  });
});

describe('sql', () => {
  it('prints the three queries for a dialect and rule', async () => {
    const { code, stdout } = await runCli(['sql', '--dialect', 'postgres', '--rule', 'xiami-download', '--sales', 'ledger.sales']);
    expect(code).toBe(0);
    expect(stdout.match(/^-- (\w+)$/gm)).toEqual(['-- totals', '-- rejected', '-- statements']);
    expect(stdout).toContain('FROM "ledger"."sales" AS s');
    expect(stdout).toContain("'xiami'");
  });

  it('needs a known dialect and refuses a table name that is not an identifier', async () => {
    expect((await runCli(['sql'])).stderr).toContain('missing --dialect duckdb|postgres');
    expect((await runCli(['sql', '--dialect', 'mysql'])).code).toBe(2);
    const injected = await runCli(['sql', '--dialect', 'duckdb', '--sales', 'x; DROP TABLE y']);
    expect(injected.code).not.toBe(0);
    expect(injected.stderr).toContain('option sales "x; DROP TABLE y" is not allowed');
  });
});

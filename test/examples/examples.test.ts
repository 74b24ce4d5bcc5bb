import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { csvObjects } from '../cli/csv-oracle.js';

const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const run = promisify(execFile);

/** Runs one example with tsx from the project root; rejects on a non-zero exit. */
const example = (file: string, ...args: string[]) => run(tsx, [join('examples', file), ...args], { cwd: root, encoding: 'utf8' });

// Integer minor units of a decimal string, exactly ('-12.30' → -1230n).
const units = (decimal: string) => BigInt(decimal.replace('.', ''));

const out = mkdtempSync(join(tmpdir(), 'ecosystem-ledger-examples-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('examples', { timeout: 60_000 }, () => {
  it('has a test for every example script', () => {
    const tested = ['tour.ts', 'deal-timeline.ts', 'compare-market-shares.ts', 'settle-a-month.ts', 'export-for-spreadsheet.ts', 'cite-a-fact.ts'];
    expect(readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts')).sort()).toEqual([...tested].sort());
  });

  it('tour.ts (npm run demo) walks through deals, figures, conflicts and a settlement', async () => {
    const { stdout } = await example('tour.ts');
    expect(stdout).toMatch(/Alibaba's acquisitions\n═+\n/);
    expect(stdout).toMatch(/\n2012\s+Xiami\s+completed/);
    expect(stdout).toContain("Xiami's users over time");
    expect(stdout).toMatch(/revenue-run-rate\s+≥\$4B/);
    expect(stdout).toMatch(/Flutterwave fee-rate\s+2019\s+2\.8%/);
    expect(stdout).toMatch(/lyricist\s+0\.01\ncomposer\s+0\.00\nproducer\s+0\.04/);
    expect(stdout).toMatch(/The totals reconcile to the fen: gross CN¥[\d,.]+ = paid/);
    // the rejected rows it leaves out are counted, as the CLI counts them
    const [, read, settled, rejected] = /(\d+) rows read: (\d+) settled, (\d+) rejected/.exec(stdout) ?? [];
    expect(Number(read)).toBe(Number(settled) + Number(rejected));
    expect(stdout).toContain(`\n  … and ${Number(rejected) - 3} more\n`);
    expect(stdout).toMatch(/TechCrunch, 2019: “or a run rate\s+surpassing \$4 billion”/); // a citation, verbatim
  });

  it("deal-timeline.ts lists a company's deals by date", async () => {
    const { stdout } = await example('deal-timeline.ts', 'Alibaba');
    expect(stdout).toMatch(/^Alibaba Group: \d+ deals/);
    expect(stdout).toMatch(/'2012'\s+│ 'acquisition'\s+│ 'completed'\s+│ 'Xiami \(target\)/);
  });

  it('compare-market-shares.ts ranks each market', async () => {
    const { stdout } = await example('compare-market-shares.ts', 'cloud');
    expect(stdout).toContain('China cloud market; IDC data: Alibaba Cloud 43% > Tencent Cloud 11%');
    expect(stdout).toContain('AWS 31.7% > Microsoft Azure 16.8% > Google Cloud 8.5%');
  });

  it('settle-a-month.ts prints one month of statements and totals that reconcile', async () => {
    const { stdout } = await example('settle-a-month.ts');
    expect(stdout).toMatch(/^\d{4}-\d{2}: \d+ payees/);
    const [, gross, paid, platform, rejected] = /gross (-?[\d.]+) = paid (-?[\d.]+) \+ platform (-?[\d.]+) \+ rejected (-?[\d.]+)/.exec(stdout) ?? [];
    expect(units(gross!)).toBe(units(paid!) + units(platform!) + units(rejected!));
  });

  it('export-for-spreadsheet.ts writes RFC 4180 CSV to stdout or to a file', async () => {
    const { stdout } = await example('export-for-spreadsheet.ts');
    const rows = csvObjects(stdout);
    expect(rows.find((r) => r.id === 'alibaba-acquires-xiami-2012')).toMatchObject({ date: '2012', kind: 'acquisition' });
    const file = join(out, 'deals.csv');
    const written = await example('export-for-spreadsheet.ts', file);
    expect(written.stdout).toBe(`wrote ${rows.length} deals to ${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe(stdout);
  });

  it('cite-a-fact.ts prints a fact with its verbatim source', async () => {
    const { stdout } = await example('cite-a-fact.ts', 'Alibaba Cloud', 'revenue-run-rate');
    const facts = JSON.parse(stdout.slice(stdout.indexOf('\n[') + 1)) as { min: number; unit: string; citation: string }[];
    expect(facts).toEqual([expect.objectContaining({ min: 4_000_000_000, unit: 'USD' })]);
    expect(facts[0]?.citation).toContain('TechCrunch, 2019: “or a run rate surpassing $4 billion”');
  });
});

import { describe, expect, it } from 'vitest';
import { metricsFor } from '../../src/query/index.js';
import { csvObjects } from './csv-oracle.js';
import { runCli } from './run-cli.js';

describe('ecosystem-ledger metrics', () => {
  it("shows Xiami's users over time, dated and cited", async () => {
    const { code, stdout } = await runCli(['metrics', 'Xiami', '--metric', 'registered-users,monthly-active-users,users']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Date\s+Metric\s+Value\s+Unit\s+Qualifier\s+Scope\s+Source$/);
    expect(lines.find((l) => l.includes('monthly-active-users'))).toMatch(/^2013\s+monthly-active-users\s+67M\s+users/);
    expect(stdout).toContain('15M–20M');
    expect(stdout).toContain('sina-tech-xiami-new-order');
  });

  it('shows the Alibaba Cloud figures with money formatted, and --latest keeps the newest', async () => {
    const all = await runCli(['metrics', 'Alibaba Cloud']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/revenue-run-rate\s+≥\$4B/);
    const latest = csvObjects((await runCli(['metrics', 'Alibaba Cloud', '--metric', 'revenue', '--latest', '--csv'])).stdout);
    expect(latest.map((r) => r.id)).toEqual(metricsFor('Alibaba Cloud', { metric: 'revenue', latest: true }).map((m) => m.id));
    expect(latest.every((r) => r.metric === 'revenue')).toBe(true);
  });

  it('--json gives the records and --csv exact values', async () => {
    const json = JSON.parse((await runCli(['metrics', 'alibaba-cloud', '--json'])).stdout) as { id: string }[];
    expect(json.map((m) => m.id)).toEqual(metricsFor('alibaba-cloud').map((m) => m.id));
    const csv = csvObjects((await runCli(['metrics', 'alibaba-cloud', '--csv'])).stdout);
    const growth = csv.find((r) => r.metric === 'revenue-growth');
    expect(growth).toMatchObject({ value: '66', unit: 'percent', date: '2019-04/2019-06' });
  });

  it('needs an entity (exit 2) and suggests names for an unknown one (exit 1)', async () => {
    expect((await runCli(['metrics'])).code).toBe(2);
    const unknown = await runCli(['metrics', 'Xiamy']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('  Xiami\n');
  });

  it('an unknown metric exits 2 naming the nearest one', async () => {
    const { code, stderr } = await runCli(['metrics', 'Xiami', '--metric', 'revenu']);
    expect(code).toBe(2);
    expect(stderr).toContain('"revenue"');
    expect(stderr).toMatch(/^error: .+\nRun 'ecosystem-ledger metrics --help' for usage\.\n$/);
  });
});

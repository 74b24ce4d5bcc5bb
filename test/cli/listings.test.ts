import { describe, expect, it } from 'vitest';
import { sources } from '../../src/data/index.js';
import { conflicts } from '../../src/query/index.js';
import { SOURCE_IDS } from '../../src/schema/vocabulary.js';
import { csvObjects } from './csv-oracle.js';
import { runCli } from './run-cli.js';

describe('ecosystem-ledger sources', () => {
  it('lists all 24 sources with their ids and dates', async () => {
    const { code, stdout } = await runCli(['sources']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2 + SOURCE_IDS.length);
    expect(lines.find((l) => l.startsWith('tc-alibaba-cloud-run-rate '))).toMatch(/2019-08-15\s+TechCrunch\s+Alibaba cloud biz/);
  });

  it('--csv and --json carry the full metadata', async () => {
    const csv = csvObjects((await runCli(['sources', '--csv'])).stdout);
    expect(csv.map((r) => r.id)).toEqual([...SOURCE_IDS]);
    expect(csv.find((r) => r.id === 'sina-tech-xiami-new-order')).toMatchObject({ author: 'Shen Yunfang', publisher: 'Sina Technology' });
    expect(JSON.parse((await runCli(['sources', '--json'])).stdout)).toEqual(JSON.parse(JSON.stringify(sources)));
  });

  it('takes no arguments', async () => {
    expect((await runCli(['sources', 'extra'])).code).toBe(2);
  });
});

describe('ecosystem-ledger conflicts', () => {
  it('puts the disagreeing Flutterwave fee claims side by side, with the note', async () => {
    const { code, stdout } = await runCli(['conflicts']);
    expect(code).toBe(0);
    const fee = stdout.split('\n').filter((l) => /metric\s+Flutterwave fee-rate/.test(l));
    expect(fee).toHaveLength(2);
    expect(fee.join('\n')).toMatch(/2\.8%[\s\S]*3\.8%/);
    expect(new Set(fee.map((l) => l.trim().split(/\s+/)[0])).size).toBe(1); // one group number
    expect(stdout).toContain('\nNotes:\n');
  });

  it('--json gives the groups and --csv one row per claim', async () => {
    const groups = conflicts();
    expect(JSON.parse((await runCli(['conflicts', '--json'])).stdout)).toEqual(JSON.parse(JSON.stringify(groups)));
    const csv = csvObjects((await runCli(['conflicts', '--csv'])).stdout);
    expect(csv.map((r) => r.id)).toEqual(groups.flatMap((g) => g.ids));
    expect(csv.every((r) => Number(r.group) >= 1 && Number(r.group) <= groups.length)).toBe(true);
  });
});

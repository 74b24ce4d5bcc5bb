import { describe, expect, it } from 'vitest';
import { dealsBy } from '../../src/query/index.js';
import { csvObjects } from './csv-oracle.js';
import { runCli } from './run-cli.js';

describe('ecosystem-ledger deals', () => {
  it("shows Alibaba's acquisitions as a dated table that includes Xiami", async () => {
    const { code, stdout, stderr } = await runCli(['deals', 'Alibaba', '--kind', 'acquisition']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const [header, rule, ...rows] = stdout.trimEnd().split('\n');
    expect(header).toMatch(/^Date\s+Kind\s+Status\s+Parties\s+Amount\s+Source$/);
    expect(rule).toMatch(/^-+( +-+)+$/);
    const xiami = rows.find((r) => r.includes('Xiami (target)'));
    expect(xiami).toMatch(/^2012\s+acquisition/);
    expect(xiami).toContain('xiami-acquisition-rumor');
    expect(rows.every((r) => r.includes('acquisition'))).toBe(true);
  });

  it('right-aligns amounts and formats them', async () => {
    const { stdout } = await runCli(['deals', 'Alibaba', '--kind', 'listing']);
    const lines = stdout.trimEnd().split('\n');
    const amountEnd = lines[0]!.indexOf('Amount') + 'Amount'.length;
    const withAmount = lines.slice(2).filter((l) => /\$\d/.test(l));
    expect(withAmount.length).toBeGreaterThan(0);
    for (const line of withAmount) expect(line.slice(0, amountEnd)).toMatch(/\$[\d.]+[KMB]?$/);
  });

  it('--json gives the full records the query gives', async () => {
    const { code, stdout } = await runCli(['deals', 'Alibaba', '--kind', 'acquisition', '--json']);
    expect(code).toBe(0);
    const records = JSON.parse(stdout) as { id: string; parties: { entity: string; role: string }[] }[];
    expect(records).toEqual(JSON.parse(JSON.stringify(dealsBy({ party: 'Alibaba', kind: 'acquisition' }))));
    expect(records.some((d) => d.parties.some((p) => p.entity === 'xiami' && p.role === 'target'))).toBe(true);
  });

  it('--csv gives one flat row per deal with exact amounts', async () => {
    const { stdout } = await runCli(['deals', '--csv']);
    const rows = csvObjects(stdout);
    expect(rows).toHaveLength(dealsBy().length);
    const groups = Math.max(...dealsBy().map((d) => d.amounts.length));
    const amountColumns = (n: number) => ['amount', 'currency', 'qualifier', 'label', 'conversions'].map((k) => (n === 1 ? k : `${k}_${n}`));
    expect(Object.keys(rows[0]!)).toEqual([
      'date', 'kind', 'status', 'parties',
      ...Array.from({ length: groups }, (_, i) => amountColumns(i + 1)).flat(),
      'sources', 'id', 'summary',
    ]);
    const vmate = rows.find((r) => r.parties?.includes('Vmate') && r.kind === 'investment');
    expect(vmate).toMatchObject({ amount: '100000000', currency: 'USD', amount_2: '' });
  });

  it('--csv carries every amount of a deal and the conversions its source prints', async () => {
    const rows = csvObjects((await runCli(['deals', '--csv'])).stdout);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('aliexpress-russia-jv-2019')).toMatchObject({
      amount: '2000000000', currency: 'USD', qualifier: 'in-the-region-of', label: 'estimated value of the joint venture',
      amount_2: '100000000', label_2: 'Alibaba investment',
      amount_3: '182000000', label_3: 'Mail.ru Group cash investment',
      amount_4: '100000000', currency_4: 'USD', label_4: 'RDIF investment',
    });
    expect(byId.get('suning-acquires-80-percent-of-carrefour-china-2019')).toMatchObject({ amount: '620000000', currency: 'EUR', conversions: '4800000000 CNY; 705000000 USD' });
    // nothing lost: every amount of every deal is in its row
    for (const deal of dealsBy()) {
      const row = byId.get(deal.id)!;
      deal.amounts.forEach((a, i) => {
        const suffix = i === 0 ? '' : `_${i + 1}`;
        expect([row[`amount${suffix}`], row[`currency${suffix}`]]).toEqual([String(a.value), a.currency]);
      });
    }
  });

  it('--role and --from/--to narrow the list', async () => {
    const all = csvObjects((await runCli(['deals', 'Alibaba', '--csv'])).stdout);
    const targets = csvObjects((await runCli(['deals', 'Alibaba', '--role', 'target', '--csv'])).stdout);
    const in2019 = csvObjects((await runCli(['deals', 'Alibaba', '--from', '2019', '--to', '2019', '--csv'])).stdout);
    expect(targets.length).toBeLessThan(all.length);
    expect(targets.every((r) => r.parties?.includes('Alibaba Group (target)'))).toBe(true);
    expect(in2019.length).toBeGreaterThan(0);
    expect(in2019.every((r) => r.date?.startsWith('2019'))).toBe(true);
  });

  it('--subsidiaries adds the deals of the companies Ant Group owns', async () => {
    const own = csvObjects((await runCli(['deals', 'Ant Group', '--csv'])).stdout);
    const group = csvObjects((await runCli(['deals', 'Ant Group', '--subsidiaries', '--csv'])).stdout);
    expect(group.length).toBeGreaterThan(own.length); // Alipay's deals, among others
    expect(group.map((r) => r.id)).toEqual(expect.arrayContaining(own.map((r) => r.id)));
  });

  it('an unknown entity exits 1 with the nearest names on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['deals', 'Alibab']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('no entity is named "Alibab"');
    expect(stderr).toContain('  Alibaba Group\n');
  });

  it('a mistyped kind is a usage mistake: exit 2, the nearest kind and the usage', async () => {
    const { code, stderr } = await runCli(['deals', 'Alibaba', '--kind', 'acqusition']);
    expect(code).toBe(2);
    expect(stderr).toContain('"acquisition"');
    expect(stderr).toBe('error: unknown deal kind "acqusition"; did you mean "acquisition"?\nRun \'ecosystem-ledger deals --help\' for usage.\n');
  });

  it.each([
    [['deals', '--bogus']],
    [['deals', 'a', 'b']],
    [['deals', '--json', '--csv']],
    [['deals', '--subsidiaries']],
    [['deals', '--from', '2019-13']],
  ])('%j exits 2 with the error and one line pointing to --help', async (argv) => {
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: .+\nRun 'ecosystem-ledger deals --help' for usage\.\n$/);
  });

  it('speaks of --subsidiaries and --from, not of includeSubsidiaries and from', async () => {
    expect((await runCli(['deals', '--subsidiaries'])).stderr.split('\n')[0]).toBe('error: --subsidiaries needs a party');
    expect((await runCli(['deals', '--from', '2020', '--to', '2019'])).stderr.split('\n')[0]).toBe('error: --from "2020" is after --to "2019"');
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['deals', '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Usage: ecosystem-ledger deals [name] [options]');
    expect(stdout).toContain('--subsidiaries');
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvObjects } from './csv-oracle.js';
import { runCli, tempFiles } from './run-cli.js';

const credits = [
  { role: 'lyricist', payee: 'ann', share: 1 },
  { role: 'lyricist', payee: 'bo', share: 2 },
  { role: 'composer', payee: 'ann', share: 1 },
  { role: 'producer', payee: 'cy', share: 1 },
];
const dir = tempFiles({
  'one-track.json': JSON.stringify(credits),
  'by-track.json': JSON.stringify({ t1: credits }),
  'bad-share.json': JSON.stringify([{ role: 'lyricist', payee: 'ann', share: -1 }]),
  'broken.json': '[\n  { "role": "lyricist", "payee": "ann" "share": 1 }\n]\n',
});

describe('ecosystem-ledger split', () => {
  it('splits a RMB 0.80 download 0.20 / 0.40 / 0.20, with the source quoted', async () => {
    const { code, stdout } = await runCli(['split', 'xiami-download', '0.80']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^Role\s+Payee\s+Share\s+Amount$/);
    expect(lines.slice(2, 6)).toEqual([
      'uploader           25%  CN¥0.20',
      'label              50%  CN¥0.40',
      'platform  xiami    25%  CN¥0.20',
      'total                   CN¥0.80',
    ]);
    expect(stdout).toContain('download a piece from Xiami');
  });

  it('--csv gives decimal amounts that add up to the price', async () => {
    const rows = csvObjects((await runCli(['split', 'musician-platform', '0.05', '--csv'])).stdout);
    expect(rows.map((r) => [r.role, r.amount])).toEqual([
      ['lyricist', '0.01'],
      ['composer', '0.00'],
      ['producer', '0.04'],
    ]);
  });

  it('--credits splits each role between its payees; --track picks a track from a keyed file', async () => {
    const one = csvObjects((await runCli(['split', 'musician-platform', '12.50', '--credits', join(dir, 'one-track.json'), '--csv'])).stdout);
    const keyed = csvObjects((await runCli(['split', 'musician-platform', '12.50', '--credits', join(dir, 'by-track.json'), '--track', 't1', '--csv'])).stdout);
    expect(keyed).toEqual(one);
    expect(one.map((r) => `${r.role} ${r.payee} ${r.amount}`)).toEqual(['lyricist ann 0.42', 'lyricist bo 0.83', 'composer ann 1.25', 'producer cy 10.00']);
  });

  it('--json gives the split in minor units', async () => {
    const split = JSON.parse((await runCli(['split', 'xiami-download', '0.80', '--json'])).stdout);
    expect(split.rule).toBe('xiami-download');
    expect(split.gross).toEqual({ amount: 80, currency: 'CNY', scale: 2 });
    expect(split.byPayee.xiami).toEqual({ amount: 20, currency: 'CNY', scale: 2 });
  });

  it('a price above the cap or with too many decimals exits 1 saying why', async () => {
    const above = await runCli(['split', 'musician-platform', '50.01']);
    expect(above.code).toBe(1);
    expect(above.stderr).toMatch(/^error: .*50\.01.*50\.00/);
    const decimals = await runCli(['split', 'musician-platform', '0.805']);
    expect(decimals.code).toBe(1);
    expect(decimals.stderr).toContain('0.805');
  });

  it('a broken credits file is reported by file, line and column', async () => {
    const file = join(dir, 'broken.json');
    const { code, stderr } = await runCli(['split', 'musician-platform', '1.00', '--credits', file]);
    expect(code).toBe(1);
    expect(stderr).toBe(`${file}:2:40: not valid JSON: unexpected "\\""\n`);
  });

  it('a file of credits by track needs --track, and says so without printing the file', async () => {
    const { code, stderr } = await runCli(['split', 'musician-platform', '1.00', '--credits', join(dir, 'by-track.json')]);
    expect(code).toBe(1);
    expect(stderr).toBe(`${join(dir, 'by-track.json')}: the credits are keyed by track: pick one with --track <id>\n`);
  });

  it('a missing credits file is named', async () => {
    const file = join(dir, 'missing.json');
    const { code, stderr } = await runCli(['split', 'musician-platform', '1.00', '--credits', file]);
    expect(code).toBe(1);
    expect(stderr).toBe(`error: cannot read ${file}: no such file\n`);
  });

  it('a directory as the credits file is a worded error, exit 1', async () => {
    expect(await runCli(['split', 'musician-platform', '1.00', '--credits', dir])).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: cannot read ${dir}: it is a directory\n`,
    });
  });

  it('speaks of the price and of credits in the file, not of amounts and credits[0]', async () => {
    const decimals = await runCli(['split', 'musician-platform', '0.805']);
    expect(decimals.stderr).toBe('error: price "0.805" has 3 decimal places; at most 2 are allowed\n');
    const negative = await runCli(['split', 'musician-platform', '--', '-3']);
    expect([negative.code, negative.stderr]).toEqual([1, 'error: price -3.00 CNY is not allowed: a price is positive\n']);
    const file = join(dir, 'bad-share.json');
    const badShare = await runCli(['split', 'musician-platform', '1.00', '--credits', file]);
    expect([badShare.code, badShare.stderr]).toEqual([1, `${file}: credit 1 ({"role":"lyricist","payee":"ann","share":-1}) is not allowed: share is a positive integer weight\n`]);
  });

  it('an unknown rule or a missing price is a usage mistake', async () => {
    const unknown = await runCli(['split', 'musician', '1.00']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("error: unknown rule 'musician'; did you mean 'musician-platform'? rules are xiami-download, musician-platform\nRun 'ecosystem-ledger split --help' for usage.\n");
    expect((await runCli(['split', 'xiami-download'])).code).toBe(2);
    expect((await runCli(['split', 'xiami-download', '0.80', '--track', 't1'])).code).toBe(2);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDecimal, type Money } from '../../src/entries/royalty.js';
import { csvObjects } from './csv-oracle.js';
import { runCli, tempFiles } from './run-cli.js';
import { expectedSettlement, fixturePath } from '../fixture-files.js';

const credits = {
  t1: [
    { role: 'lyricist', payee: 'ann', share: 1 },
    { role: 'composer', payee: 'ann', share: 1 },
    { role: 'producer', payee: 'bo', share: 1 },
  ],
  t2: [
    { role: 'lyricist', payee: 'cy', share: 1 },
    { role: 'composer', payee: 'cy', share: 1 },
    { role: 'producer', payee: 'cy', share: 1 },
  ],
};
// s1 is 00:30 on 1 August in Shanghai; s4's track has no credits, s5 has no offset, line 7 lacks fields.
const sales = [
  'sale_id,track_id,sold_at,price,quantity',
  's1,t1,2013-07-31T16:30:00Z,12.50,1',
  's2,t1,2013-08-02T10:00:00+08:00,5.00,2',
  's3,t2,2013-09-01T00:00:00+08:00,1.00,1',
  's4,t9,2013-09-01T00:00:00+08:00,1.00,1',
  's5,t1,2013-09-02T10:00:00,1.00,1',
  's6,t1,2013-09-03T00:00:00Z',
  '',
].join('\n');
const dir = tempFiles({
  'sales.csv': sales,
  'credits.json': JSON.stringify(credits),
  'bad-header.csv': 'sale,track,when,price\ns1,t1,2013-07-31T16:30:00Z,12.50\n',
  'bad-credits.json': JSON.stringify({ t1: [{ role: 'singer', payee: 'ann', share: 1 }] }),
  'downloads.csv': 'sale_id,track_id,sold_at,price\nd1,t1,2011-05-01T12:00:00+08:00,0.80\n',
  'uploads.json': JSON.stringify({ t1: [{ role: 'uploader', payee: 'uli', share: 1 }, { role: 'label', payee: 'lab', share: 1 }] }),
  'stray-quote.csv': 'sale_id,track_id,sold_at,price\ns1,t1,2013-08-02T10:00"Z,1.00\ns2,t1,2013-08-02T10:00:00Z,1.00\n',
  'list-credits.json': '[1]',
  'broken-credits.json': '{\n  "t1": [\n    { "role": "lyricist", "payee": "ann", "share": 1 },\n  ]\n}\n',
});
const at = (name: string) => join(dir, name);
const settle = (...argv: string[]) => runCli(['settle', at('sales.csv'), '--credits', at('credits.json'), ...argv]);

describe('ecosystem-ledger settle', () => {
  it('writes statements.csv (month,payee,amount), one sorted row per month and payee', async () => {
    const out = at('statements.csv');
    const { code, stderr } = await settle('--out', out);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('month,payee,amount\n2013-08,ann,4.50\n2013-08,bo,18.00\n2013-09,cy,1.00\n');
  });

  it('prints a reconciliation summary: rows read, settled, rejected; gross, paid, platform', async () => {
    const { stdout } = await settle('--out', at('summary.csv'));
    expect(stdout).toMatch(/Rows read\s+6\n\s+Settled\s+3\n\s+Rejected\s+3\n/);
    expect(stdout).toMatch(/Gross\s+CN¥25\.50\n/);
    expect(stdout).toMatch(/Paid to payees\s+CN¥23\.50\n/);
    expect(stdout).toMatch(/Kept by the platform\s+CN¥0\.00\n/);
    expect(stdout).toMatch(/In rejected rows\s+CN¥2\.00\n/);
    expect(stdout).toContain('✓ gross = paid + platform + rejected');
    expect(stdout).toContain(`${at('sales.csv')}:5: UNKNOWN_TRACK`);
    expect(stdout).toContain(`${at('sales.csv')}:7: MALFORMED_LINE`);
  });

  it('without --out prints the statements as a table', async () => {
    const { code, stdout } = await settle();
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 5)).toEqual([
      'Month    Payee    Amount',
      '-------  -----  --------',
      '2013-08  ann     CN¥4.50',
      '2013-08  bo     CN¥18.00',
      '2013-09  cy      CN¥1.00',
    ]);
  });

  it('--rejected writes every rejected row with its line, code and amount', async () => {
    const file = at('rejected.csv');
    await settle('--out', at('s.csv'), '--rejected', file);
    const rows = csvObjects(readFileSync(file, 'utf8'));
    expect(rows.map((r) => [r.line, r.id, r.code, r.amount])).toEqual([
      ['5', 's4', 'UNKNOWN_TRACK', '1.00'],
      ['6', 's5', 'NAIVE_TIMESTAMP', '1.00'],
      ['7', '', 'MALFORMED_LINE', ''],
    ]);
    expect(rows.every((r) => r.reason !== '')).toBe(true);
  });

  it('--json writes the full statements with their lines to stdout, the summary to stderr', async () => {
    const { code, stdout, stderr } = await settle('--json');
    expect(code).toBe(0);
    const settlement = JSON.parse(stdout);
    expect(settlement.statements.map((s: { month: string; payee: string }) => `${s.month} ${s.payee}`)).toEqual(['2013-08 ann', '2013-08 bo', '2013-09 cy']);
    expect(settlement.statements[1].lines).toEqual([
      { track: 't1', role: 'producer', units: 3, gross: { amount: 2250, currency: 'CNY', scale: 2 }, amount: { amount: 1800, currency: 'CNY', scale: 2 } },
    ]);
    expect(settlement.totals.rows).toEqual({ read: 6, settled: 3, rejected: 3 });
    expect(stderr).toContain('Rows read');
  });

  it('--tz files sales under that zone’s months', async () => {
    const file = at('utc.csv');
    await settle('--tz', 'UTC', '--out', file);
    expect(readFileSync(file, 'utf8')).toBe('month,payee,amount\n2013-07,ann,2.50\n2013-07,bo,10.00\n2013-08,ann,2.00\n2013-08,bo,8.00\n2013-08,cy,1.00\n');
  });

  it('--rule xiami-download pays the platform its share', async () => {
    const { code, stdout } = await runCli(['settle', at('downloads.csv'), '--credits', at('uploads.json'), '--rule', 'xiami-download']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/2011-05\s+xiami\s+CN¥0\.20/);
    expect(stdout).toMatch(/Kept by the platform\s+CN¥0\.20\n/);
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    expect((await settle('--out', at('p1.csv'))).stderr).toBe('');
    const piped = await settle('--out', at('p2.csv'), '--json');
    const drawn = await runCli(['settle', at('sales.csv'), '--credits', at('credits.json'), '--out', at('p3.csv')], true);
    expect(piped.stderr).not.toContain('\r');
    expect(drawn.stderr).toMatch(/\r100% \[#+\] 0\.0\/0\.0 MB\r\x1b\[K/);
  });

  it('a line it cannot read is reported by file and line, and the rest still settles', async () => {
    const file = at('stray-quote.csv');
    const { code, stdout } = await runCli(['settle', file, '--credits', at('credits.json')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`\\n  ${file}:2(:\\d+)?: MALFORMED_LINE line 2 has a quote inside an unquoted field`));
    expect(stdout).toMatch(/Rows read\s+2\n\s+Settled\s+1\n\s+Rejected\s+1\n/);
  });

  it('a bad header is reported at line 1 of the sales file', async () => {
    const file = at('bad-header.csv');
    const { code, stderr } = await runCli(['settle', file, '--credits', at('credits.json')]);
    expect(code).toBe(1);
    expect(stderr.startsWith(`${file}:1: sales CSV header`)).toBe(true);
  });

  it('bad credits name the credits file, with line and column for broken JSON', async () => {
    const unknownRole = await runCli(['settle', at('sales.csv'), '--credits', at('bad-credits.json')]);
    expect(unknownRole.code).toBe(1);
    expect(unknownRole.stderr).toMatch(new RegExp(`^${at('bad-credits.json')}: .*"singer"`));
    const broken = await runCli(['settle', at('sales.csv'), '--credits', at('broken-credits.json')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(`${at('broken-credits.json')}:4:3: not valid JSON: unexpected "]"\n`);
  });

  it('a missing sales file is named', async () => {
    const { code, stderr } = await runCli(['settle', at('nope.csv'), '--credits', at('credits.json')]);
    expect(code).toBe(1);
    expect(stderr).toBe(`error: cannot read ${at('nope.csv')}: no such file\n`);
  });

  it('an output it cannot write is named before anything is settled', async () => {
    const missingDir = await runCli(['settle', at('sales.csv'), '--credits', at('credits.json'), '--out', at('no-such-dir/s.csv')]);
    expect(missingDir.code).toBe(1);
    expect(missingDir.stderr).toBe(`error: cannot write ${at('no-such-dir/s.csv')}: no such file\n`);
    expect(missingDir.stdout).toBe(''); // no summary: it stopped before settling
    const directory = await runCli(['settle', at('sales.csv'), '--credits', at('credits.json'), '--rejected', at('')]);
    expect(directory.code).toBe(1);
    expect(directory.stderr).toMatch(/^error: cannot write .*: it is a directory\n$/);
  });

  it('--out - writes the statements CSV to stdout and the summary to stderr, so it pipes', async () => {
    const { code, stdout, stderr } = await settle('--out', '-');
    expect(code).toBe(0);
    expect(stdout).toBe('month,payee,amount\n2013-08,ann,4.50\n2013-08,bo,18.00\n2013-09,cy,1.00\n');
    expect(stderr).toMatch(/Rows read\s+6\n/);
    expect(stderr).toContain('Statements: 3 (2 months, 3 payees) → stdout\n');
  });

  it('--csv is the same as --out -; --json stays as it is', async () => {
    const csv = await settle('--csv');
    expect(csv).toEqual(await settle('--out', '-'));
    const withRejected = await settle('--csv', '--rejected', at('csv-rejected.csv'));
    expect(withRejected.stdout).toBe(csv.stdout);
    expect(readFileSync(at('csv-rejected.csv'), 'utf8').split('\n')[0]).toBe('line,id,code,reason,amount');
    expect(JSON.parse((await settle('--json')).stdout).totals.rows).toEqual({ read: 6, settled: 3, rejected: 3 });
  });

  it.each([
    [['--csv', '--out', 'x.csv'], '--csv is the same as --out -: give one of them'],
    [['--out', '-', '--json'], 'choose one of --json and --out - (both write to stdout)'],
    [['--csv', '--json'], 'choose one of --json and --csv'],
  ])('%j is a usage mistake: both would write stdout', async (argv, message) => {
    const { code, stdout, stderr } = await settle(...argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.split('\n')[0]).toBe(`error: ${message}`);
  });

  it('speaks of the credits file, not of options.credits', async () => {
    const { stdout } = await settle('--out', at('words.csv'));
    expect(stdout).toContain('has no credits: add it to the credits file');
    expect(stdout).not.toContain('options.');
  });

  it('a directory as the sales or the credits file is a worded error, exit 1', async () => {
    const salesDir = await runCli(['settle', dir, '--credits', at('credits.json')]);
    expect(salesDir).toEqual({ code: 1, stdout: '', stderr: `error: cannot read ${dir}: it is a directory\n` });
    const creditsDir = await runCli(['settle', at('sales.csv'), '--credits', dir]);
    expect(creditsDir).toEqual({ code: 1, stdout: '', stderr: `error: cannot read ${dir}: it is a directory\n` });
  });

  it('credits that are not an object of tracks are named in the words of the file', async () => {
    const { code, stderr } = await runCli(['settle', at('sales.csv'), '--credits', at('list-credits.json')]);
    expect(code).toBe(1);
    expect(stderr).toBe(`${at('list-credits.json')}: the credits file must hold a JSON object of track id → [{ "role", "payee", "share" }, …]\n`);
  });

  it.each([
    [['settle', 'sales.csv']],
    [['settle', '--credits', 'c.json']],
    [['settle', 'sales.csv', '--credits', 'c.json', '--rule', 'spotify']],
  ])('%j is a usage mistake', async (argv) => {
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: .+\nRun 'ecosystem-ledger settle --help' for usage\.\n$/);
  });

  it('an unknown or empty --tz is a usage mistake', async () => {
    const { code, stderr } = await settle('--tz', 'Mars/Olympus');
    expect(code).toBe(2);
    expect(stderr).toContain('"Mars/Olympus"');
    const empty = await settle('--tz', '');
    expect([empty.code, empty.stderr.split('\n')[0]]).toEqual([2, 'error: --tz "" is not allowed: an IANA time zone such as "Asia/Shanghai"']);
  });
});

describe('ecosystem-ledger settle on fixtures/ledger-small.csv', () => {
  const expected = expectedSettlement;
  const ledger = fixturePath('ledger-small.csv');
  const args = (...more: string[]) => ['settle', ledger, '--credits', fixturePath('credits.json'), ...more];

  it('writes the statements.csv that statements-expected.json gives', async () => {
    const out = at('fixture-statements.csv');
    const { code } = await runCli(args('--out', out, '--rule', 'musician-platform', '--tz', 'Asia/Shanghai'));
    expect(code).toBe(0);
    const lines = expected.statements.map((s) => `${s.month},${s.payee},${s.total}\n`);
    expect(readFileSync(out, 'utf8')).toBe(`month,payee,amount\n${lines.join('')}`);
  });

  it('reconciles to the expected totals', async () => {
    const { stdout } = await runCli(args('--out', at('fixture-summary.csv')));
    const { rows, gross, paid, platform, rejected } = expected.totals;
    expect(stdout).toMatch(new RegExp(`Rows read\\s+${rows.read}\\n\\s+Settled\\s+${rows.settled}\\n\\s+Rejected\\s+${rows.rejected}\\n`));
    for (const [label, amount] of [['Gross', gross], ['Paid to payees', paid], ['Kept by the platform', platform], ['In rejected rows', rejected]]) {
      expect(stdout).toMatch(new RegExp(`${label}\\s+CN¥${amount!.replace('.', '\\.')}\\n`));
    }
    expect(stdout).toContain('✓ gross = paid + platform + rejected');
  });

  it('--json carries every statement line and --rejected every rejected row', async () => {
    const file = at('fixture-rejected.csv');
    const { stdout } = await runCli(args('--json', '--rejected', file));
    const settlement = JSON.parse(stdout) as { statements: { month: string; payee: string; lines: { track: string; role: string; units: number; gross: Money; amount: Money }[] }[] };
    expect(
      settlement.statements.map((s) => ({
        month: s.month,
        payee: s.payee,
        lines: s.lines.map((l) => ({ track: l.track, role: l.role, units: l.units, gross: toDecimal(l.gross), amount: toDecimal(l.amount) })),
      })),
    ).toEqual(expected.statements.map(({ month, payee, lines }) => ({ month, payee, lines })));
    const rows = csvObjects(readFileSync(file, 'utf8'));
    expect(rows.map((r) => ({ line: Number(r.line), code: r.code, ...(r.id && { id: r.id }), ...(r.amount && { amount: r.amount }) }))).toEqual(expected.rejected);
  });

  it('names the file and line of each bad row it shows', async () => {
    const { stdout } = await runCli(args('--out', at('fixture-lines.csv')));
    expect(stdout).toContain(`Rejected: ${expected.rejected.length} rows\n`);
    expect(stdout).toContain(`  ${ledger}:14: UNKNOWN_TRACK track "t-nope"`);
    expect(stdout).toContain(`… and ${expected.rejected.length - 5} more`);
  });
});

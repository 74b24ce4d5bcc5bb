import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from '../cli/run-cli.js';

const ROWS = 2500; // more than a settlement keeps in full (1000)
const credits = { t1: [{ role: 'lyricist', payee: 'ann', share: 1 }, { role: 'composer', payee: 'ann', share: 1 }, { role: 'producer', payee: 'bo', share: 1 }] };
const lines = ['sale_id,track_id,sold_at,price', 's0,t1,2013-08-02T10:00:00+08:00,1.00'];
for (let i = 1; i <= ROWS; i++) lines.push(`s${i},nope,2013-08-02T10:00:00+08:00,2.00`);
const dir = tempFiles({ 'sales.csv': `${lines.join('\n')}\n`, 'credits.json': JSON.stringify(credits) });

describe('settle --rejected streams every rejected row', () => {
  it('writes all of them, in line order, though the settlement keeps only the first 1000, and the summary counts them all', async () => {
    const file = join(dir, 'rejected.csv');
    const { code, stdout } = await runCli(['settle', join(dir, 'sales.csv'), '--credits', join(dir, 'credits.json'), '--out', join(dir, 'out.csv'), '--rejected', file]);
    expect(code).toBe(0);
    const written = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(written[0]).toBe('line,id,code,reason,amount');
    expect(written).toHaveLength(ROWS + 1);
    expect(written.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(Array.from({ length: ROWS }, (_, i) => `${i + 3},s${i + 1},UNKNOWN_TRACK`));
    expect(stdout).toMatch(/Rejected\s+2,500\n/);
    expect(stdout).toMatch(/In rejected rows\s+CN¥5,000\.00\n/);
    expect(stdout).toContain(`Rejected: 2,500 rows → ${file}`);
    expect(stdout).toContain('… and 2,495 more');
    expect(stdout).toContain('✓ gross = paid + platform + rejected');
  });
});

// The two shortcuts that let settleInDuckDB scale: the zone's calendar is consulted only for sales
// near a month's edge, and duplicates are ranked only among the sale ids that repeat, then taken
// out of totals that summed every sale. Neither may change a settlement: settleMonthly decides.
import { DuckDBInstance } from '@duckdb/node-api';
import { fc } from '@fast-check/vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSalesCsv, settleMonthly, type RejectedRow } from '../../src/entries/royalty.js';
import { settleInDuckDB } from '../../src/warehouse/index.js';
import { csvOf, openRule } from './ledgers.js';

const dir = mkdtempSync(join(tmpdir(), 'ledger-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const credits = {
  t1: [{ role: 'artist', payee: 'ann', share: 1 }, { role: 'label', payee: 'rec', share: 1 }],
  t2: [{ role: 'artist', payee: 'bo', share: 2 }, { role: 'artist', payee: 'cy', share: 1 }, { role: 'label', payee: 'rec', share: 1 }],
};
const brief = ({ id, code, amount }: RejectedRow) => ({ id, code, amount: amount?.amount });

// zones whose offsets reach the extremes (+14, −11), halves and quarters, summer time on both
// hemispheres, and the default
const ZONES = ['Asia/Shanghai', 'UTC', 'Pacific/Kiritimati', 'Pacific/Niue', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/New_York', 'Europe/London'];
// an instant within three days of a month's first (UTC), in 1975–2035
const nearMonthEdge = fc
  .record({ month: fc.integer({ min: 1975 * 12, max: 2035 * 12 }), seconds: fc.integer({ min: -3 * 86_400, max: 3 * 86_400 }) })
  .map(({ month, seconds }) => new Date(Date.UTC(Math.floor(month / 12), month % 12, 1) + seconds * 1000).toISOString().replace('.000Z', 'Z'));
const anyInstant = fc.integer({ min: Date.UTC(1975, 0, 1), max: Date.UTC(2035, 0, 1) }).map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));

describe('months without the zone per sale', () => {
  it('puts every sale in the month settleMonthly gives it, in any zone, near the month edges too', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ZONES), fc.array(fc.oneof(nearMonthEdge, anyInstant), { minLength: 1, maxLength: 30 }), async (timeZone, instants) => {
        const lines = instants.map((at, i) => `s${i},t1,${at},1.00,,`);
        const file = join(dir, 'months.csv');
        writeFileSync(file, csvOf(lines));
        const viaDuck = await settleInDuckDB(file, { rule: openRule, credits, timeZone });
        const inJs = await settleMonthly(readSalesCsv([csvOf(lines)]), { rule: openRule, credits, timeZone });
        expect(viaDuck.aggregates).toEqual(inJs.aggregates);
      }),
      { numRuns: 25, interruptAfterTimeLimit: 60_000 },
    );
  }, 120_000);
});

describe('duplicates ranked among the repeating sale ids only', () => {
  // copies that differ: a losing copy in another track and month leaves that (track, month) with
  // no sale at all, so it must vanish from the settlement, not stay as a zero
  const lines = [
    's1,t1,2013-08-31T16:30:00Z,1.00,,', // 00:30 on 1 September in Shanghai
    's1,t2,2013-07-15T00:00:00Z,5.00,2,', // a later copy: DUPLICATE_SALE, and t2 has nothing else in July
    's2,t2,2013-08-16T00:00:00Z,3.00,,',
    's2,t2,2013-08-16T00:00:00Z,3.00,,', // identical copies
    's2,t2,2013-08-16T00:00:00Z,3.00,,',
    'r2,t1,2013-08-20T00:00:00Z,0.50,,refund',
    'r2,t1,2013-08-21T00:00:00Z,0.70,,refund', // a second refund of the same id
    's3,t9,2013-08-02T10:00:00Z,1.00,,', // UNKNOWN_TRACK, then the same id on a known track: settled
    's3,t1,2013-08-02T10:00:00Z,1.00,,',
  ];

  async function parquetOf(csvFile: string): Promise<string> {
    const file = join(dir, 'sales.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT sale_id, track_id, CAST(sold_at AS TIMESTAMPTZ) AS sold_at, CAST(price AS DECIMAL(18, 2)) AS price,
      CAST(quantity AS INTEGER) AS quantity, nullif(kind, '') AS kind FROM read_csv('${csvFile}', header = true, all_varchar = true)) TO '${file}'`);
    connection.closeSync();
    instance.closeSync();
    return file;
  }

  it('settles CSV and Parquet as settleMonthly: statements, months, totals, rejected rows', async () => {
    const csv = join(dir, 'duplicates.csv');
    writeFileSync(csv, csvOf(lines));
    const inJs = await settleMonthly(readSalesCsv([csvOf(lines)]), { rule: openRule, credits });
    expect(inJs.rejected.map((r) => r.code)).toEqual(['DUPLICATE_SALE', 'DUPLICATE_SALE', 'DUPLICATE_SALE', 'DUPLICATE_SALE', 'UNKNOWN_TRACK']);
    expect(inJs.aggregates.map((a) => [a.track, a.month])).toEqual([['t1', '2013-08'], ['t1', '2013-09'], ['t2', '2013-08']]);
    for (const source of [csv, await parquetOf(csv)]) {
      const viaDuck = await settleInDuckDB(source, { rule: openRule, credits });
      expect(viaDuck.statements).toEqual(inJs.statements);
      expect(viaDuck.aggregates).toEqual(inJs.aggregates);
      expect(viaDuck.totals).toEqual(inJs.totals);
      expect(viaDuck.rejected.map(brief)).toEqual(inJs.rejected.map(brief));
    }
  });
});

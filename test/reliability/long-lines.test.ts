import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { musicianPlatformRule, readSalesCsv, settleMonthly, type SettleOptions } from '../../src/entries/royalty.js';
import { createCsvSplitter, MAX_RECORD, type CsvSink } from '../../src/ingest/_lib/csv-splitter.js';
import { musicianCredits } from '../settlement/sales-arbitraries.js';

const options: SettleOptions = { rule: musicianPlatformRule, credits: musicianCredits };
const encoder = new TextEncoder();

/**
 * Everything a splitter with record limit `limit` delivers for `bytes` cut at `cuts`, as text in
 * line order (within a push, plain lines come after the other records: the receiver merges them).
 */
function split(bytes: Uint8Array, cuts: readonly number[], limit: number): string[] {
  const out: string[] = [];
  const sink: CsvSink = {
    header: (fields, line) => out.push(`header ${line} ${JSON.stringify(fields)}`),
    plain: ({ bytes: b, count, lines, fields, bounds }) => {
      for (let r = 0; r < count; r++) {
        const f = Math.min(fields[r] as number, 8);
        out.push(`plain ${lines[r]} ${fields[r]} ${new TextDecoder().decode(b.subarray(bounds[r * 9] as number, (bounds[r * 9 + f] as number) - 1))}`);
      }
    },
    record: (fields, line) => out.push(`record ${line} ${JSON.stringify(fields)}`),
    malformed: (line, reason, code = 'MALFORMED_LINE') => out.push(`${code} ${line} ${reason}`),
  };
  const splitter = createCsvSplitter(sink, limit);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const to of [...points, bytes.length]) {
    splitter.push(bytes.slice(from, to));
    from = to;
  }
  splitter.end();
  const lineOf = (entry: string): number => Number(entry.split(' ')[1]);
  return out.sort((a, b) => lineOf(a) - lineOf(b));
}

// lines of every shape around a limit of 24 bytes: short and long, plain and quoted (with line breaks inside), CRLF
const lineArb = fc.oneof(
  fc.stringMatching(/^[a-z0-9,]{0,40}$/),
  fc.stringMatching(/^[a-z,]{0,10}"[a-z,\n]{0,30}"[a-z,]{0,10}$/),
  fc.stringMatching(/^[a-z]{0,30}\r$/),
  fc.stringMatching(/^[a-z"]{0,30}$/),
);

describe('a line longer than the limit is MALFORMED_LINE however the file is chunked', () => {
  test.prop([fc.array(lineArb, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 10 })], { numRuns: 1000 })(
    'the splitter delivers the same records for any chunking (limit 24 bytes)',
    (lines, cuts) => {
      const bytes = encoder.encode(`h1,h2\n${lines.join('\n')}\n`);
      expect(split(bytes, cuts, 24)).toEqual(split(bytes, [], 24));
    },
  );

  it('settles a 2 MiB line the same in one chunk and in 64 KiB chunks: MALFORMED_LINE, and the next line is read', async () => {
    const long = `s1,t1,2013-08-02T10:00:00+08:00,1.00,${'x'.repeat(2 * MAX_RECORD)}`;
    const quoted = `s2,"${'y\n'.repeat(MAX_RECORD)}",2013-08-02T10:00:00+08:00,1.00,`;
    const text = `sale_id,track_id,sold_at,price,kind\n${long}\n${quoted}\ns3,t1,2013-08-02T10:00:00+08:00,1.00,\n`;
    const bytes = encoder.encode(text);
    const chunked = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, k) => bytes.subarray(k * 65536, (k + 1) * 65536));
    const whole = await settleMonthly(readSalesCsv([bytes]), options);
    const pieces = await settleMonthly(readSalesCsv(chunked), options);
    expect(whole.rejected.map((r) => [r.line, r.code])).toEqual([[2, 'MALFORMED_LINE'], [3, 'MALFORMED_LINE']]);
    expect(whole.rejected[0]?.reason).toContain(`longer than ${MAX_RECORD} bytes`);
    expect(pieces.rejected).toEqual(whole.rejected);
    expect(pieces.totals).toEqual(whole.totals);
    expect(whole.totals.rows).toEqual({ read: 3, settled: 1, rejected: 2 });
    // the quoted record's line breaks count: the line after it is numbered as in the file
    expect(whole.aggregates).toHaveLength(1);
  });

  it('settles a line of exactly the limit', async () => {
    const head = 's1,t1,2013-08-02T10:00:00+08:00,1.00,';
    const line = `${head}${' '.repeat(MAX_RECORD - head.length)}`;
    const result = await settleMonthly(readSalesCsv([`sale_id,track_id,sold_at,price,kind\n${line}\r\n`]), options);
    expect(result.rejected.map((r) => r.code)).toEqual(['INVALID_ROW']); // read, then refused for its kind, not its length
  });
});

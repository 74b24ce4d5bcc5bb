import { Readable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { musicianPlatformRule, readSalesCsv, settleMonthly, type SalesCsvRow, type TextChunk } from '../../src/entries/royalty.js';
import { musicianCredits } from '../settlement/sales-arbitraries.js';
import { expectLedgerRejection } from '../expect-ledger-error.js';

const collect = async (chunks: Parameters<typeof readSalesCsv>[0]): Promise<SalesCsvRow[]> => {
  const rows: SalesCsvRow[] = [];
  for await (const row of readSalesCsv(chunks)) rows.push(row);
  return rows;
};

const HEADER = 'sale_id,track_id,sold_at,price';

describe('readSalesCsv', () => {
  it('yields one frozen row per line, with 1-based line numbers (header = line 1)', async () => {
    const rows = await collect([`${HEADER}\ns1,t1,2013-07-31T16:30:00Z,12.50\ns2,t2,2013-08-01T09:00:00+08:00,0.80\n`]);
    expect(rows).toEqual([
      { line: 2, id: 's1', track: 't1', soldAt: '2013-07-31T16:30:00Z', price: '12.50' },
      { line: 3, id: 's2', track: 't2', soldAt: '2013-08-01T09:00:00+08:00', price: '0.80' },
    ]);
    expect(rows.every(Object.isFrozen)).toBe(true);
  });

  it('reads optional quantity and kind columns in any order, leaving empty fields out', async () => {
    const rows = await collect([`kind,price,sold_at,quantity,track_id,sale_id\nrefund,1.00,2013-08-01T00:00Z,3,t1,s1\n,2.00,2013-08-01T00:00Z,,t1,s2\n`]);
    expect(rows).toEqual([
      { line: 2, id: 's1', track: 't1', soldAt: '2013-08-01T00:00Z', price: '1.00', quantity: '3', kind: 'refund' },
      { line: 3, id: 's2', track: 't1', soldAt: '2013-08-01T00:00Z', price: '2.00' },
    ]);
  });

  it('handles RFC 4180 quoting: commas, "" escapes and line breaks inside quotes, CRLF, BOM', async () => {
    const csv = `\uFEFF${HEADER}\r\n"s,1","t ""x""",2013-08-01T00:00Z,1.00\r\ns2,"two\r\nlines",2013-08-01T00:00Z,"2.00"\r\ns3,t3,2013-08-01T00:00Z,3.00`;
    expect(await collect([csv])).toEqual([
      { line: 2, id: 's,1', track: 't "x"', soldAt: '2013-08-01T00:00Z', price: '1.00' },
      { line: 3, id: 's2', track: 'two\r\nlines', soldAt: '2013-08-01T00:00Z', price: '2.00' },
      { line: 5, id: 's3', track: 't3', soldAt: '2013-08-01T00:00Z', price: '3.00' },
    ]);
  });

  it('reports malformed lines with their number and goes on (never crashes, never skips silently)', async () => {
    const csv = [
      HEADER,
      's1,t1,2013-08-01T00:00Z,1.00',
      's2,t1,2013-08-01T00:00Z', // too few fields
      's3,t1,2013-08-01T00:00Z,1.00,extra', // too many
      's4,t"1,2013-08-01T00:00Z,1.00', // quote inside an unquoted field
      '"s5"x,t1,2013-08-01T00:00Z,1.00', // text after a closing quote
      '', // blank line
      's6,t1,2013-08-01T00:00Z,1.00',
      's7,"never closed,2013-08-01T00:00Z,1.00',
      's8,t1,2013-08-01T00:00Z,1.00',
    ].join('\n');
    const rows = await collect([csv]);
    expect(rows.map((r) => ('code' in r ? `${r.line} ${r.code}` : `${r.line} ${r.id}`))).toEqual([
      '2 s1', '3 MALFORMED_LINE', '4 MALFORMED_LINE', '5 MALFORMED_LINE', '6 MALFORMED_LINE', '7 MALFORMED_LINE', '8 s6', '9 MALFORMED_LINE', '10 s8',
    ]);
    const reasons = rows.flatMap((r) => ('code' in r ? [r.reason] : []));
    expect(reasons[0]).toContain('has 3 fields, the header has 4');
    expect(reasons[2]).toContain('quote inside an unquoted field');
    expect(reasons[5]).toContain('never closed');
  });

  it('throws INVALID_HEADER for a missing, unknown, repeated or incomplete header', async () => {
    for (const csv of ['', 'id,track,sold_at,price\n', `${HEADER},price\n`, 'sale_id,track_id,price\n', `${HEADER},note\n`, '"sale_id,track_id\n']) {
      await expectLedgerRejection(collect([csv]), 'INVALID_HEADER', 'expected the columns');
    }
  });

  it('reads a Node stream, a WHATWG ReadableStream and byte chunks split inside a UTF-8 character', async () => {
    const csv = `${HEADER}\ns1,雨の歌,2013-08-01T00:00Z,1.00\n`;
    const bytes = new TextEncoder().encode(csv);
    const expected = [{ line: 2, id: 's1', track: '雨の歌', soldAt: '2013-08-01T00:00Z', price: '1.00' }];
    expect(await collect(Readable.from([Buffer.from(bytes)]))).toEqual(expected);
    expect(await collect(new Blob([bytes]).stream())).toEqual(expected);
    const reader = new Blob([bytes]).stream();
    expect(await collect({ getReader: () => reader.getReader() })).toEqual(expected);
    const cut = csv.indexOf('雨') + 2; // ASCII before it, so a byte offset: 2 bytes into the 3-byte character
    expect(await collect([bytes.slice(0, cut), bytes.slice(cut)])).toEqual(expected);
  });

  test.prop([fc.array(fc.nat(), { maxLength: 12 })])('any chunking of the bytes gives the same rows', async (cuts) => {
    const csv = `\uFEFF${HEADER},kind\r\n"s,1",t1,2013-08-01T00:00Z,1.00,\r\ns2,"a ""b""\nc",2013-08-01T00:00Z,2.00,refund\ns3,歌,2013-08-01T00:00Z,3.00,\nbad"line\n"s4",t4,2013-08-01T00:00Z,4.00,"sale"`;
    const bytes = new TextEncoder().encode(csv);
    const positions = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const chunks: TextChunk[] = [];
    let from = 0;
    for (const at of [...positions, bytes.length]) {
      chunks.push(bytes.slice(from, at));
      from = at;
    }
    expect(await collect(chunks)).toEqual(await collect([csv]));
  });

  it('copies what it keeps of a chunk, so the caller may refill the same buffer', async () => {
    const bytes = new TextEncoder().encode(`${HEADER}\ns1,t1,2013-08-01T00:00Z,1.00\ns2,雨の歌,2013-08-01T00:00Z,"2.00"\ns3,t3,2013-08-01T00:00Z,3.00\n`);
    async function* refilled(size: number): AsyncGenerator<Uint8Array> {
      const buffer = new Uint8Array(size);
      for (let at = 0; at < bytes.length; at += size) {
        buffer.fill(0x2c); // what a stale view would read: commas
        buffer.set(bytes.subarray(at, at + size));
        yield buffer.subarray(0, Math.min(size, bytes.length - at));
      }
    }
    for (const size of [1, 7, 40]) expect(await collect(refilled(size))).toEqual(await collect([bytes]));
  });

  it('settles the first copy of a sale id in line order, quoted or not', async () => {
    const csv = `${HEADER}\n"s1",t1,2013-08-01T00:00Z,1.00\ns1,t1,2013-08-01T00:00Z,2.00\ns2,t1,2013-08-01T00:00Z,3.00\n"s2",t1,2013-08-01T00:00Z,4.00\n`;
    const result = await settleMonthly(readSalesCsv([csv]), { rule: musicianPlatformRule, credits: musicianCredits });
    expect(result.aggregates.map((a) => a.gross.amount)).toEqual([400]);
    expect(result.rejected.map((r) => [r.line, r.code])).toEqual([[3, 'DUPLICATE_SALE'], [5, 'DUPLICATE_SALE']]);
  });

  it('feeds settleMonthly, which reports malformed lines in rejected', async () => {
    const csv = `${HEADER},quantity\ns1,t1,2013-07-31T16:30:00Z,12.50,2\ns2,t1\ns3,t1,2013-08-02T00:00Z,1.00,x\n`;
    const result = await settleMonthly(readSalesCsv([csv]), { rule: musicianPlatformRule, credits: musicianCredits });
    expect(result.aggregates.map((a) => [a.month, a.gross.amount, a.units])).toEqual([['2013-08', 2500, 2]]);
    expect(result.rejected.map((r) => [r.line, r.code])).toEqual([[3, 'MALFORMED_LINE'], [4, 'INVALID_QUANTITY']]);
  });

  // lines of every kind: good and bad values, quoted fields, refunds, wrong field counts, blank lines
  const csvLine = fc.oneof(
    fc.record({
      id: fc.oneof(fc.nat({ max: 30 }).map((n) => `s${n}`), fc.constantFrom('x-1', 'x-2', 'sale', '雨', '"q1"', '"s1"')),
      track: fc.constantFrom('t1', 't2', 't3', 't9', '"t1"', '歌'),
      soldAt: fc.constantFrom('2013-07-31T16:30:00Z', '2013-08-01T00:00:00+08:00', '2013-08-15T12:00', 'soon', '2013-02-30T00:00Z'),
      price: fc.constantFrom('1.00', '12.50', '0.05', '50.01', '-1', '1.005', ''),
      quantity: fc.constantFrom('', '1', '3', '0', 'x'),
      kind: fc.constantFrom('', 'sale', 'refund', 'gift'),
    }).map((r) => [r.id, r.track, r.soldAt, r.price, r.quantity, r.kind].join(',')),
    fc.constantFrom('', 's1,t1', 's1,t1,2013-08-01T00:00Z,1.00,1,sale,extra', 'bad"line,t1,,,,'),
  );

  test.prop([fc.array(csvLine, { maxLength: 40 }), fc.integer({ min: 1, max: 120 }), fc.boolean()])(
    'settles any ledger the same through the batch protocol and through plain async iteration',
    async (lines, chunkSize, crlf) => {
      const csv = [`${HEADER},quantity,kind`, ...lines].join(crlf ? '\r\n' : '\n');
      const bytes = new TextEncoder().encode(csv);
      const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) => bytes.slice(i * chunkSize, (i + 1) * chunkSize));
      const options = { rule: musicianPlatformRule, credits: musicianCredits };
      const plain: AsyncIterable<SalesCsvRow> = { [Symbol.asyncIterator]: () => readSalesCsv(chunks)[Symbol.asyncIterator]() };
      const batched = await settleMonthly(readSalesCsv(chunks), options);
      expect(batched).toEqual(await settleMonthly(plain, options));
      // every line is read, but a last empty one, which is just the file's final line break
      expect(batched.totals.rows.read).toBe(lines.at(-1) === '' ? lines.length - 1 : lines.length);
    },
  );

  it('settles the same through the batch protocol and through plain async iteration', async () => {
    const csv = `${HEADER}\n${Array.from({ length: 500 }, (_, i) => `s${i % 450},t${1 + (i % 4)},2013-0${7 + (i % 3)}-15T00:00Z,${i % 7}.50`).join('\n')}`;
    const chunks = csv.match(/[\s\S]{1,97}/g) as string[];
    const options = { rule: musicianPlatformRule, credits: musicianCredits };
    const plain: AsyncIterable<SalesCsvRow> = { [Symbol.asyncIterator]: () => readSalesCsv(chunks)[Symbol.asyncIterator]() };
    expect(await settleMonthly(readSalesCsv(chunks), options)).toEqual(await settleMonthly(plain, options));
  });
});

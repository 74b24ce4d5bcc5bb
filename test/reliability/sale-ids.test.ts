import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { musicianPlatformRule, readSalesCsv, settleMonthly, type SettleOptions, type TextChunk } from '../../src/entries/royalty.js';
import { invalidUtf8At } from '../../src/ingest/_lib/utf8-text.js';
import { musicianCredits } from '../settlement/sales-arbitraries.js';

const options: SettleOptions = { rule: musicianPlatformRule, credits: musicianCredits };
const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];
const HEADER = 'sale_id,track_id,sold_at,price\n';
const REST = ',t1,2013-08-02T10:00:00+08:00,1.00\n';

/** A ledger of lines whose sale ids are the given bytes. */
const ledgerOf = (...ids: number[][]): Uint8Array => Uint8Array.from([...utf8(HEADER), ...ids.flatMap((id) => [...id, ...utf8(REST)])]);

describe('sale ids are compared as the file writes them', () => {
  it('rejects a line that is not valid UTF-8 with INVALID_ENCODING, rather than reading \\xFF1 and \\xFE1 as one id', async () => {
    const result = await settleMonthly(readSalesCsv([ledgerOf([0xff, 0x31], [0xfe, 0x31], utf8('s3'))]), options);
    expect(result.rejected.map((r) => [r.line, r.code])).toEqual([[2, 'INVALID_ENCODING'], [3, 'INVALID_ENCODING']]);
    expect(result.rejected[0]?.reason).toContain('byte 0xFF at byte 1');
    expect(result.totals.rows).toEqual({ read: 3, settled: 1, rejected: 2 });
  });

  it('rejects invalid UTF-8 in any field, plain or quoted, and settles valid multi-byte ids', async () => {
    const bytes = Uint8Array.from([
      ...utf8(HEADER),
      ...utf8('"s,1",t1,2013-08-02T10:00:00+08:00,"1.'),
      0xc0,
      0xaf, // an overlong "/"
      ...utf8('"\n'),
      ...utf8('s2,t1,2013-08-02T10:00:00+08:00,1.00'),
      0xed,
      0xa0,
      0x80, // a surrogate, which UTF-8 cannot hold
      ...utf8('\n雨,t1,2013-08-02T10:00:00+08:00,1.00\n'),
      ...utf8('s4,t1,2013-08-02T10:00:00+08:00,1.0'),
      0xe9, // cut short by the end of the line
      ...utf8('\n'),
    ]);
    for (const chunks of [[bytes], [...bytes].map((b) => Uint8Array.of(b))]) {
      const result = await settleMonthly(readSalesCsv(chunks), options);
      expect(result.rejected.map((r) => [r.line, r.code])).toEqual([[2, 'INVALID_ENCODING'], [3, 'INVALID_ENCODING'], [5, 'INVALID_ENCODING']]);
      expect(result.totals.rows.settled).toBe(1);
    }
  });

  it('joins a surrogate pair split across two string chunks, so a duplicate of the id is found', async () => {
    const id = '𝄞1'; // U+1D11E: the pair \uD834\uDD1E
    const whole = `${HEADER}${id}${REST}${id}${REST}`;
    const cut = HEADER.length + 1; // between the two halves of the first id's pair
    const result = await settleMonthly(readSalesCsv([whole.slice(0, cut), whole.slice(cut)]), options);
    expect(result.rejected.map((r) => [r.line, r.code])).toEqual([[3, 'DUPLICATE_SALE']]);
    expect(result.rejected[0]?.id).toBe(id);
  });

  it('refuses lone surrogates in string chunks, and never makes two of them one id', async () => {
    const result = await settleMonthly(readSalesCsv([`${HEADER}\uD800x${REST}\uD801x${REST}x\uDC00${REST}`, '\uD802']), options);
    expect(result.rejected.map((r) => [r.line, r.code])).toEqual([[2, 'INVALID_ENCODING'], [3, 'INVALID_ENCODING'], [4, 'INVALID_ENCODING'], [5, 'MALFORMED_LINE']]);
  });

  test.prop([fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 8 })])(
    'string chunks cut anywhere settle like the whole text',
    async (ids, cuts) => {
      const text = HEADER + ids.map((id) => `i${id.replace(/[",\r\n]/g, '')}${REST}`).join('');
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const chunks = [0, ...points].map((from, k) => text.slice(from, [...points, text.length][k]));
      const whole = await settleMonthly(readSalesCsv([text]), options);
      const cutUp = await settleMonthly(readSalesCsv(chunks), options);
      expect(cutUp.rejected).toEqual(whole.rejected);
      expect(cutUp.totals).toEqual(whole.totals);
      // and ids that differ as text are never one: the oracle counts distinct well-formed ids
      const wellFormed = ids.map((id) => `i${id.replace(/[",\r\n]/g, '')}`).filter((id) => !/[\uD800-\uDFFF]/.test(id.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')));
      expect(whole.totals.rows.settled).toBe(new Set(wellFormed).size);
    },
  );

  test.prop([fc.uint8Array({ maxLength: 40 })])('invalidUtf8At agrees with a fatal TextDecoder', (bytes) => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let valid = true;
    try {
      fatal.decode(bytes);
    } catch {
      valid = false;
    }
    expect(invalidUtf8At(bytes, 0, bytes.length) === -1).toBe(valid);
  });

  it('keeps CSV byte chunks and string chunks as the same file', async () => {
    const text = `${HEADER}雨1${REST}雨1${REST}`;
    const asBytes: TextChunk[] = [new TextEncoder().encode(text)];
    expect((await settleMonthly(readSalesCsv(asBytes), options)).totals).toEqual((await settleMonthly(readSalesCsv([text]), options)).totals);
  });
});

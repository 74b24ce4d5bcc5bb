// The seam between input sources and settlement (src/settlement/sale-batch.ts): any
// SaleBatchSource settles exactly as the same sales given as objects, whether it reads the
// values itself (readSale) or hands every row over (row), in batches of any size.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  parseMinorUnits,
  readSalesCsv,
  settleMonthly,
  type PlainSale,
  type SaleBatch,
  type SaleBatchSource,
  type SaleRow,
} from '../../src/entries/royalty.js';
import { expectLedgerRejection } from '../expect-ledger-error.js';
import { ruleCases, salesArbitrary } from './sales-arbitraries.js';

const PLAIN_PRICE = /^[0-9]+\.[0-9]{2}$/;
const PLAIN_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}(Z|[+-][0-9]{2}:[0-9]{2})$/;

/** A batch of `rows` that reads the plain ones itself (`reads`) or leaves every row to `row(r)`. */
function batchOf(rows: readonly SaleRow[], reads: boolean): SaleBatch<SaleRow> {
  // the ids and tracks end to end as ASCII bytes, as a columnar source would hold them
  const text = rows.map((row) => row.id + row.track).join('');
  const keys = new TextEncoder().encode(text);
  const starts: number[] = [];
  let at = 0;
  for (const row of rows) {
    starts.push(at);
    at += row.id.length + row.track.length;
  }
  return {
    count: rows.length,
    readSale(r: number, scale: number, sale: PlainSale): boolean {
      const row = rows[r] as SaleRow;
      const plain = typeof row.price === 'string' && PLAIN_PRICE.test(row.price) && PLAIN_TIME.test(row.soldAt) && typeof row.quantity === 'number';
      if (!reads || !plain) return false;
      const start = starts[r] as number;
      sale.refund = row.kind === 'refund';
      sale.quantity = row.quantity as number;
      sale.unitPrice = parseMinorUnits(row.price as string, scale);
      sale.epochMs = Date.parse(row.soldAt);
      sale.keys = keys;
      sale.idStart = start;
      sale.idEnd = start + row.id.length;
      sale.trackStart = sale.idEnd;
      sale.trackEnd = sale.idEnd + row.track.length;
      return true;
    },
    row: (r) => rows[r] as SaleRow,
  };
}

/** `rows` as a SaleBatchSource, cut into batches of the given sizes (the rest in the last one). */
function sourceOf(rows: readonly SaleRow[], sizes: readonly number[], reads: boolean): SaleBatchSource<SaleRow> {
  return {
    async *saleBatches() {
      let at = 0;
      for (const size of sizes) {
        if (at >= rows.length) break;
        yield batchOf(rows.slice(at, at + size), reads);
        at += size;
      }
      if (at < rows.length) yield batchOf(rows.slice(at), reads);
    },
  };
}

const scenario = fc.constantFrom(...ruleCases).chain((c) =>
  fc.tuple(fc.constant(c), salesArbitrary(c.rule), fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 8 }), fc.boolean()),
);

describe('SaleBatchSource', () => {
  test.prop([scenario])('settles exactly as the same sales as objects, in batches of any size', async ([c, sales, sizes, reads]) => {
    const options = { rule: c.rule, credits: c.credits };
    const rows = sales.map((s) => s.row);
    expect(await settleMonthly(sourceOf(rows, sizes, reads), options)).toEqual(await settleMonthly(rows, options));
  });

  it("is how readSalesCsv's result is read: a documented method, no hidden symbol", async () => {
    const csv = readSalesCsv(['sale_id,track_id,sold_at,price\ns1,t1,2013-07-31T16:30:00Z,12.50\n']);
    expect(typeof csv.saleBatches).toBe('function');
    expect(Object.getOwnPropertySymbols(csv)).toEqual([Symbol.asyncIterator]);
    const rows = [];
    for await (const batch of csv.saleBatches()) for (let r = 0; r < batch.count; r++) rows.push(batch.row(r));
    expect(rows).toEqual([{ line: 2, id: 's1', track: 't1', soldAt: '2013-07-31T16:30:00Z', price: '12.50', quantity: undefined, kind: undefined }]);
  });

  it('refuses a source that breaks the interface with INVALID_OPTIONS, naming what it returned', async () => {
    const { rule, credits } = ruleCases[0] as (typeof ruleCases)[number];
    const notIterable = { saleBatches: () => 42 } as unknown as SaleBatchSource;
    await expectLedgerRejection(settleMonthly(notIterable, { rule, credits }), 'INVALID_OPTIONS', 'saleBatches() returned 42');
    const badBatch = {
      async *saleBatches() {
        yield { count: 1 };
      },
    } as unknown as SaleBatchSource;
    await expectLedgerRejection(settleMonthly(badBatch, { rule, credits }), 'INVALID_OPTIONS', 'saleBatches() yielded {"count":1}');
  });
});

// The CLI checks settleMonthly's options before it touches an output and then settles with the
// settings that check compiled (settlement/_lib/settle-sales.ts): the check must refuse what
// settleMonthly refuses, with the same error, and settling with its settings must give
// settleMonthly's result.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { musicianPlatformRule, readSalesCsv, settleMonthly, type SettleOptions } from '../../src/entries/royalty.js';
import { checkSettleOptions, settleSales } from '../../src/settlement/_lib/settle-sales.js';
import { ruleCases, salesArbitrary } from './sales-arbitraries.js';

const scenario = fc.constantFrom(...ruleCases).chain((c) => fc.tuple(fc.constant(c), salesArbitrary(c.rule)));

const credits = { t1: [{ role: 'lyricist', payee: 'ann', share: 1 }, { role: 'composer', payee: 'ann', share: 1 }, { role: 'producer', payee: 'bo', share: 1 }] };

/** What `promise` rejects with, or undefined. */
const rejectionOf = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

describe('checkSettleOptions and settleSales', () => {
  test.prop([scenario])('settling with the checked settings is settleMonthly', async ([c, sales]) => {
    const options = { rule: c.rule, credits: c.credits };
    const rows = sales.map((s) => s.row);
    expect(await settleSales(rows, checkSettleOptions(options), options)).toEqual(await settleMonthly(rows, options));
  });

  test('the same settings settle a CSV as settleMonthly does, onRejected and keepRejected from the options', async () => {
    const csv = 'sale_id,track_id,sold_at,price\ns1,t1,2024-03-01T10:00:00+08:00,5.00\ns2,t9,2024-03-01T10:00:00+08:00,5.00\ns1,t1,2024-03-01T10:00:00+08:00,5.00\n';
    const options: SettleOptions = { rule: musicianPlatformRule, credits, keepRejected: 1 };
    const seen: string[] = [];
    const result = await settleSales(readSalesCsv([csv]), checkSettleOptions(options), { ...options, onRejected: (row) => seen.push(row.code) });
    expect(result).toEqual(await settleMonthly(readSalesCsv([csv]), options));
    expect(seen.sort()).toEqual(['DUPLICATE_SALE', 'UNKNOWN_TRACK']);
    expect(result.rejected).toHaveLength(1);
  });

  const refused: [string, SettleOptions][] = [
    ['an unknown time zone', { rule: musicianPlatformRule, credits, timeZone: 'Mars/Olympus' }],
    ['credits naming no rule role', { rule: musicianPlatformRule, credits: { t1: [{ role: 'drummer', payee: 'ann', share: 1 }] } }],
    ['a keepRejected below zero', { rule: musicianPlatformRule, credits, keepRejected: -1 }],
    ['an onRejected that is no function', { rule: musicianPlatformRule, credits, onRejected: 'log' as never }],
    ['no rule', { credits } as never],
  ];
  test.each(refused)('refuses %s as settleMonthly does, before any sale is read', async (_, options) => {
    const fromCheck = await rejectionOf(Promise.resolve().then(() => checkSettleOptions(options)));
    const fromSettle = await rejectionOf(settleMonthly([], options));
    expect(fromCheck).toBeDefined();
    expect(fromCheck).toEqual(fromSettle);
    expect((fromCheck as { code?: string }).code).toBe((fromSettle as { code?: string }).code);
  });
});

// Random sales ledgers as CSV text for the warehouse agreement tests, and the same ledger as a
// typed table (the columns settlementSql reads), written so that every engine sees one input.
import { fc } from '@fast-check/vitest';
import { defineRule, musicianPlatformRule, xiamiDownloadRule, type Credits, type RoyaltyRule } from '../../src/entries/royalty.js';
import { parseTimestamp } from '../../src/settlement/_lib/parse-timestamp.js';
import { stamp } from '../settlement/sales-arbitraries.js';

/** A rule without a price cap and with a fixed-payee platform role, for big prices. */
export const openRule: RoyaltyRule = defineRule({
  id: 'open-shop',
  name: 'Open shop',
  currency: 'CNY',
  roles: [
    { role: 'artist', weight: 7 },
    { role: 'label', weight: 3 },
    { role: 'house', weight: 1, payee: 'house' },
  ],
  platformRole: 'house',
});

export const RULES: readonly RoyaltyRule[] = [musicianPlatformRule, xiamiDownloadRule, openRule];
export const HEADER = 'sale_id,track_id,sold_at,price,quantity,kind';
const PAYEES = ['ann', 'bo', 'cy', 'dee', 'eve', 'fay', 'gus'];
const OFFSETS = ['Z', '+08:00', '-05:00', '+09:00', '+05:45'] as const;

/** Credits of t1–t3 for `rule`: 1–6 payees a role, small and large shares. */
export function creditsArbitrary(rule: RoyaltyRule): fc.Arbitrary<Record<string, Credits>> {
  const credited = rule.roles.filter((r) => r.payee === undefined);
  const role = (name: string): fc.Arbitrary<Credits> =>
    fc
      .uniqueArray(fc.constantFrom(...PAYEES), { minLength: 1, maxLength: 6 })
      .chain((payees) => fc.tuple(...payees.map((payee) => fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 100_000 })).map((share) => ({ role: name, payee, share })))));
  const track = fc.tuple(...credited.map((r) => role(r.role))).map((lists) => lists.flat());
  return fc.record({ t1: track, t2: track, t3: track });
}

const decimal = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

// 1987–1989 (Shanghai summer time) and 2013, so month boundaries of both eras get hit
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1987, 11, 1), max: Date.UTC(1989, 1, 1) }),
  fc.integer({ min: Date.UTC(2013, 5, 25), max: Date.UTC(2013, 9, 5) }),
);

/**
 * One CSV line of a ledger for `rule`: mostly valid, sometimes broken in one way. Sale ids come
 * from a small pool so that duplicates happen; refunds use their own pool (`r…`) unless
 * `refundsShareIds`, since a sale and a refund sharing an id is the case settleMonthly on main
 * does not settle by the (id, kind) rule yet.
 */
export function lineArbitrary(rule: RoyaltyRule, refundsShareIds = false): fc.Arbitrary<string> {
  const cap = rule.priceCap?.amount;
  const price = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: cap ?? 5_000 }).map(decimal) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 99 }).map(decimal) },
    { weight: cap === undefined ? 2 : 0, arbitrary: fc.integer({ min: 100_000, max: 100_000_000_000 }).map(decimal) },
    { weight: 1, arbitrary: fc.constantFrom('0', '-1.00', '5.001', 'abc', '1.', cap === undefined ? '7' : decimal(cap + 1)) },
  );
  return fc
    .record({
      id: fc.integer({ min: 1, max: 8 }),
      refund: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, fc.constant(true)),
      badKind: fc.oneof({ weight: 30, arbitrary: fc.constant(false) }, fc.constant(true)),
      track: fc.constantFrom('t1', 't1', 't2', 't3', 't9'),
      at: instant,
      offset: fc.constantFrom(...OFFSETS),
      time: fc.oneof({ weight: 12, arbitrary: fc.constant('ok') }, fc.constantFrom('naive', 'invalid', 'missing')),
      price,
      quantity: fc.oneof({ weight: 6, arbitrary: fc.constant('') }, fc.constantFrom('1', '2', '5', '1000', '0', 'x')),
      emptyId: fc.oneof({ weight: 40, arbitrary: fc.constant(false) }, fc.constant(true)),
    })
    .map(({ id, refund, badKind, track, at, offset, time, price, quantity, emptyId }) => {
      let soldAt = stamp(at, offset);
      if (time === 'naive') soldAt = soldAt.slice(0, offset === 'Z' ? -1 : -6);
      if (time === 'invalid') soldAt = soldAt.replace('T', ' ');
      if (time === 'missing') soldAt = '';
      const kind = badKind ? 'gift' : refund ? 'refund' : '';
      const saleId = emptyId ? '' : `${refund && !refundsShareIds ? 'r' : 's'}${id}`;
      return [saleId, track, soldAt, price, quantity, kind].join(',');
    });
}

export const ledgerArbitrary = (rule: RoyaltyRule, refundsShareIds = false): fc.Arbitrary<string[]> =>
  fc.array(lineArbitrary(rule, refundsShareIds), { maxLength: 40 });

/** The CSV a sales export would write. */
export const csvOf = (lines: readonly string[]): string => `${HEADER}\n${lines.map((l) => `${l}\n`).join('')}`;

/**
 * The ledger as a typed table's CSV (sale_id, track_id, sold_at, price, quantity, kind, position):
 * what a typed column cannot hold becomes what it would be in a database — an unreadable
 * timestamp or price NULL, an unreadable quantity 0 — and position is the CSV line.
 */
export function typedCsvOf(lines: readonly string[]): string {
  const rows = lines.map((line, i) => {
    const [id = '', track = '', soldAt = '', price = '', quantity = '', kind = ''] = line.split(',');
    let time = soldAt;
    try {
      parseTimestamp(soldAt);
    } catch {
      time = '';
    }
    const amount = /^-?[0-9]+(\.[0-9]+)?$/.test(price) ? price : '';
    const count = quantity === '' || /^[0-9]{1,16}$/.test(quantity) ? quantity : '0';
    // an empty id is '' (not NULL) in the table, as in the CSV
    return [id === '' ? '""' : id, track, time, amount, count, kind, String(i + 2)].join(',');
  });
  return `${HEADER},position\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** The code a typed table gives where the CSV gives `code`: a naive time cannot be in a timestamptz column. */
export const typedCode = (code: string): string => (code === 'NAIVE_TIMESTAMP' ? 'INVALID_TIMESTAMP' : code);

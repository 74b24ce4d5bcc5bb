import { fc } from '@fast-check/vitest';
import type { Credits, RoyaltyRule, SaleRow } from '../../src/entries/royalty.js';
import { musicianPlatformRule, xiamiDownloadRule } from '../../src/entries/royalty.js';

/** Credits for both built-in rules: t1 and t2 with several payees, one payee in two roles. */
export const musicianCredits: Readonly<Record<string, Credits>> = {
  t1: [
    { role: 'lyricist', payee: 'ann', share: 1 },
    { role: 'composer', payee: 'ann', share: 2 },
    { role: 'composer', payee: 'bo', share: 1 },
    { role: 'producer', payee: 'cy', share: 3 },
    { role: 'producer', payee: 'bo', share: 1 },
  ],
  t2: [
    { role: 'lyricist', payee: 'dee', share: 1 },
    { role: 'composer', payee: 'cy', share: 1 },
    { role: 'producer', payee: 'eve', share: 1 },
  ],
  t3: [
    { role: 'lyricist', payee: 'ann', share: 5 },
    { role: 'lyricist', payee: 'fay', share: 2 },
    { role: 'composer', payee: 'fay', share: 1 },
    { role: 'producer', payee: 'gus', share: 1 },
  ],
};

export const downloadCredits: Readonly<Record<string, Credits>> = {
  t1: [
    { role: 'uploader', payee: 'ann', share: 1 },
    { role: 'label', payee: 'rec', share: 1 },
  ],
  t2: [
    { role: 'uploader', payee: 'bo', share: 2 },
    { role: 'uploader', payee: 'ann', share: 1 },
    { role: 'label', payee: 'rec', share: 1 },
  ],
  t3: [
    { role: 'uploader', payee: 'xiami', share: 1 },
    { role: 'label', payee: 'cy', share: 1 },
  ],
};

export type RuleCase = Readonly<{ rule: RoyaltyRule; credits: Readonly<Record<string, Credits>> }>;

export const ruleCases: readonly RuleCase[] = [
  { rule: musicianPlatformRule, credits: musicianCredits },
  { rule: xiamiDownloadRule, credits: downloadCredits },
];

/** A generated sale plus what the test knows about it independently of the code under test. */
export type GeneratedSale = Readonly<{
  row: SaleRow;
  /** Signed claimed gross in fen when price and quantity are readable, else null. */
  claimed: number | null;
  /** Whether the row is valid apart from duplicate ids (valid price, time, known track). */
  valid: boolean;
  /** The instant of soldAt, when valid. */
  epochMs: number | null;
}>;

const OFFSETS = ['Z', '+08:00', '-05:00', '+09:00', '+05:45'] as const;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats an instant at a fixed offset, the way a sales export would. */
export function stamp(epochMs: number, offset: (typeof OFFSETS)[number]): string {
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const d = new Date(epochMs + minutes * 60_000);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}${offset}`;
}

const decimal = (fen: number): string => `${Math.floor(fen / 100)}.${pad(fen % 100)}`;

// 1987–1989 (Shanghai summer time) and 2013: month boundaries of both eras get hit
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1987, 11, 1), max: Date.UTC(1989, 1, 1) }),
  fc.integer({ min: Date.UTC(2013, 5, 25), max: Date.UTC(2013, 9, 5) }),
);

/** One sale of `rule`'s tracks, mostly valid, sometimes broken in one known way (`flaw`), its price as text, number or Money. */
export function saleArbitrary(rule: RoyaltyRule, id: string): fc.Arbitrary<GeneratedSale> {
  const cap = rule.priceCap?.amount ?? 10_000;
  return fc
    .record({
      track: fc.constantFrom('t1', 't1', 't2', 't3', 'unknown'),
      at: instant,
      offset: fc.constantFrom(...OFFSETS),
      fen: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: cap }) }, fc.constantFrom(0, cap + 1)),
      quantity: fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, fc.integer({ min: 2, max: 4 }), fc.constant(0)),
      refund: fc.boolean(),
      flaw: fc.oneof({ weight: 10, arbitrary: fc.constant('none') }, fc.constantFrom('naive', 'bad-date', 'bad-price', 'as-money', 'as-number')),
    })
    .map(({ track, at, offset, fen, quantity, refund, flaw }): GeneratedSale => {
      let soldAt = stamp(at, offset);
      if (flaw === 'naive') soldAt = soldAt.slice(0, -(offset === 'Z' ? 1 : 6));
      if (flaw === 'bad-date') soldAt = soldAt.replace('T', ' ');
      const price =
        flaw === 'bad-price' ? `${decimal(fen)}5` : flaw === 'as-money' ? { amount: fen, currency: 'CNY', scale: 2 } : flaw === 'as-number' ? fen / 100 : decimal(fen);
      const row: SaleRow = { id, track, soldAt, price, quantity, ...(refund && { kind: 'refund' as const }) };
      const readable = flaw !== 'bad-price' && quantity > 0;
      const claimed = readable ? (refund ? -1 : 1) * fen * quantity : null;
      const timeOk = flaw !== 'naive' && flaw !== 'bad-date';
      return {
        row,
        claimed,
        valid: readable && fen > 0 && fen <= cap && timeOk && track !== 'unknown',
        epochMs: timeOk ? at : null,
      };
    });
}

/**
 * Sales with distinct ids plus some identical copies (the only kind of duplicate that keeps
 * the result order-independent).
 */
export function salesArbitrary(rule: RoyaltyRule, maxLength = 40): fc.Arbitrary<GeneratedSale[]> {
  return fc
    .integer({ min: 0, max: maxLength })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => saleArbitrary(rule, `s${i}`))))
    .chain((sales) =>
      fc
        .array(fc.nat({ max: Math.max(sales.length - 1, 0) }), { maxLength: sales.length === 0 ? 0 : 5 })
        .map((copies) => [...sales, ...copies.map((i) => sales[i] as GeneratedSale)]),
    );
}

/** The Shanghai calendar month of an instant, by Intl (independent of the code under test). */
const shanghaiMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' });
export const referenceMonth = (epochMs: number): string => shanghaiMonth.format(epochMs).slice(0, 7);

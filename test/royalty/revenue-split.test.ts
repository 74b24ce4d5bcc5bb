import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  defineRule,
  money,
  musicianPlatformRule,
  revenueSplit,
  toDecimal,
  xiamiDownloadRule,
  type Credit,
  type RevenueSplit,
  type RoyaltyRule,
} from '../../src/entries/royalty.js';
import { expectLedgerError } from '../expect-ledger-error.js';

const amounts = (split: RevenueSplit): string[] => split.lines.map((l) => toDecimal(l.amount));
const units = (split: RevenueSplit): number[] => split.lines.map((l) => l.amount.amount);

describe('revenueSplit', () => {
  it('download rule: RMB 0.80 → 0.20 / 0.40 / 0.20, Xiami named as payee', () => {
    const split = revenueSplit(xiamiDownloadRule, '0.80');
    expect(amounts(split)).toEqual(['0.20', '0.40', '0.20']);
    expect(split.lines.map((l) => [l.role, l.payee])).toEqual([
      ['uploader', undefined],
      ['label', undefined],
      ['platform', 'xiami'],
    ]);
    expect(split.gross).toEqual(money('0.80', 'CNY'));
    expect(toDecimal(split.byPayee.xiami!)).toBe('0.20');
  });

  it('musician rule: 12.50 → 1.25 / 1.25 / 10.00', () => {
    expect(amounts(revenueSplit(musicianPlatformRule, '12.50'))).toEqual(['1.25', '1.25', '10.00']);
  });

  it('musician rule: 0.05 → 0.01 / 0.00 / 0.04 (a tie goes to the earlier role)', () => {
    expect(amounts(revenueSplit(musicianPlatformRule, '0.05'))).toEqual(['0.01', '0.00', '0.04']);
  });

  it('accepts the price as a number or as Money', () => {
    expect(amounts(revenueSplit(musicianPlatformRule, 12.5))).toEqual(['1.25', '1.25', '10.00']);
    expect(amounts(revenueSplit(musicianPlatformRule, money('12.50', 'CNY')))).toEqual(['1.25', '1.25', '10.00']);
  });

  it('merges a payee credited in several roles into one byPayee total', () => {
    const split = revenueSplit(musicianPlatformRule, '12.50', [
      { role: 'lyricist', payee: 'ann', share: 1 },
      { role: 'composer', payee: 'ann', share: 1 },
      { role: 'producer', payee: 'bo', share: 2 },
      { role: 'producer', payee: 'ann', share: 1 },
    ]);
    expect(amounts(split)).toEqual(['1.25', '1.25', '6.67', '3.33']);
    expect(Object.fromEntries(Object.entries(split.byPayee).map(([p, m]) => [p, toDecimal(m)]))).toEqual({ ann: '5.83', bo: '6.67' });
  });

  it('puts the platform’s fixed payee next to credited payees', () => {
    const split = revenueSplit(xiamiDownloadRule, '0.80', [
      { role: 'uploader', payee: 'dj-li', share: 1 },
      { role: 'label', payee: 'modern-sky', share: 1 },
    ]);
    expect(Object.keys(split.byPayee)).toEqual(['dj-li', 'modern-sky', 'xiami']);
    expect(Object.values(split.byPayee).map(toDecimal)).toEqual(['0.20', '0.40', '0.20']);
  });

  it('is safe with payee names such as "__proto__"', () => {
    const split = revenueSplit(musicianPlatformRule, '1.00', [
      { role: 'lyricist', payee: '__proto__', share: 1 },
      { role: 'composer', payee: 'b', share: 1 },
      { role: 'producer', payee: 'c', share: 1 },
    ]);
    expect(Object.keys(split.byPayee)).toEqual(['__proto__', 'b', 'c']);
    expect(toDecimal(split.byPayee['__proto__']!)).toBe('0.10');
  });

  it('returns frozen results', () => {
    const split = revenueSplit(xiamiDownloadRule, '0.80');
    expect([split, split.lines, split.byPayee, split.gross, ...split.lines, ...split.lines.map((l) => l.amount)].every(Object.isFrozen)).toBe(true);
  });

  it('rejects prices with the contract’s codes, naming the value', () => {
    expectLedgerError(() => revenueSplit(xiamiDownloadRule, '0.81'), 'PRICE_ABOVE_CAP', '0.81 CNY', '0.80 CNY');
    expectLedgerError(() => revenueSplit(musicianPlatformRule, '50.01'), 'PRICE_ABOVE_CAP', '50.01', '50.00');
    expectLedgerError(() => revenueSplit(xiamiDownloadRule, '0'), 'INVALID_PRICE', '0.00 CNY');
    expectLedgerError(() => revenueSplit(xiamiDownloadRule, '-0.10'), 'INVALID_PRICE', '-0.10 CNY');
    expectLedgerError(() => revenueSplit(xiamiDownloadRule, 'free'), 'INVALID_AMOUNT', '"free"');
    expectLedgerError(() => revenueSplit(xiamiDownloadRule, '0.805'), 'TOO_MANY_DECIMALS', '"0.805"');
    expectLedgerError(() => revenueSplit(xiamiDownloadRule, money('0.80', 'USD')), 'CURRENCY_MISMATCH', 'USD', 'CNY');
    expectLedgerError(() => revenueSplit(xiamiDownloadRule, { amount: 0.5, currency: 'CNY', scale: 2 }), 'UNSAFE_AMOUNT', '0.5');
  });

  it('rejects credits with the contract’s codes', () => {
    expectLedgerError(() => revenueSplit(musicianPlatformRule, '1', [{ role: 'mixer', payee: 'a', share: 1 }]), 'UNKNOWN_ROLE', '"mixer"');
    expectLedgerError(() => revenueSplit(musicianPlatformRule, '1', [{ role: 'lyricist', payee: 'a', share: 1 }]), 'MISSING_ROLE', '"composer"', '"producer"');
    expectLedgerError(() => revenueSplit(musicianPlatformRule, '1', [{ role: 'lyricist', payee: 'a', share: 0 }]), 'INVALID_CREDITS', '"share":0');
  });

  it('allows an uncapped user rule any positive price', () => {
    const rule = defineRule({ id: 'open', name: 'Open', currency: 'JPY', roles: [{ role: 'a', weight: 1 }, { role: 'b', weight: 2 }] });
    expect(units(revenueSplit(rule, '9007199254740991'))).toEqual([3002399751580330, 6004799503160661]);
  });
});

// ---- properties over arbitrary rules, prices and credits ----

const payees = ['ann', 'bo', 'cy', 'dee', 'eve'];

const ruleArb: fc.Arbitrary<RoyaltyRule> = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }).filter((ws) => ws.some((w) => w > 0)),
    fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  )
  .map(([weights, cap]) =>
    defineRule({
      id: 'prop',
      name: 'Property rule',
      currency: 'CNY',
      roles: weights.map((weight, i) => ({ role: `role-${i}`, weight })),
      priceCap: { amount: cap, currency: 'CNY', scale: 2 },
    }),
  );

const creditsFor = (rule: RoyaltyRule): fc.Arbitrary<Credit[]> =>
  fc
    .tuple(
      ...rule.roles.map((r) =>
        fc.uniqueArray(fc.constantFrom(...payees), { minLength: 1, maxLength: 3 }).chain((names) =>
          fc.tuple(...names.map((payee) => fc.integer({ min: 1, max: 1000 }).map((share): Credit => ({ role: r.role, payee, share })))),
        ),
      ),
    )
    .map((groups) => groups.flat());

const caseArb = ruleArb.chain((rule) =>
  fc.tuple(fc.constant(rule), fc.integer({ min: 1, max: rule.priceCap!.amount }), creditsFor(rule)),
);

/** |line − exact quota| < 1 unit, with the quota as an exact rational (BigInt). */
function withinOneUnit(rule: RoyaltyRule, credits: readonly Credit[], price: number, line: RevenueSplit['lines'][number]): boolean {
  const role = rule.roles.find((r) => r.role === line.role)!;
  const totalWeight = BigInt(rule.roles.reduce((s, r) => s + r.weight, 0));
  const group = credits.filter((c) => c.role === line.role);
  const share = BigInt(group.find((c) => c.payee === line.payee)!.share);
  const shares = BigInt(group.reduce((s, c) => s + c.share, 0));
  const denominator = totalWeight * shares;
  const gap = BigInt(line.amount.amount) * denominator - BigInt(price) * BigInt(role.weight) * share;
  return gap < denominator && gap > -denominator;
}

describe('revenueSplit properties', () => {
  test.prop([caseArb])('lines sum exactly to the price, each within one unit of its exact quota', ([rule, price, credits]) => {
    const split = revenueSplit(rule, { amount: price, currency: 'CNY', scale: 2 }, credits);
    expect(split.lines).toHaveLength(credits.length);
    expect(split.lines.reduce((s, l) => s + BigInt(l.amount.amount), 0n)).toBe(BigInt(price));
    for (const line of split.lines) expect(withinOneUnit(rule, credits, price, line)).toBe(true);
  });

  test.prop([caseArb])('byPayee merges every payee’s lines across roles and sums to the price', ([rule, price, credits]) => {
    const split = revenueSplit(rule, { amount: price, currency: 'CNY', scale: 2 }, credits);
    const expected = new Map<string, number>();
    for (const l of split.lines) expected.set(l.payee!, (expected.get(l.payee!) ?? 0) + l.amount.amount);
    expect(Object.fromEntries(Object.entries(split.byPayee).map(([p, m]) => [p, m.amount]))).toEqual(Object.fromEntries(expected));
    expect(new Set(Object.keys(split.byPayee))).toEqual(new Set(credits.map((c) => c.payee)));
  });

  test.prop([ruleArb.chain((rule) => fc.tuple(fc.constant(rule), fc.integer({ min: 1, max: rule.priceCap!.amount })))])(
    'without credits: one line per role, summing to the price',
    ([rule, price]) => {
      const split = revenueSplit(rule, { amount: price, currency: 'CNY', scale: 2 });
      expect(split.lines.map((l) => l.role)).toEqual(rule.roles.map((r) => r.role));
      expect(split.lines.reduce((s, l) => s + l.amount.amount, 0)).toBe(price);
    },
  );

  test.prop([caseArb.chain(([rule, price, credits]) => fc.tuple(fc.constant(rule), fc.constant(price), fc.constant(credits), fc.shuffledSubarray(credits, { minLength: credits.length })))])(
    'declaring credits in another order changes only tie-breaking: same role totals, each line within one unit',
    ([rule, price, credits, shuffled]) => {
      const gross = { amount: price, currency: 'CNY', scale: 2 };
      const a = revenueSplit(rule, gross, credits);
      const b = revenueSplit(rule, gross, shuffled);
      const byKey = (s: RevenueSplit) => new Map(s.lines.map((l) => [`${l.role}/${l.payee}`, l.amount.amount]));
      const roleTotals = (s: RevenueSplit) => rule.roles.map((r) => s.lines.filter((l) => l.role === r.role).reduce((t, l) => t + l.amount.amount, 0));
      const [ka, kb] = [byKey(a), byKey(b)];
      expect([...kb.keys()].sort()).toEqual([...ka.keys()].sort());
      for (const [key, amount] of ka) expect(Math.abs(amount - kb.get(key)!)).toBeLessThanOrEqual(1);
      expect(roleTotals(b)).toEqual(roleTotals(a));
      expect(b.lines.map((l) => l.role)).toEqual(a.lines.map((l) => l.role));
    },
  );
});

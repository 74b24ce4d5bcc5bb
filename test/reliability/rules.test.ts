import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  compileSplit,
  defineRule,
  musicianPlatformRule,
  revenueSplit,
  settleMonthly,
  settleTotals,
  xiamiDownloadRule,
  type RoyaltyRule,
} from '../../src/entries/royalty.js';
import { expectLedgerError, expectLedgerRejection } from '../expect-ledger-error.js';

/** A rule written as a literal, never passed through defineRule, with the given role weights. */
const literalRule = (weights: readonly number[]): RoyaltyRule =>
  ({
    id: 'literal',
    name: 'Literal',
    currency: 'CNY',
    roles: weights.map((weight, i) => ({ role: `role-${i}`, weight, payee: `payee-${i}` })),
    citations: [],
  }) as RoyaltyRule;

const sale = { id: 's1', track: 't1', soldAt: '2013-08-02T10:00:00+08:00', price: '10.00' };
const total = { track: 't1', month: '2013-08', gross: '10.00', units: 1 };

describe('every entry point checks the rule it is handed', () => {
  const bad: readonly [string, readonly number[], string][] = [
    ['a negative weight', [-1, 2], 'roles[0].weight -1'],
    ['a fractional weight', [0.5, 1], 'roles[0].weight 0.5'],
    ['a NaN weight', [Number.NaN, 1], 'roles[0].weight'],
    ['an infinite weight', [Number.POSITIVE_INFINITY, 1], 'roles[0].weight'],
    ['weights summing to zero', [0, 0], 'sum above zero'],
  ];

  it.each(bad)('settleMonthly refuses %s as INVALID_RULE', async (_, weights, mention) => {
    await expectLedgerRejection(settleMonthly([sale], { rule: literalRule(weights), credits: { t1: [] } }), 'INVALID_RULE', mention);
  });

  it.each(bad)('settleTotals refuses %s as INVALID_RULE', (_, weights, mention) => {
    expectLedgerError(() => settleTotals([total], { rule: literalRule(weights), credits: { t1: [] } }), 'INVALID_RULE', mention);
  });

  it.each(bad)('revenueSplit and compileSplit refuse %s as INVALID_RULE', (_, weights, mention) => {
    expectLedgerError(() => revenueSplit(literalRule(weights), '10.00'), 'INVALID_RULE', mention);
    expectLedgerError(() => compileSplit(literalRule(weights)), 'INVALID_RULE', mention);
  });

  it('refuses what is not a rule at all, and a rule missing its name or with a lower-case currency', async () => {
    for (const rule of [null, undefined, 42, 'xiami-download', []]) {
      await expectLedgerRejection(settleMonthly([sale], { rule: rule as never, credits: {} }), 'INVALID_RULE', 'rule');
      expectLedgerError(() => revenueSplit(rule as never, '1.00'), 'INVALID_RULE', 'rule');
    }
    const { name: _name, ...nameless } = literalRule([1, 1]);
    expectLedgerError(() => settleTotals([], { rule: nameless as RoyaltyRule, credits: {} }), 'INVALID_RULE', 'rule.name');
    expectLedgerError(() => revenueSplit({ ...literalRule([1]), currency: 'cny' }, '1.00'), 'INVALID_RULE', '"cny"');
  });

  it('settles a valid literal rule exactly like the same rule from defineRule', async () => {
    const literal = literalRule([1, 2]);
    const defined = defineRule(literal);
    const credits = { t1: [] };
    const [a, b] = [await settleMonthly([sale], { rule: literal, credits }), await settleMonthly([sale], { rule: defined, credits })];
    expect(a.statements).toEqual(b.statements);
    expect(a.totals.paid.amount).toBe(1000);
    expect(revenueSplit(literal, '10.00')).toEqual(revenueSplit(defined, '10.00'));
  });

  test.prop([fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 100_000 })])(
    'a literal rule either splits a price into lines summing to it exactly, or is refused as INVALID_RULE',
    (weights, units) => {
      let lines: readonly { amount: { amount: number } }[];
      try {
        lines = revenueSplit(literalRule(weights), { amount: units, currency: 'CNY', scale: 2 }).lines;
      } catch (error) {
        expect(error).toMatchObject({ code: 'INVALID_RULE' });
        expect(weights.some((w) => w < 0) || weights.every((w) => w === 0)).toBe(true);
        return;
      }
      expect(lines.reduce((sum, line) => sum + line.amount.amount, 0)).toBe(units);
      expect(lines.every((line) => line.amount.amount >= 0)).toBe(true);
    },
  );
});

describe('checked rules', () => {
  it('defineRule hands a rule it made back as it is, and the built-in rules are such rules', () => {
    const rule = defineRule(literalRule([1, 1]));
    expect(defineRule(rule)).toBe(rule);
    expect(defineRule(xiamiDownloadRule)).toBe(xiamiDownloadRule);
    expect(defineRule(musicianPlatformRule)).toBe(musicianPlatformRule);
  });

  it('a copy of a checked rule is checked again, so editing a copy cannot slip past the check', () => {
    const copy = { ...xiamiDownloadRule, roles: xiamiDownloadRule.roles.map((r, i) => (i === 0 ? { ...r, weight: -25 } : r)) };
    expectLedgerError(() => revenueSplit(copy, '0.80'), 'INVALID_RULE', 'roles[0].weight -25');
  });

  it('the split plan keeps the checked, frozen rule, not the caller’s object', () => {
    const literal = literalRule([1, 3]);
    const plan = compileSplit(literal);
    expect(plan.rule).not.toBe(literal);
    expect(plan.rule).toEqual(literal);
    expect(Object.isFrozen(plan.rule) && Object.isFrozen(plan.rule.roles)).toBe(true);
  });
});

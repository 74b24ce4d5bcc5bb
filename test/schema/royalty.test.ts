import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defineRule, musicianPlatformRule, xiamiDownloadRule } from '../../src/entries/royalty.js';
import { royaltyRuleSchema } from '../../src/schema/index.js';

// defineRule validates by hand so `./royalty` loads without zod; the zod schema is the
// documented contract. These tests keep the two in step.
const accepts = (input: unknown) => {
  try {
    defineRule(input as Parameters<typeof defineRule>[0]);
    return true;
  } catch {
    return false;
  }
};

const name = fc.constantFrom('producer', 'lyricist', 'composer', 'Lead Singer', '', 'a-b', 'x--y');
const price = fc.record({
  amount: fc.constantFrom(-5, 0, 1, 80, 5000, 1.5),
  currency: fc.constantFrom('CNY', 'USD', 'JPY'),
  scale: fc.constantFrom(2, 0),
});
const ruleInput = fc.record(
  {
    id: fc.constantFrom('my-rule', 'x', 'Not Kebab', ''),
    name: fc.constantFrom('A rule', '', '  '),
    currency: fc.constantFrom('CNY', 'USD', 'JPY', 'usd', 'XX', 'XYZ'),
    roles: fc.array(
      fc.record({ role: name, weight: fc.constantFrom(0, 1, 10, 80, -1, 2.5) }, { requiredKeys: ['role', 'weight'] }),
      { maxLength: 4 },
    ),
    priceCap: price,
    listPrice: price,
    platformRole: fc.constantFrom('producer', 'platform'),
  },
  { requiredKeys: ['id', 'name', 'currency', 'roles'] },
);

// valid rules, then at most one fault: each check is met alone, where no other fault can hide it
const scaleOf = { CNY: 2, USD: 2, JPY: 0 } as const;
const validRule = fc
  .record({
    currency: fc.constantFrom('CNY', 'USD', 'JPY'),
    roles: fc.uniqueArray(fc.constantFrom('producer', 'lyricist', 'composer', 'platform', 'a-b'), { minLength: 1, maxLength: 4 }),
    weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 4, maxLength: 4 }),
    cap: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
    platform: fc.boolean(),
  })
  .map(({ currency, roles, weights, cap, platform }) => {
    const money = (amount: number) => ({ amount, currency, scale: scaleOf[currency] });
    return {
      id: 'my-rule',
      name: 'A rule',
      currency,
      roles: roles.map((role, i) => ({ role, weight: weights[i] as number })),
      ...(cap !== undefined && { priceCap: money(cap), listPrice: money(cap) }),
      ...(platform && { platformRole: roles[0] }),
    };
  });
type RuleInput = Readonly<{
  id: string;
  name: string;
  currency: string;
  roles: readonly Readonly<{ role: string; weight: number }>[];
  priceCap?: unknown;
  listPrice?: unknown;
  platformRole?: string;
}>;
const faults: Record<string, (rule: RuleInput) => RuleInput> = {
  none: (rule) => rule,
  'id not kebab-case': (rule) => ({ ...rule, id: 'Not Kebab' }),
  'blank name': (rule) => ({ ...rule, name: '  ' }),
  'unknown currency': (rule) => ({ ...rule, currency: 'XYZ' }),
  'lower-case currency': (rule) => ({ ...rule, currency: 'usd' }),
  'role not kebab-case': (rule) => ({ ...rule, roles: [{ role: 'Lead Singer', weight: 1 }, ...rule.roles] }),
  'negative weight': (rule) => ({ ...rule, roles: rule.roles.map((r, i) => (i === 0 ? { ...r, weight: -1 } : r)) }),
  'fractional weight': (rule) => ({ ...rule, roles: rule.roles.map((r, i) => (i === 0 ? { ...r, weight: 2.5 } : r)) }),
  'all weights zero': (rule) => ({ ...rule, roles: rule.roles.map((r) => ({ ...r, weight: 0 })) }),
  'repeated role': (rule) => ({ ...rule, roles: [...rule.roles, ...rule.roles.slice(0, 1)] }),
  'no roles': (rule) => ({ ...rule, roles: [] }),
  'cap in another currency': (rule) => ({ ...rule, priceCap: { amount: 100, currency: rule.currency === 'USD' ? 'CNY' : 'USD', scale: 2 } }),
  'zero cap': (rule) => ({ ...rule, priceCap: { amount: 0, currency: rule.currency, scale: scaleOf[rule.currency as keyof typeof scaleOf] } }),
  'unknown platform role': (rule) => ({ ...rule, platformRole: 'mixer' }),
};

describe('royaltyRuleSchema and defineRule', () => {
  test.prop([validRule, fc.constantFrom(...Object.keys(faults))])('agree on a valid rule, and on each single fault', (rule, fault) => {
    const input = (faults[fault] as (rule: RuleInput) => RuleInput)(rule);
    const valid = royaltyRuleSchema.safeParse(input).success;
    expect(accepts(input)).toBe(valid);
    expect(valid).toBe(fault === 'none');
  });


  it('both accept the two rules from the sources', () => {
    for (const rule of [xiamiDownloadRule, musicianPlatformRule]) {
      expect(royaltyRuleSchema.safeParse(rule).success).toBe(true);
      expect(accepts(rule)).toBe(true);
    }
  });

  test.prop([ruleInput], { numRuns: 500 })('accept and reject exactly the same inputs', (input) => {
    expect(accepts(input)).toBe(royaltyRuleSchema.safeParse(input).success);
  });
});

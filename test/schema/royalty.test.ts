import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defineRule, musicianPlatformRule, xiamiDownloadRule } from '../../src/royalty/index.js';
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

describe('royaltyRuleSchema and defineRule', () => {
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

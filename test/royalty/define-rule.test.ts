import { describe, expect, it } from 'vitest';
import { defineRule, money, type RoyaltyRuleInput } from '../../src/entries/royalty.js';
import { expectLedgerError } from '../expect-ledger-error.js';

const valid: RoyaltyRuleInput = {
  id: 'duo',
  name: 'Duo',
  currency: 'USD',
  roles: [
    { role: 'singer', weight: 60 },
    { role: 'store', weight: 40, payee: 'shop' },
  ],
  priceCap: money('9.99', 'USD'),
  listPrice: money('0.99', 'USD'),
  platformRole: 'store',
};

const withField = (patch: Record<string, unknown>): RoyaltyRuleInput => ({ ...valid, ...patch }) as RoyaltyRuleInput;

describe('defineRule', () => {
  it('returns a deeply frozen copy with citations defaulting to none', () => {
    const rule = defineRule(valid);
    expect(rule).toEqual({ ...valid, citations: [] });
    expect(rule).not.toBe(valid);
    expect(Object.isFrozen(rule) && Object.isFrozen(rule.roles) && rule.roles.every(Object.isFrozen)).toBe(true);
    expect(Object.isFrozen(rule.priceCap)).toBe(true);
    expect(Object.isFrozen(valid)).toBe(false);
  });

  it('drops unknown keys', () => {
    expect(defineRule(withField({ extra: 1 }))).not.toHaveProperty('extra');
  });

  it('accepts zero weights as long as the sum is positive', () => {
    expect(defineRule(withField({ roles: [{ role: 'a', weight: 0 }, { role: 'b', weight: 1 }], platformRole: undefined })).roles).toHaveLength(2);
  });

  const cases: [string, Record<string, unknown>, ...string[]][] = [
    ['id', { id: 'Not Kebab' }, '"Not Kebab"'],
    ['id', { id: undefined }, 'rule.id'],
    ['name', { name: '  ' }, 'rule.name'],
    ['currency', { currency: 'usd' }, '"usd"'],
    ['currency', { currency: 'XYZ' }, '"XYZ"'],
    ['roles', { roles: [] }, 'rule.roles'],
    ['roles', { roles: 'singer' }, '"singer"'],
    ['role name', { roles: [{ role: 'Lead Singer', weight: 1 }] }, 'roles[0].role "Lead Singer"'],
    ['duplicate role', { roles: [{ role: 'a', weight: 1 }, { role: 'a', weight: 1 }] }, 'roles[1].role "a"'],
    ['negative weight', { roles: [{ role: 'a', weight: -1 }] }, 'roles[0].weight -1'],
    ['fractional weight', { roles: [{ role: 'a', weight: 0.5 }] }, 'roles[0].weight 0.5'],
    ['all-zero weights', { roles: [{ role: 'a', weight: 0 }], platformRole: undefined }, 'sum above zero'],
    ['empty payee', { roles: [{ role: 'a', weight: 1, payee: '' }] }, 'roles[0].payee ""'],
    ['cap in another currency', { priceCap: money('1', 'CNY') }, 'rule.priceCap', '"CNY"'],
    ['zero cap', { priceCap: money('0', 'USD') }, 'rule.priceCap', '"amount":0'],
    ['negative list price', { listPrice: money('-1', 'USD') }, 'rule.listPrice', '-100'],
    ['platform role not a role', { platformRole: 'label' }, 'rule.platformRole "label"', 'singer, store'],
    ['citations not an array', { citations: 'x' }, 'rule.citations "x"'],
    ['citation without source', { citations: [{ quote: 'q' }] }, 'citations[0]'],
    ['citation quote too long', { citations: [{ source: 's', quote: 'x'.repeat(301) }] }, 'citations[0].quote', '300'],
  ];
  it.each(cases)('rejects a bad %s as INVALID_RULE naming it', (_, patch, ...mentions) => {
    expectLedgerError(() => defineRule(withField(patch)), 'INVALID_RULE', ...mentions);
  });

  it('rejects a non-object', () => {
    expectLedgerError(() => defineRule(null as unknown as RoyaltyRuleInput), 'INVALID_RULE', 'null');
  });
});

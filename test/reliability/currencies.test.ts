import { describe, expect, it } from 'vitest';
import { CURRENCY_SCALES, currencyScale, money, revenueSplit, toDecimal, defineRule } from '../../src/entries/royalty.js';
import { expectLedgerError } from '../expect-ledger-error.js';

describe('currency scales come from the ISO 4217 table, not the runtime', () => {
  it('knows the minor units ISO gives, where runtimes disagree', () => {
    // Node's ICU says 0 for HUF, COP, IQD and IDR; ISO 4217 says otherwise
    const scales = { HUF: 2, COP: 2, IQD: 3, IDR: 2, CLF: 4, UYW: 4, JPY: 0, KRW: 0, XOF: 0, KWD: 3, BHD: 3, TND: 3, CNY: 2, USD: 2, EUR: 2, ZWG: 2, XCG: 2 };
    for (const [code, scale] of Object.entries(scales)) {
      expect(currencyScale(code), code).toBe(scale);
      expect(CURRENCY_SCALES[code], code).toBe(scale);
    }
    expect(toDecimal(money('1234.56', 'HUF'))).toBe('1234.56');
    expect(money('1.5', 'IQD').amount).toBe(1500);
  });

  it('holds every active code with minor units: three upper-case letters, a scale of 0 to 4', () => {
    const entries = Object.entries(CURRENCY_SCALES);
    expect(entries.length).toBeGreaterThanOrEqual(160);
    for (const [code, scale] of entries) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect([0, 2, 3, 4]).toContain(scale);
      expect(currencyScale(code)).toBe(scale);
    }
  });

  it('is frozen, and changing a copy of it changes nothing', () => {
    expect(Object.isFrozen(CURRENCY_SCALES)).toBe(true);
    expect(() => {
      (CURRENCY_SCALES as Record<string, number>).HUF = 0;
    }).toThrow(TypeError);
    expect(currencyScale('HUF')).toBe(2);
  });

  it('refuses an unknown, lower-case, withdrawn or unit-less code as UNKNOWN_CURRENCY naming it', () => {
    for (const code of ['XYZ', 'usd', 'DEM', 'HRK', 'XAU', 'XXX', 'XTS', '', 'toString', '__proto__', 'CNY ']) {
      expectLedgerError(() => currencyScale(code), 'UNKNOWN_CURRENCY', JSON.stringify(code));
      expectLedgerError(() => money('1', code), 'UNKNOWN_CURRENCY', JSON.stringify(code));
    }
    for (const junk of [null, undefined, 42, {}, ['CNY']]) expectLedgerError(() => currencyScale(junk as never), 'UNKNOWN_CURRENCY');
  });

  it('a rule in HUF settles in fillér, the same in every runtime', () => {
    const rule = defineRule({ id: 'huf', name: 'HUF', currency: 'HUF', roles: [{ role: 'a', weight: 1, payee: 'ann' }, { role: 'b', weight: 2, payee: 'bo' }] });
    expect(revenueSplit(rule, '10.00').lines.map((l) => toDecimal(l.amount))).toEqual(['3.33', '6.67']);
    expectLedgerError(() => defineRule({ ...rule, currency: 'XAU' }), 'INVALID_RULE', '"XAU"');
  });
});

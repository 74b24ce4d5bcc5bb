import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  currencyScale,
  money,
  musicianPlatformRule,
  revenueSplit,
  settleMonthly,
  settleTotals,
  xiamiDownloadRule,
  type Money,
} from '../../src/entries/royalty.js';
import { isLedgerError } from '../../src/errors.js';
import { expectLedgerError } from '../expect-ledger-error.js';

const CURRENCIES = ['JPY', 'CNY', 'KWD', 'CLF'] as const;

/** The double the decimal of `units` minor units reads as, by BigInt (units may be just beyond the safe range). */
function readsAs(units: number, currency: string): number {
  const scale = currencyScale(currency);
  const magnitude = BigInt(Math.abs(units)).toString().padStart(scale + 1, '0');
  const sign = units < 0 ? '-' : '';
  return Number(scale === 0 ? `${sign}${magnitude}` : `${sign}${magnitude.slice(0, -scale)}.${magnitude.slice(-scale)}`);
}

describe('a number amount is taken only when it denotes exactly the decimal it reads as', () => {
  it('refuses 70368744177664.01 CNY, which is the same double as …664.02, as UNSAFE_AMOUNT suggesting a string', () => {
    const error = expectLedgerError(() => money(70368744177664.01, 'CNY'), 'UNSAFE_AMOUNT', '70368744177664.02', 'decimal string');
    expect(error.details).toMatchObject({ currency: 'CNY' });
    expect(money('70368744177664.01', 'CNY').amount).toBe(7036874417766401);
    // one binade lower, doubles are 1/128 apart: every cent is its own double
    expect(money(35184372088832.01, 'CNY').amount).toBe(3518437208883201);
  });

  it('refuses it wherever a number amount enters: prices of sales, totals and splits', async () => {
    const credits = { t1: [{ role: 'lyricist', payee: 'ann', share: 1 }, { role: 'composer', payee: 'ann', share: 1 }, { role: 'producer', payee: 'bo', share: 1 }] };
    const rule = { ...musicianPlatformRule, priceCap: undefined };
    const sale = { id: 's1', track: 't1', soldAt: '2013-08-02T10:00:00+08:00', price: 70368744177664.01 };
    const settled = await settleMonthly([sale], { rule, credits });
    expect(settled.rejected.map((r) => r.code)).toEqual(['UNSAFE_AMOUNT']);
    expect(settled.totals.paid.amount).toBe(0);
    const totals = settleTotals([{ track: 't1', month: '2013-08', gross: 70368744177664.01 }], { rule, credits });
    expect(totals.rejected.map((r) => r.code)).toEqual(['UNSAFE_AMOUNT']);
    expectLedgerError(() => revenueSplit(rule, 70368744177664.01), 'UNSAFE_AMOUNT', 'decimal string');
    expectLedgerError(() => settleTotals([], { rule, credits, minimumPayout: 70368744177664.01 as never }), 'UNSAFE_AMOUNT');
  });

  it('keeps refusing numbers whose shortest form has too many decimals, and exponent forms', () => {
    expectLedgerError(() => money(0.1 + 0.2, 'CNY'), 'TOO_MANY_DECIMALS', '0.30000000000000004');
    expectLedgerError(() => money(1e-7, 'CNY'), 'TOO_MANY_DECIMALS', '1e-7');
    expectLedgerError(() => money(1e21, 'JPY'), 'UNSAFE_AMOUNT', '1e+21');
    expectLedgerError(() => money(0.5, 'JPY'), 'TOO_MANY_DECIMALS', '0.5');
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expectLedgerError(() => money(value, 'CNY'), 'INVALID_AMOUNT');
    expect(money(-0, 'CNY').amount).toBe(0);
    expect(Object.is(money(-0, 'CNY').amount, 0)).toBe(true);
    expect(money(Number.MAX_SAFE_INTEGER, 'JPY').amount).toBe(Number.MAX_SAFE_INTEGER);
  });

  test.prop([fc.constantFrom(...CURRENCIES), fc.double({ noNaN: true, noDefaultInfinity: true })])(
    'any double either comes back as the one amount it reads as, or is refused with a code',
    (currency, value) => {
      let result: Money;
      try {
        result = money(value, currency);
      } catch (error) {
        expect(isLedgerError(error) && ['UNSAFE_AMOUNT', 'TOO_MANY_DECIMALS'].includes(error.code)).toBe(true);
        return;
      }
      // `===`, not Object.is: -0 reads as the amount 0
      expect(readsAs(result.amount, currency) === value).toBe(true);
      expect(readsAs(result.amount - 1, currency) === value).toBe(false);
      expect(readsAs(result.amount + 1, currency) === value).toBe(false);
    },
  );

  test.prop([
    fc.constantFrom(...CURRENCIES).chain((currency) => {
      // below 2^(52 − ⌈log2 10^scale⌉) doubles are closer together than a minor unit
      const scale = currencyScale(currency);
      const limit = 2 ** (52 - Math.ceil(Math.log2(10 ** scale))) * 10 ** scale;
      return fc.tuple(fc.constant(currency), fc.integer({ min: -limit, max: limit }));
    }),
  ])('every amount small enough for its doubles to be a minor unit apart is accepted as written', ([currency, units]) => {
    expect(money(readsAs(units, currency), currency).amount).toBe(units);
  });

  it('a Money object is taken by its integer minor units, never by a float', () => {
    expect(revenueSplit(xiamiDownloadRule, { amount: 80, currency: 'CNY', scale: 2 }).gross.amount).toBe(80);
    expectLedgerError(() => revenueSplit(xiamiDownloadRule, { amount: 0.5, currency: 'CNY', scale: 2 }), 'UNSAFE_AMOUNT', '0.5');
    expectLedgerError(() => revenueSplit(xiamiDownloadRule, { amount: 80, currency: 'CNY', scale: 3 }), 'CURRENCY_MISMATCH');
  });
});

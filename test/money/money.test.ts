import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { money, parseMinorUnits, toDecimal, type Money } from '../../src/money/index.js';
import { expectLedgerError } from '../expect-ledger-error.js';

describe('money', () => {
  it('parses decimal strings exactly', () => {
    expect(money('12.50', 'CNY')).toEqual({ amount: 1250, currency: 'CNY', scale: 2 });
    expect(money('0.8', 'CNY')).toEqual({ amount: 80, currency: 'CNY', scale: 2 });
    expect(money('500', 'JPY')).toEqual({ amount: 500, currency: 'JPY', scale: 0 });
    expect(money('1.234', 'KWD')).toEqual({ amount: 1234, currency: 'KWD', scale: 3 });
  });

  it('allows negative amounts (refunds, arithmetic)', () => {
    expect(money('-1.00', 'CNY')).toEqual({ amount: -100, currency: 'CNY', scale: 2 });
  });

  it('accepts a number only when its decimal form fits the scale', () => {
    expect(money(12.5, 'CNY').amount).toBe(1250);
    expect(money(0.1, 'CNY').amount).toBe(10);
    expect(money(500, 'JPY').amount).toBe(500);
    expectLedgerError(() => money(0.1 + 0.2, 'CNY'), 'TOO_MANY_DECIMALS', '0.30000000000000004');
    expectLedgerError(() => money(1e-7, 'CNY'), 'TOO_MANY_DECIMALS', '1e-7');
    expectLedgerError(() => money(1e21, 'CNY'), 'UNSAFE_AMOUNT', '1e+21');
    expectLedgerError(() => money(Number.NaN, 'CNY'), 'INVALID_AMOUNT', 'NaN');
    expectLedgerError(() => money(Number.POSITIVE_INFINITY, 'CNY'), 'INVALID_AMOUNT', 'Infinity');
  });

  it('reads a bigint as whole units', () => {
    expect(money(12n, 'CNY').amount).toBe(1200);
    expect(money(-3n, 'JPY').amount).toBe(-3);
    expectLedgerError(() => money(10n ** 15n, 'CNY'), 'UNSAFE_AMOUNT', '1000000000000000');
  });

  it('rejects the contract’s malformed inputs with stable codes naming the value', () => {
    expectLedgerError(() => money('0.805', 'CNY'), 'TOO_MANY_DECIMALS', '0.805');
    for (const text of ['', '   ', '1e3', '1,000.00', '+1.00', 'NaN', 'Infinity']) {
      expectLedgerError(() => money(text, 'CNY'), 'INVALID_AMOUNT', JSON.stringify(text));
    }
    expectLedgerError(() => money('90071992547409.92', 'CNY'), 'UNSAFE_AMOUNT', '90071992547409.92');
    expectLedgerError(() => money(null as unknown as string, 'CNY'), 'INVALID_AMOUNT', 'null');
  });

  it('rejects unknown currencies', () => {
    expectLedgerError(() => money('1', 'XYZ'), 'UNKNOWN_CURRENCY', '"XYZ"');
    expectLedgerError(() => money('1', 'cny'), 'UNKNOWN_CURRENCY', '"cny"');
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(money('1', 'CNY'))).toBe(true);
  });

  const currencies = fc.constantFrom(['JPY', 0], ['CNY', 2], ['KWD', 3]) as fc.Arbitrary<[string, number]>;
  const safeInteger = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

  test.prop([safeInteger, currencies])('toDecimal and money/parseMinorUnits round-trip every safe amount', (amount, [currency, scale]) => {
    const m: Money = { amount, currency, scale };
    const text = toDecimal(m);
    expect(parseMinorUnits(text, scale)).toBe(amount);
    expect(money(text, currency)).toEqual(m);
  });

  test.prop([fc.integer({ min: -(10 ** 15 - 1), max: 10 ** 15 - 1 })])(
    'a number written with at most 15 significant digits reads back exactly',
    (amount) => {
      const decimal = Number(toDecimal({ amount, currency: 'CNY', scale: 2 }));
      expect(money(decimal, 'CNY').amount).toBe(amount);
    },
  );
});

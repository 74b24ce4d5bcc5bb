import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { add, money, subtract, toDecimal } from '../../src/money/index.js';
import { expectLedgerError } from '../expect-ledger-error.js';

describe('add and subtract', () => {
  it('add sums exactly where floats would not', () => {
    expect(toDecimal(add(money('0.10', 'CNY'), money('0.20', 'CNY')))).toBe('0.30');
  });

  it('subtract can go negative', () => {
    expect(toDecimal(subtract(money('0.80', 'CNY'), money('1.00', 'CNY')))).toBe('-0.20');
  });

  it('refuse to mix currencies, naming both', () => {
    expectLedgerError(() => add(money('1', 'CNY'), money('1', 'USD')), 'CURRENCY_MISMATCH', 'CNY', 'USD');
    expectLedgerError(() => subtract(money('1', 'JPY'), money('1', 'KRW')), 'CURRENCY_MISMATCH', 'JPY', 'KRW');
  });

  it('overflow is UNSAFE_AMOUNT, never a wrong number', () => {
    const big = { amount: Number.MAX_SAFE_INTEGER, currency: 'CNY', scale: 2 };
    expectLedgerError(() => add(big, money('0.01', 'CNY')), 'UNSAFE_AMOUNT', String(Number.MAX_SAFE_INTEGER + 1));
    expectLedgerError(() => subtract({ ...big, amount: -big.amount }, money('0.01', 'CNY')), 'UNSAFE_AMOUNT');
  });

  it('return frozen money and leave inputs alone', () => {
    const a = money('1', 'CNY');
    const sum = add(a, a);
    expect(Object.isFrozen(sum)).toBe(true);
    expect(a.amount).toBe(100);
  });

  const amount = fc.integer({ min: -(2 ** 50), max: 2 ** 50 });
  test.prop([amount, amount])('subtract undoes add', (x, y) => {
    const a = { amount: x, currency: 'CNY', scale: 2 };
    const b = { amount: y, currency: 'CNY', scale: 2 };
    expect(subtract(add(a, b), b)).toEqual(a);
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { money, toDecimal } from '../../src/money/index.js';

describe('toDecimal', () => {
  it('writes every decimal place of the currency', () => {
    expect(toDecimal(money('12.5', 'CNY'))).toBe('12.50');
    expect(toDecimal(money('0.05', 'CNY'))).toBe('0.05');
    expect(toDecimal(money('-0.05', 'CNY'))).toBe('-0.05');
    expect(toDecimal(money('0', 'CNY'))).toBe('0.00');
    expect(toDecimal(money('500', 'JPY'))).toBe('500');
    expect(toDecimal(money('-1.5', 'KWD'))).toBe('-1.500');
    expect(toDecimal({ amount: Number.MAX_SAFE_INTEGER, currency: 'CNY', scale: 2 })).toBe('90071992547409.91');
  });

  test.prop([fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 4 })])(
    'matches exact BigInt division',
    (amount, scale) => {
      const text = toDecimal({ amount, currency: 'XXX', scale });
      const [whole = '', fraction = ''] = text.replace('-', '').split('.');
      expect(fraction.length).toBe(scale);
      const units = BigInt(whole) * 10n ** BigInt(scale) + BigInt(fraction || '0');
      expect(text.startsWith('-') ? -units : units).toBe(BigInt(amount));
    },
  );
});

import { describe, expect, it } from 'vitest';
import { format, money } from '../../src/money/index.js';

describe('format', () => {
  it('formats with the locale’s currency conventions', () => {
    expect(format(money('1234.5', 'CNY'), 'en-US')).toBe('CN¥1,234.50');
    expect(format(money('1234.5', 'CNY'), 'zh-CN')).toBe('¥1,234.50');
    expect(format(money('500', 'JPY'), 'ja-JP')).toBe('￥500');
    expect(format(money('-0.05', 'USD'), 'en-US')).toBe('-$0.05');
  });

  it('gives each locale and currency its own formatter, whatever was formatted before', () => {
    const cases = [
      [money('1234.5', 'CNY'), 'zh-CN', '¥1,234.50'],
      [money('1234.5', 'CNY'), 'en-US', 'CN¥1,234.50'],
      [money('1234', 'JPY'), 'en-US', '¥1,234'],
      [money('1234.5', 'USD'), 'en-US', '$1,234.50'],
    ] as const;
    for (const order of [cases, [...cases].reverse()]) for (const [m, locale, text] of order) expect(format(m, locale)).toBe(text);
  });

  it('formats amounts beyond float precision digit for digit', () => {
    // through a float, 90071992547409.91 would print as …409.90
    expect(format({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD', scale: 2 }, 'en-US')).toBe('$90,071,992,547,409.91');
  });
});

import { describe, expect, it } from 'vitest';
import { currencyScale } from '../../src/money/index.js';
import { expectLedgerError } from '../expect-ledger-error.js';

describe('currencyScale', () => {
  it('knows the ISO 4217 minor units of the table', () => {
    expect(['CNY', 'USD', 'EUR', 'HKD', 'GBP', 'RUB', 'INR', 'NGN', 'IDR'].map(currencyScale)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(['JPY', 'KRW', 'VND'].map(currencyScale)).toEqual([0, 0, 0]);
    expect(currencyScale('KWD')).toBe(3);
  });

  it('knows the other active codes too', () => {
    expect(currencyScale('PLN')).toBe(2);
    expect(currencyScale('ISK')).toBe(0);
  });

  it('rejects codes that are not currencies', () => {
    expectLedgerError(() => currencyScale('XYZ'), 'UNKNOWN_CURRENCY', '"XYZ"');
    expectLedgerError(() => currencyScale('usd'), 'UNKNOWN_CURRENCY', '"usd"');
    expectLedgerError(() => currencyScale(''), 'UNKNOWN_CURRENCY', '""');
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseMinorUnits } from '../../src/money/index.js';
import { expectLedgerError } from '../expect-ledger-error.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

describe('parseMinorUnits', () => {
  it('parses plain decimals into integer minor units', () => {
    expect(parseMinorUnits('12.5', 2)).toBe(1250);
    expect(parseMinorUnits('12.50', 2)).toBe(1250);
    expect(parseMinorUnits('-0.80', 2)).toBe(-80);
    expect(parseMinorUnits('7', 0)).toBe(7);
    expect(parseMinorUnits('0.001', 3)).toBe(1);
    expect(parseMinorUnits('90071992547409.91', 2)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reads "-0" as +0, not -0', () => {
    expect(Object.is(parseMinorUnits('-0.00', 2), 0)).toBe(true);
  });

  it.each(['', ' ', ' 1', '1 ', '1e3', '1E3', '1,000', '+1', 'NaN', 'Infinity', '-Infinity', '.5', '5.', '-', '--1', '1.2.3', '0x10', '١٢'])(
    'rejects %j as INVALID_AMOUNT naming it',
    (text) => {
      expectLedgerError(() => parseMinorUnits(text, 2), 'INVALID_AMOUNT', JSON.stringify(text));
    },
  );

  it('rejects more decimals than the scale as TOO_MANY_DECIMALS, naming value and scale', () => {
    expectLedgerError(() => parseMinorUnits('0.805', 2), 'TOO_MANY_DECIMALS', '"0.805"', 'at most 2');
    expectLedgerError(() => parseMinorUnits('5.0', 0), 'TOO_MANY_DECIMALS', '"5.0"', 'at most 0');
  });

  it('reports a malformed tail as INVALID_AMOUNT even after too many decimals', () => {
    expectLedgerError(() => parseMinorUnits('0.805x', 2), 'INVALID_AMOUNT', '"0.805x"');
  });

  it('rejects results beyond Number.MAX_SAFE_INTEGER as UNSAFE_AMOUNT', () => {
    expectLedgerError(() => parseMinorUnits('90071992547409.92', 2), 'UNSAFE_AMOUNT', '"90071992547409.92"');
    expectLedgerError(() => parseMinorUnits('9007199254740992', 0), 'UNSAFE_AMOUNT', '"9007199254740992"');
    expectLedgerError(() => parseMinorUnits('99999999999999999999999', 2), 'UNSAFE_AMOUNT');
  });

  it('rejects a scale that is not an integer from 0 to 15', () => {
    expectLedgerError(() => parseMinorUnits('1', -1), 'INVALID_OPTIONS', '-1');
    expectLedgerError(() => parseMinorUnits('1', 2.5), 'INVALID_OPTIONS', '2.5');
  });

  test.prop([fc.stringMatching(/^-?[0-9]{1,19}(\.[0-9]{1,5})?$/), fc.integer({ min: 0, max: 4 })])(
    'agrees with exact BigInt arithmetic on every well-formed decimal',
    (text, scale) => {
      const [whole = '', fraction = ''] = text.replace('-', '').split('.');
      const negative = text.startsWith('-');
      if (fraction.length > scale) {
        expectLedgerError(() => parseMinorUnits(text, scale), 'TOO_MANY_DECIMALS');
        return;
      }
      const exact = BigInt(whole) * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, '0') || '0');
      if (exact > MAX) {
        expectLedgerError(() => parseMinorUnits(text, scale), 'UNSAFE_AMOUNT');
        return;
      }
      expect(parseMinorUnits(text, scale)).toBe(Number(negative ? -exact : exact) || 0);
    },
  );
});

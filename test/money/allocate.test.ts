import { fc, test } from '@fast-check/vitest';
import { allocate as dineroAllocate, dinero, toSnapshot } from 'dinero.js';
import { CNY } from 'dinero.js/currencies';
import { describe, expect, it } from 'vitest';
import { allocate, allocateUnits, money, toDecimal } from '../../src/money/index.js';
import { expectLedgerError } from '../expect-ledger-error.js';

describe('allocateUnits', () => {
  it('gives leftover units to the largest remainders, ties to the earlier weight', () => {
    expect(allocateUnits(10, [1n, 1n, 1n, 3n])).toEqual([2, 2, 1, 5]);
    expect(allocateUnits(5, [10n, 10n, 80n])).toEqual([1, 0, 4]);
    expect(allocateUnits(100, [1n, 1n, 1n])).toEqual([34, 33, 33]);
    expect(allocateUnits(7, [3n, 2n, 2n])).toEqual([3, 2, 2]);
  });

  it('differs from dinero.js 2, which gives the leftover of 10 over [1, 1, 1, 3] to the first and last', () => {
    const theirs = dineroAllocate(dinero({ amount: 10, currency: CNY }), [1, 1, 1, 3]).map((d) => toSnapshot(d).amount);
    // exact quotas are 1.67, 1.67, 1.67, 5: a 6 is more than one unit off (ours is [2, 2, 1, 5], above)
    expect(theirs).toEqual([2, 1, 1, 6]);
  });

  it('splits negative units as |units|, negated, without -0', () => {
    const shares = allocateUnits(-5, [1n, 0n, 1n]);
    expect(shares).toEqual([-3, 0, -2]);
    expect(Object.is(shares[1], 0)).toBe(true);
  });

  it('gives zero weights nothing and keeps zero units zero', () => {
    expect(allocateUnits(3, [0n, 1n, 0n])).toEqual([0, 3, 0]);
    expect(allocateUnits(0, [1n, 2n])).toEqual([0, 0]);
  });

  it('handles weights far beyond 2^53', () => {
    expect(allocateUnits(3, [10n ** 30n, 2n * 10n ** 30n])).toEqual([1, 2]);
  });

  it('rejects bad weights as INVALID_WEIGHTS naming the value', () => {
    expectLedgerError(() => allocateUnits(1, []), 'INVALID_WEIGHTS', 'no weights');
    expectLedgerError(() => allocateUnits(1, [1n, -2n]), 'INVALID_WEIGHTS', '-2', 'index 1');
    expectLedgerError(() => allocateUnits(1, [0n, 0n]), 'INVALID_WEIGHTS', 'all weights are zero');
    expectLedgerError(() => allocateUnits(1, [1 as unknown as bigint]), 'INVALID_WEIGHTS', 'weight 1 at index 0');
  });

  it('rejects units that are not a safe integer', () => {
    expectLedgerError(() => allocateUnits(1.5, [1n]), 'UNSAFE_AMOUNT', '1.5');
    expectLedgerError(() => allocateUnits(2 ** 53, [1n]), 'UNSAFE_AMOUNT', String(2 ** 53));
  });

  const units = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
  const weights = fc
    .array(fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 10n }), fc.bigInt({ min: 0n, max: 10n ** 30n })), { minLength: 1, maxLength: 12 })
    .filter((ws) => ws.some((w) => w > 0n));

  test.prop([units, weights])('sums exactly; each share is within one unit of its exact quota; zero weights get zero', (u, ws) => {
    const shares = allocateUnits(u, ws);
    const total = ws.reduce((a, b) => a + b, 0n);
    expect(shares.reduce((a, b) => a + BigInt(b), 0n)).toBe(BigInt(u));
    shares.forEach((share, i) => {
      expect(Number.isSafeInteger(share)).toBe(true);
      // |share − u·w/Σw| < 1  ⇔  |share·Σw − u·w| < Σw
      const gap = BigInt(share) * total - BigInt(u) * ws[i]!;
      expect(gap < total && gap > -total).toBe(true);
      if (ws[i] === 0n) expect(share).toBe(0);
    });
  });

  /** The shares are the floors of the exact quotas plus one unit each for the largest remainders, ties to the earlier index. */
  const expectLargestRemainder = (u: number, ws: readonly bigint[]): void => {
    const shares = allocateUnits(u, ws);
    const total = ws.reduce((a, b) => a + b, 0n);
    const floors = ws.map((w) => (BigInt(u) * w) / total);
    const remainders = ws.map((w) => (BigInt(u) * w) % total);
    const bumped = shares.map((s, i) => BigInt(s) > floors[i]!);
    shares.forEach((s, i) => expect(BigInt(s) - floors[i]!).toBe(bumped[i] ? 1n : 0n));
    for (let i = 0; i < ws.length; i++) {
      for (let j = 0; j < ws.length; j++) {
        if (!bumped[i] || bumped[j]) continue;
        // i got a unit and j did not: i's remainder is larger, or equal and i comes first
        expect(remainders[i]! > remainders[j]! || (remainders[i] === remainders[j] && i < j)).toBe(true);
      }
    }
  };

  test.prop([fc.nat({ max: Number.MAX_SAFE_INTEGER }), weights])('the leftover goes exactly to the largest remainders, ties to the earlier index', expectLargestRemainder);

  // small enough that every product is a safe integer: the plain-number path, with many ties
  // and, past 32 weights, the leftover placed by sorting
  const smallWeights = fc
    .array(fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 3n }), fc.bigInt({ min: 0n, max: 10n ** 6n })), { minLength: 1, maxLength: 40 })
    .filter((ws) => ws.some((w) => w > 0n));
  test.prop([fc.nat({ max: 10 ** 6 }), smallWeights])('the plain-number path follows the same exact rule', expectLargestRemainder);

  test.prop([units, weights])('mirrors for negative units', (u, ws) => {
    expect(allocateUnits(-u, ws)).toEqual(allocateUnits(u, ws).map((s) => 0 - s));
  });

  test.prop([fc.nat({ max: 10 ** 6 }), fc.integer({ min: 1, max: 10 }), fc.bigInt({ min: 1n, max: 1000n })])(
    'equal weights: earlier shares are never smaller',
    (u, n, w) => {
      const shares = allocateUnits(u, Array.from({ length: n }, () => w));
      for (let i = 1; i < n; i++) expect(shares[i - 1]!).toBeGreaterThanOrEqual(shares[i]!);
    },
  );
});

describe('allocate', () => {
  it('splits money without losing a fen', () => {
    expect(allocate(money('0.10', 'CNY'), [1, 1, 1, 3]).map(toDecimal)).toEqual(['0.02', '0.02', '0.01', '0.05']);
    expect(allocate(money('100', 'JPY'), [1n, 2n])).toEqual([
      { amount: 33, currency: 'JPY', scale: 0 },
      { amount: 67, currency: 'JPY', scale: 0 },
    ]);
  });

  it('returns frozen money and leaves the weights alone', () => {
    const weights = [1, 2];
    const parts = allocate(money('1', 'CNY'), weights);
    expect(Object.isFrozen(parts)).toBe(true);
    expect(parts.every(Object.isFrozen)).toBe(true);
    expect(weights).toEqual([1, 2]);
  });

  it('rejects negative, fractional, unsafe or all-zero weights', () => {
    expectLedgerError(() => allocate(money('1', 'CNY'), [1, -1]), 'INVALID_WEIGHTS', '-1');
    expectLedgerError(() => allocate(money('1', 'CNY'), [0.5, 1]), 'INVALID_WEIGHTS', '0.5');
    expectLedgerError(() => allocate(money('1', 'CNY'), [2 ** 53]), 'INVALID_WEIGHTS', String(2 ** 53));
    expectLedgerError(() => allocate(money('1', 'CNY'), [0, 0]), 'INVALID_WEIGHTS', 'zero');
    expectLedgerError(() => allocate(money('1', 'CNY'), 'abc' as unknown as number[]), 'INVALID_WEIGHTS', 'abc');
  });
});

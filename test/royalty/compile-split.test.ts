import { describe, expect, it } from 'vitest';
import { applySplit, compileSplit, musicianPlatformRule, xiamiDownloadRule, type Credits } from '../../src/entries/royalty.js';
import { expectLedgerError } from '../expect-ledger-error.js';

const credits: Credits = [
  { role: 'producer', payee: 'bo', share: 2 },
  { role: 'lyricist', payee: 'ann', share: 1 },
  { role: 'composer', payee: 'ann', share: 1 },
  { role: 'producer', payee: 'cy', share: 1 },
];

describe('compileSplit', () => {
  it('without credits: one entry per role, the fixed payee where the rule has one', () => {
    expect(compileSplit(xiamiDownloadRule).entries).toEqual([
      { role: 'uploader', weight: 25n },
      { role: 'label', weight: 50n },
      { role: 'platform', payee: 'xiami', weight: 25n },
    ]);
  });

  it('orders entries by rule role, then credit order, with exact weights over a common denominator', () => {
    const plan = compileSplit(musicianPlatformRule, credits);
    // producer 80 split 2:1 → 160/3 and 80/3; scaled by 3 to stay integral
    expect(plan.entries).toEqual([
      { role: 'lyricist', payee: 'ann', weight: 30n },
      { role: 'composer', payee: 'ann', weight: 30n },
      { role: 'producer', payee: 'bo', weight: 160n },
      { role: 'producer', payee: 'cy', weight: 80n },
    ]);
    expect(plan.weights).toEqual(plan.entries.map((e) => e.weight));
    expect(Object.isFrozen(plan) && Object.isFrozen(plan.entries) && plan.entries.every(Object.isFrozen)).toBe(true);
  });

  it('scales every fraction to one denominator, the lcm (60) of the share totals 3, 4 and 5', () => {
    const plan = compileSplit(musicianPlatformRule, [
      { role: 'lyricist', payee: 'a', share: 1 },
      { role: 'lyricist', payee: 'b', share: 2 },
      { role: 'composer', payee: 'c', share: 3 },
      { role: 'composer', payee: 'd', share: 1 },
      { role: 'producer', payee: 'e', share: 5 },
    ]);
    // 10·60/3 = 200 per lyricist share, 10·60/4 = 150 per composer share, 80·60/5 = 960 per producer share
    expect(plan.weights).toEqual([200n, 400n, 450n, 150n, 4800n]);
  });

  it('stays exact when the shares are too large for plain numbers (BigInt weights)', () => {
    const huge = Number.MAX_SAFE_INTEGER;
    const plan = compileSplit(musicianPlatformRule, [
      { role: 'lyricist', payee: 'a', share: huge },
      { role: 'lyricist', payee: 'b', share: huge },
      { role: 'composer', payee: 'c', share: 1 },
      { role: 'producer', payee: 'd', share: 1 },
    ]);
    const denominator = 2n * BigInt(huge); // the lcm of the share totals 2·huge, 1 and 1
    expect(plan.weights).toEqual([10n * BigInt(huge), 10n * BigInt(huge), 10n * denominator, 80n * denominator]);
    expect(applySplit(plan, 100)).toEqual([5, 5, 10, 80]);
    expect(applySplit(plan, -3)).toEqual([0, 0, 0, -3]);
  });

  it('does not touch the credits', () => {
    const input = credits.map((c) => ({ ...c }));
    compileSplit(musicianPlatformRule, input);
    expect(input).toEqual(credits);
  });

  it('validates credits once, with the contract’s codes', () => {
    expectLedgerError(
      () => compileSplit(musicianPlatformRule, [...credits, { role: 'mixer', payee: 'dj', share: 1 }]),
      'UNKNOWN_ROLE',
      '"mixer"',
      'lyricist, composer, producer',
    );
    expectLedgerError(() => compileSplit(musicianPlatformRule, credits.filter((c) => c.role !== 'producer')), 'MISSING_ROLE', '"producer"');
    expectLedgerError(() => compileSplit(xiamiDownloadRule, []), 'MISSING_ROLE', '"uploader", "label"');
    expectLedgerError(() => compileSplit(musicianPlatformRule, [...credits, { role: 'producer', payee: 'bo', share: 5 }]), 'INVALID_CREDITS', 'credits[4]', '"bo"');
    for (const share of [0, -1, 1.5, Number.NaN]) {
      expectLedgerError(() => compileSplit(musicianPlatformRule, [{ ...credits[0]!, share }, ...credits.slice(1)]), 'INVALID_CREDITS', 'credits[0]', 'share');
    }
    expectLedgerError(() => compileSplit(musicianPlatformRule, [{ role: 'producer', payee: ' ', share: 1 }]), 'INVALID_CREDITS', 'payee');
    expectLedgerError(() => compileSplit(musicianPlatformRule, [null as never]), 'INVALID_CREDITS', 'credits[0] null');
    expectLedgerError(() => compileSplit(musicianPlatformRule, 'ann' as never), 'INVALID_CREDITS', 'ann');
    expectLedgerError(
      () => compileSplit(xiamiDownloadRule, [{ role: 'uploader', payee: 'u', share: 1 }, { role: 'label', payee: 'l', share: 1 }, { role: 'platform', payee: 'p', share: 1 }]),
      'INVALID_CREDITS',
      'credits[2]',
      '"xiami"',
    );
  });
});

describe('applySplit', () => {
  it('allocates gross units by the plan, in entry order', () => {
    expect(applySplit(compileSplit(xiamiDownloadRule), 80)).toEqual([20, 40, 20]);
    expect(applySplit(compileSplit(musicianPlatformRule, credits), 1250)).toEqual([125, 125, 667, 333]);
  });

  it('splits refunds (negative gross) symmetrically', () => {
    expect(applySplit(compileSplit(musicianPlatformRule), -5)).toEqual([-1, 0, -4]);
  });
});

describe('credit errors with odd values', () => {
  it('names a bigint share instead of crashing while writing the message', () => {
    expectLedgerError(
      () => compileSplit(musicianPlatformRule, [{ role: 'producer', payee: 'bo', share: 1n as never }]),
      'INVALID_CREDITS',
      '"share":"1n"',
    );
  });
});

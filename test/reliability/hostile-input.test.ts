import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dealsBy, metricsFor, resolveEntity } from '../../src/entries/data.js';
import { closestMatches, editDistance } from '../../src/query/_lib/names.js';
import { compileSplit, musicianPlatformRule, revenueSplit, settleTotals, type Credit } from '../../src/entries/royalty.js';
import { runCli } from '../cli/run-cli.js';
import { expectLedgerError } from '../expect-ledger-error.js';

/** The optimal-string-alignment distance by the full table: the reference for the banded one. */
function fullEditDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** `count` producers on one track of the Musician Platform rule, plus the lyricist and composer. */
function manyProducers(count: number): Credit[] {
  const credits: Credit[] = [
    { role: 'lyricist', payee: 'ann', share: 1 },
    { role: 'composer', payee: 'ann', share: 1 },
  ];
  for (let i = 0; i < count; i++) credits.push({ role: 'producer', payee: `p${i}`, share: 1 + (i % 7) });
  return credits;
}

describe('credits: the duplicate (role, payee) check is linear', () => {
  const credits = manyProducers(60_000);

  it('splits a price over 60,000 producers of one track exactly, in credit order', () => {
    const split = revenueSplit(musicianPlatformRule, '50.00', credits);
    expect(split.lines).toHaveLength(60_002);
    expect(split.lines.reduce((sum, line) => sum + line.amount.amount, 0)).toBe(5000);
    expect(split.lines.slice(0, 3).map((l) => l.payee)).toEqual(['ann', 'ann', 'p0']);
    expect(split.lines.at(-1)?.payee).toBe('p59999');
  });

  it('finds a duplicate payee at the end of 60,000, naming it and its index', () => {
    const duplicated = [...credits, { role: 'producer', payee: 'p123', share: 1 }];
    const error = expectLedgerError(() => compileSplit(musicianPlatformRule, duplicated), 'INVALID_CREDITS', 'credits[60002]', '"p123"', '"producer"');
    expect(error.details.index).toBe(60_002);
  });

  it('lets one payee hold several roles, but never one role twice', () => {
    expect(compileSplit(musicianPlatformRule, credits).entries).toHaveLength(60_002);
    expectLedgerError(() => compileSplit(musicianPlatformRule, [...credits, { role: 'lyricist', payee: 'ann', share: 1 }]), 'INVALID_CREDITS', '"ann"');
  });

  it('settles 60,000 payees of one track into one statement each, reconciled', () => {
    const result = settleTotals([{ track: 't1', month: '2013-08', gross: '500000.00', units: 10_000 }], { rule: musicianPlatformRule, credits: { t1: credits } });
    expect(result.statements).toHaveLength(60_001);
    expect(result.totals.paid.amount).toBe(50_000_000);
  });

  it('spreads credits of several roles in any interleaving into rule order, each role in declaration order', () => {
    const interleaved: Credit[] = [
      { role: 'producer', payee: 'p1', share: 1 },
      { role: 'lyricist', payee: 'l1', share: 1 },
      { role: 'producer', payee: 'p2', share: 1 },
      { role: 'composer', payee: 'c1', share: 1 },
      { role: 'lyricist', payee: 'l2', share: 1 },
    ];
    expect(compileSplit(musicianPlatformRule, interleaved).entries.map((e) => e.payee)).toEqual(['l1', 'l2', 'c1', 'p1', 'p2']);
  });
});

describe('entity suggestions: a bounded edit distance', () => {
  test.prop([fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9 }), fc.integer({ min: 0, max: 6 })])(
    'is exact up to its bound and bound + 1 beyond, agreeing with the full table',
    (a, b, max) => {
      const exact = fullEditDistance(a, b);
      expect(editDistance(a, b)).toBe(exact);
      expect(editDistance(a, b, max)).toBe(Math.min(exact, max + 1));
      expect(editDistance(b, a, max)).toBe(Math.min(exact, max + 1));
    },
  );

  const huge = 'x'.repeat(1_000_000);

  it('answers a 1,000,000-character name with UNKNOWN_ENTITY, quoting it shortened and keeping it whole in details', () => {
    const error = expectLedgerError(() => resolveEntity(huge), 'UNKNOWN_ENTITY', '(1000000 characters)');
    expect(error.message.length).toBeLessThan(300);
    expect(error.details.value).toBe(huge);
    expect(error.details.suggestions).toEqual([]);
    expectLedgerError(() => dealsBy(huge), 'UNKNOWN_ENTITY', '(1000000 characters)');
    expectLedgerError(() => dealsBy({ party: `Alibaba${' '.repeat(500_000)}x` }), 'UNKNOWN_ENTITY');
    expectLedgerError(() => metricsFor(`${'阿'.repeat(500_000)}`), 'UNKNOWN_ENTITY', '(500000 characters)');
  });

  it('still resolves a long spelling that folds to a name', () => {
    expect(resolveEntity(`  Alibaba${' '.repeat(100_000)}Group `).id).toBe('alibaba');
  });

  it('keeps the suggestions for ordinary typos', () => {
    expect(closestMatches('Alibab', ['Alibaba Group', 'Alibaba', 'Alipay', 'Tencent'])).toEqual(['Alibaba', 'Alipay', 'Alibaba Group']);
    const error = expectLedgerError(() => resolveEntity('Alibab'), 'UNKNOWN_ENTITY', 'did you mean');
    expect((error.details.suggestions as string[])[0]).toBe('Alibaba Group');
    expectLedgerError(() => dealsBy({ kind: 'aquisition' as never }), 'UNKNOWN_KIND', '"acquisition"');
  });

  it('the CLI answers `deals <a 100,000-character name>` with its unknown-entity error, not a hang', async () => {
    const { code, stderr } = await runCli(['deals', 'y'.repeat(100_000)]);
    expect(code).toBe(1);
    expect(stderr).toContain('no entity is named');
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it, vi } from 'vitest';
import { closestMatches, editDistance, foldName } from '../../src/query/_lib/names.js';
import { memoizeByDataset } from '../../src/query/_lib/dataset.js';
import { fixture, withRecords } from './fixture.js';

describe('memoizeByDataset', () => {
  it('derives nothing until first asked, then once per dataset', () => {
    const derive = vi.fn(() => ({}));
    const cached = memoizeByDataset(derive);
    expect(derive).not.toHaveBeenCalled();
    const first = cached(fixture);
    expect(cached(fixture)).toBe(first);
    expect(derive).toHaveBeenCalledTimes(1);
    expect(cached(withRecords({}))).not.toBe(first);
    expect(derive).toHaveBeenCalledTimes(2);
  });
});

describe('foldName', () => {
  it('keeps letters and digits only, lowercased', () => {
    expect(foldName('Xiami.com')).toBe('xiamicom');
    expect(foldName(' xiami  COM ')).toBe('xiamicom');
    expect(foldName('Mail.Ru Group')).toBe('mailrugroup');
    expect(foldName('阿里云')).toBe('阿里云');
    expect(foldName('ＡＢＣ１')).toBe('abc1'); // full-width forms, via NFKC
  });
});

describe('closestMatches', () => {
  it('ranks prefixes and near misses, nearest first, ties alphabetically', () => {
    expect(closestMatches('Alibab', ['Alibaba Group', 'Alibaba', 'Alipay', 'Tencent'])).toEqual(['Alibaba', 'Alipay', 'Alibaba Group']);
    expect(closestMatches('aquisition', ['acquisition', 'merger'])).toEqual(['acquisition']);
    expect(closestMatches('zzz', ['acquisition', 'merger'])).toEqual([]);
    expect(closestMatches('a', ['b', 'ab', 'abc'], 2)).toEqual(['ab', 'b']);
  });
});

describe('editDistance', () => {
  it('counts inserts, deletes and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('tencnet', 'tencent')).toBe(1);
    expect(editDistance('Xaimi', 'Xiami')).toBe(1);
  });

  test.prop([fc.string(), fc.string(), fc.string()])('is a metric: zero only for equal strings, symmetric, triangle inequality', (a, b, c) => {
    expect(editDistance(a, b) === 0).toBe(a === b);
    expect(editDistance(a, b)).toBe(editDistance(b, a));
    expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
    expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
  });
});

import { describe, expect, it } from 'vitest';
import { money, musicianPlatformRule, revenueSplit, toDecimal, xiamiDownloadRule } from '../../src/entries/royalty.js';
import { foldSpace, haveSources, sourceTexts } from '../source-texts.js';


describe('built-in rules', () => {
  for (const rule of [xiamiDownloadRule, musicianPlatformRule]) {
    it.skipIf(!haveSources)(`${rule.id}: every citation quotes its source verbatim (whitespace folded), ≤ 300 characters`, () => {
      expect(rule.citations.length).toBeGreaterThan(0);
      for (const { source, quote } of rule.citations) {
        expect(quote.length).toBeLessThanOrEqual(300);
        expect(sourceTexts.get(source)).toContain(foldSpace(quote));
      }
    });

    it(`${rule.id} is deeply frozen`, () => {
      expect(Object.isFrozen(rule)).toBe(true);
      expect(Object.isFrozen(rule.roles)).toBe(true);
      expect(rule.roles.every(Object.isFrozen)).toBe(true);
      expect(rule.citations.every(Object.isFrozen)).toBe(true);
    });
  }

  it('xiami-download: RMB 0.80, uploader 0.20 / label 0.40 / Xiami 0.20, as the source states', () => {
    expect(xiamiDownloadRule).toMatchObject({
      id: 'xiami-download',
      currency: 'CNY',
      roles: [
        { role: 'uploader', weight: 25 },
        { role: 'label', weight: 50 },
        { role: 'platform', weight: 25, payee: 'xiami' },
      ],
      platformRole: 'platform',
      listPrice: money('0.80', 'CNY'),
      priceCap: money('0.80', 'CNY'),
    });
    expect(xiamiDownloadRule.citations.map((c) => c.source)).toEqual(['xiami-acquisition-rumor']);
    const split = revenueSplit(xiamiDownloadRule, xiamiDownloadRule.listPrice!);
    expect(split.lines.map((l) => toDecimal(l.amount))).toEqual(['0.20', '0.40', '0.20']);
  });

  it('musician-platform: up to 50 yuan, lyricist 10% / composer 10% / producer 80%, no platform share', () => {
    expect(musicianPlatformRule).toMatchObject({
      id: 'musician-platform',
      currency: 'CNY',
      roles: [
        { role: 'lyricist', weight: 10 },
        { role: 'composer', weight: 10 },
        { role: 'producer', weight: 80 },
      ],
      priceCap: money('50.00', 'CNY'),
    });
    expect(musicianPlatformRule.platformRole).toBeUndefined();
    expect(musicianPlatformRule.listPrice).toBeUndefined();
    expect(musicianPlatformRule.roles.some((r) => r.payee !== undefined)).toBe(false);
    expect(new Set(musicianPlatformRule.citations.map((c) => c.source))).toEqual(new Set(['sina-tech-xiami-new-order']));
  });
});

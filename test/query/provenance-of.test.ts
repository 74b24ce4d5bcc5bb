import { describe, expect, it } from 'vitest';
import { provenanceOf } from '../../src/query/provenance-of.js';
import { citationForIn } from '../../src/query/citation-for.js';
import { expectLedgerError } from '../expect-ledger-error.js';
import { fixture } from './fixture.js';

const deal = {
  id: 'd',
  amounts: [{ value: 1100000000, currency: 'USD', conversions: [{ value: 7600000000, currency: 'CNY' }] }],
  date: '2019-07',
  citations: [
    { source: 'tc-alibaba-cloud-run-rate', quote: 'Alibaba announced its earnings today', fields: ['date'] },
    { source: 'tc-alibaba-cloud-run-rate', quote: 'more than $1.1 billion', fields: ['amounts[0].value'] },
    { source: 'tc-alibaba-cloud-run-rate', quote: 'a run rate surpassing $4 billion', fields: ['amounts[0]'] },
    { source: 'tc-alibaba-cloud-run-rate', quote: 'the Chinese e-commerce giant' },
  ],
} as const;

describe('provenanceOf', () => {
  it('maps every named field to the citations that name it, leaving out citations that name none', () => {
    const map = provenanceOf(deal);
    expect(Object.keys(map)).toEqual(['date', 'amounts[0].value', 'amounts[0]']);
    expect(map.date?.map((c) => c.quote)).toEqual(['Alibaba announced its earnings today']);
    expect(Object.isFrozen(map) && Object.values(map).every(Object.isFrozen)).toBe(true);
  });

  it('gives one field the citations naming it or a path that holds it, or lies inside it', () => {
    expect(provenanceOf(deal, 'amounts[0].value').map((c) => c.quote)).toEqual(['more than $1.1 billion', 'a run rate surpassing $4 billion']);
    expect(provenanceOf(deal, 'amounts[0]').length).toBe(2);
    expect(provenanceOf(deal, 'amounts[0].conversions[0].value').map((c) => c.quote)).toEqual(['a run rate surpassing $4 billion']);
    expect(provenanceOf(deal, 'id')).toEqual([]);
  });

  it('refuses a field the record does not have, with the nearest named one', () => {
    expectLedgerError(() => provenanceOf(deal, 'amount[0].value'), 'INVALID_QUERY', 'did you mean "amounts[0].value"');
    expectLedgerError(() => provenanceOf(null as never), 'INVALID_QUERY');
  });

  it('lets citationFor cite one field only', () => {
    const cited = citationForIn(fixture, deal, 'date');
    expect(cited.split('\n')).toHaveLength(1);
    expect(cited).toMatch(/“Alibaba announced its earnings today”$/);
    expectLedgerError(() => citationForIn(fixture, deal, 'id'), 'INVALID_QUERY');
  });
});

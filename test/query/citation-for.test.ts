import { describe, expect, it } from 'vitest';
import { citationForIn } from '../../src/query/citation-for.js';
import { expectLedgerError } from '../expect-ledger-error.js';
import { fixture } from './fixture.js';

describe('citationFor', () => {
  it('formats a citation as "Title" — Author, Publisher, year: “quote”', () => {
    expect(citationForIn(fixture, { source: 'tc-alibaba-cloud-run-rate', quote: 'grew 66%' })).toBe(
      '"Cloud story" — Ron Miller, TechCrunch, 2019: “grew 66%”',
    );
  });

  it('leaves out an unknown author or publisher', () => {
    expect(citationForIn(fixture, { source: 'xiami-acquisition-rumor', quote: 'Xiami' })).toBe('"Rumor story" — 2013: “Xiami”');
  });

  it('gives one line per citation of a record', () => {
    const record = {
      citations: [
        { source: 'tc-alibaba-cloud-run-rate', quote: 'a' },
        { source: 'xiami-acquisition-rumor', quote: 'b' },
      ],
    } as const;
    expect(citationForIn(fixture, record).split('\n')).toEqual(['"Cloud story" — Ron Miller, TechCrunch, 2019: “a”', '"Rumor story" — 2013: “b”']);
    expect(citationForIn(fixture, fixture.entities[0]!)).toBe('"Cloud story" — Ron Miller, TechCrunch, 2019: “fixture”');
  });

  it('rejects a source the dataset does not have, and values without citations', () => {
    const error = expectLedgerError(() => citationForIn(fixture, { source: 'tc-intel-barefoot', quote: 'x' }), 'UNKNOWN_SOURCE');
    expect(error.message).toContain('"tc-intel-barefoot"');
    expectLedgerError(() => citationForIn(fixture, { citations: [] }), 'INVALID_QUERY');
    expectLedgerError(() => citationForIn(fixture, { citations: [{ source: 'x' }] } as never), 'INVALID_QUERY');
    expectLedgerError(() => citationForIn(fixture, null as never), 'INVALID_QUERY');
  });
});

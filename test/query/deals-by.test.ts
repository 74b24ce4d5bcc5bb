import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { DealRecord } from '../../src/data/define.js';
import type { DealsQuery } from '../../src/query/deals-by.js';
import { dealsByIn } from '../../src/query/deals-by.js';
import { oracleDays, partialDate } from './arbitraries.js';
import { expectLedgerError } from '../expect-ledger-error.js';
import { fixture, withRecords } from './fixture.js';

const ids = (query?: string | DealsQuery) => dealsByIn(fixture, query).map((d) => d.id);
const bad = (query: unknown) => () => dealsByIn(fixture, query as DealsQuery);

describe('dealsBy', () => {
  it('with no query gives every deal by date start, then date end, then id; undated last', () => {
    expect(ids()).toEqual([
      'xiami-round', // 2010
      'xiami-acquisition', // 2013-03
      'amap-acquisition', // 2014-02-10
      'ucweb-acquisition', // 2014-06
      'megafon-stake-sale-a', // 2019-01: starts with 2019 but ends first
      'aliexpress-jv', // 2019
      'alipay-flutterwave', // 2019, same interval: by id
      'megafon-stake-sale-b', // 2019-02
      'cloud-salesforce', // 2019-07
      'momo-investment', // undated
    ]);
  });

  it('returns a fresh frozen array of the dataset’s own records', () => {
    const all = dealsByIn(fixture);
    expect(Object.isFrozen(all)).toBe(true);
    expect(dealsByIn(fixture)).not.toBe(all);
    for (const deal of all) expect(fixture.deals).toContain(deal);
  });

  it('takes a party by name, alias or id; a string is short for { party }', () => {
    expect(ids('Alipay')).toEqual(['alipay-flutterwave']);
    expect(ids({ party: 'alipay' })).toEqual(['alipay-flutterwave']);
    expect(ids('mail.ru')).toEqual(['aliexpress-jv']);
    expect(ids('Xiami.com')).toEqual(['xiami-round', 'xiami-acquisition']);
  });

  it('applies the role to the given party, or to any party when none is given', () => {
    expect(ids({ party: 'Alibaba', role: 'acquirer' })).toEqual(['xiami-acquisition', 'amap-acquisition', 'ucweb-acquisition']);
    expect(ids({ party: 'Xiami', role: 'acquirer' })).toEqual([]);
    expect(ids({ party: 'Alibaba', role: ['buyer', 'investor'] })).toEqual(['megafon-stake-sale-a', 'megafon-stake-sale-b', 'momo-investment']);
    expect(ids({ role: 'lead-investor' })).toEqual(['xiami-round']);
    expect(ids({ role: 'venture' })).toEqual(['aliexpress-jv']);
  });

  it('filters by kind and status, one value or a list', () => {
    expect(ids({ kind: 'partnership' })).toEqual(['alipay-flutterwave', 'cloud-salesforce']);
    expect(ids({ kind: ['funding-round', 'investment'] })).toEqual(['xiami-round', 'momo-investment']);
    expect(ids({ status: 'rumored' })).toEqual(['momo-investment']);
    expect(ids({ kind: 'partnership', status: ['announced'] })).toEqual(['cloud-salesforce']);
  });

  it('with includeSubsidiaries also counts deals of entities whose parent chain reaches the party', () => {
    expect(ids({ party: 'Alibaba', kind: 'partnership' })).toEqual([]);
    expect(ids({ party: 'Alibaba', kind: 'partnership', includeSubsidiaries: true })).toEqual(['cloud-salesforce']);
    // Xiami, a subsidiary of Alibaba, is the investee of xiami-round.
    expect(ids({ party: 'Alibaba', role: 'investee', includeSubsidiaries: true })).toEqual(['xiami-round']);
    expect(ids({ party: 'Ant Group', includeSubsidiaries: true })).toEqual(['alipay-flutterwave']);
    expect(ids({ party: 'Ant Group', includeSubsidiaries: false })).toEqual([]);
  });

  it('compares from/to as intervals: a year covers all its days', () => {
    expect(ids({ party: 'Alibaba', kind: 'acquisition', from: '2014', to: '2014' })).toEqual(['amap-acquisition', 'ucweb-acquisition']);
    expect(ids({ from: '2014-06-30', to: '2014-06-30' })).toEqual(['ucweb-acquisition']);
    expect(ids({ from: '2019-12' })).toEqual(['aliexpress-jv', 'alipay-flutterwave']);
    expect(ids({ to: '2013-03-01' })).toEqual(['xiami-round', 'xiami-acquisition']);
    expect(ids({ from: '2015', to: '2018' })).toEqual([]);
  });

  it('never matches an undated deal once a date bound is given', () => {
    expect(ids({ party: 'Momo' })).toEqual(['momo-investment']);
    expect(ids({ party: 'Momo', from: '1990' })).toEqual([]);
    expect(ids({ party: 'Momo', to: '2030' })).toEqual([]);
  });

  it('rejects values outside the vocabularies, naming the nearest allowed value', () => {
    const kind = expectLedgerError(bad({ kind: 'aquisition' }), 'UNKNOWN_KIND');
    expect(kind.message).toContain('"aquisition"');
    expect(kind.message).toContain('"acquisition"');
    expect(kind.details.suggestions).toEqual(['acquisition']);
    expect(expectLedgerError(bad({ role: ['acquirer', 'aquirer'] }), 'UNKNOWN_ROLE').details.suggestions).toEqual(['acquirer']);
    expect(expectLedgerError(bad({ status: 'complete' }), 'UNKNOWN_STATUS').details.suggestions).toEqual(['completed']);
    // Nothing near: the message lists every allowed value.
    expect(expectLedgerError(bad({ status: 'xyzzy' }), 'UNKNOWN_STATUS').message).toContain('rumored, considered, planned');
  });

  it('rejects an unknown party with suggestions', () => {
    expect(expectLedgerError(bad({ party: 'Alibab' }), 'UNKNOWN_ENTITY').details.suggestions).toContain('Alibaba Group');
    expectLedgerError(bad('Alibab'), 'UNKNOWN_ENTITY');
  });

  it('rejects malformed and inverted date bounds', () => {
    for (const from of ['2014-13', '14', '2014-1', '2019-02-29', '2014-06-31', 'last year']) {
      expect(expectLedgerError(bad({ from }), 'INVALID_DATE').message).toContain(JSON.stringify(from));
    }
    expectLedgerError(bad({ to: '2020-00' }), 'INVALID_DATE');
    expectLedgerError(bad({ from: '2015', to: '2014-12-31' }), 'INVERTED_RANGE');
    expectLedgerError(bad({ from: '2014-07', to: '2014-06' }), 'INVERTED_RANGE');
    expect(ids({ from: '2014-12-31', to: '2014' })).toEqual([]);
  });

  it('rejects unknown option keys and values of the wrong type', () => {
    const typo = expectLedgerError(bad({ parti: 'Alibaba' }), 'INVALID_QUERY');
    expect(typo.message).toContain('"parti"');
    expect(typo.details.suggestions).toEqual(['party']);
    expectLedgerError(bad(42), 'INVALID_QUERY');
    expectLedgerError(bad(null), 'INVALID_QUERY');
    expectLedgerError(bad(['Alibaba']), 'INVALID_QUERY');
    expectLedgerError(bad({ kind: [] }), 'INVALID_QUERY');
    expectLedgerError(bad({ kind: 7 }), 'INVALID_QUERY');
    expectLedgerError(bad({ from: 2014 }), 'INVALID_QUERY');
    expectLedgerError(bad({ includeSubsidiaries: 'yes', party: 'Alibaba' }), 'INVALID_QUERY');
    expectLedgerError(bad({ includeSubsidiaries: true }), 'INVALID_QUERY');
    expectLedgerError(bad({ party: 3 }), 'INVALID_QUERY');
  });

  it('treats options set to undefined as absent', () => {
    expect(ids({ party: undefined, kind: undefined, from: undefined })).toEqual(ids());
  });
});

const deal = (id: string, date: string | undefined): DealRecord => ({
  id,
  kind: 'acquisition',
  status: 'completed',
  parties: [{ entity: 'alibaba', role: 'acquirer' }],
  amounts: [],
  ...(date === undefined ? {} : { date }),
  summary: id,
  citations: fixture.deals[0]!.citations,
});

const datedDeals = fc
  .array(fc.option(partialDate, { nil: undefined }), { maxLength: 25 })
  .map((dates) => dates.map((date, i) => deal(`d${String(i)}`, date)));

describe('dealsBy properties', () => {
  test.prop([datedDeals.chain((deals) => fc.tuple(fc.constant(deals), fc.shuffledSubarray(deals, { minLength: deals.length })))])(
    'the order does not depend on the order of the dataset',
    ([deals, shuffled]) => {
      expect(dealsByIn(withRecords({ deals: shuffled }))).toEqual(dealsByIn(withRecords({ deals })));
    },
  );

  test.prop([datedDeals])('results are ordered by date start, then end, then id, undated last', (deals) => {
    const result = dealsByIn(withRecords({ deals }));
    expect(result).toHaveLength(deals.length);
    for (let i = 1; i < result.length; i++) {
      const [a, b] = [result[i - 1]!, result[i]!];
      if (a.date === undefined) expect(b.date).toBeUndefined();
      if (a.date === undefined || b.date === undefined) continue;
      const [aStart, aEnd] = oracleDays(a.date);
      const [bStart, bEnd] = oracleDays(b.date);
      expect(aStart < bStart || (aStart === bStart && (aEnd < bEnd || (aEnd === bEnd && a.id < b.id)))).toBe(true);
    }
  });

  test.prop([datedDeals, fc.option(partialDate, { nil: undefined }), fc.option(partialDate, { nil: undefined })])(
    'a deal matches from/to exactly when its days overlap the days from the start of from to the end of to',
    (deals, from, to) => {
      const data = withRecords({ deals });
      const lower = from === undefined ? -Infinity : oracleDays(from)[0];
      const upper = to === undefined ? Infinity : oracleDays(to)[1];
      if (lower > upper) {
        expectLedgerError(() => dealsByIn(data, { from, to }), 'INVERTED_RANGE');
        return;
      }
      const expected = deals.filter((d) => {
        if (d.date === undefined) return from === undefined && to === undefined;
        const [start, end] = oracleDays(d.date);
        return start <= upper && end >= lower;
      });
      expect(new Set(dealsByIn(data, { from, to }).map((d) => d.id))).toEqual(new Set(expected.map((d) => d.id)));
    },
  );
});

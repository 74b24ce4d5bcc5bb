import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { DealRecord, EntityRecord } from '../../src/data/define.js';
import { dealsByIn } from '../../src/query/deals-by.js';
import type { DealsQuery } from '../../src/query/deals-by.js';
import { dealsBy, entityOf, subsidiariesOf } from '../../src/query/index.js';
import { subsidiariesOfIn } from '../../src/query/subsidiaries-of.js';
import { expectLedgerError } from '../expect-ledger-error.js';
import { oracleDays, partialDate } from './arbitraries.js';
import { fixture, withRecords } from './fixture.js';

// Made-up owners and dates (not the sources'): units that changed hands, for the parent-history queries.

const cite = fixture.entities[0]!.citations;
type Link = { entity: string; since?: string; until?: string };
const link = <L extends Link>(l: L) => ({ ...l, citations: cite });
const unit = (id: string, parent?: Link, formerParents?: (Link & { until: string })[]): EntityRecord => ({
  id,
  name: id,
  aliases: [],
  kind: 'business-unit',
  ...(parent && { parent: link(parent) }),
  ...(formerParents && { formerParents: formerParents.map(link) }),
  citations: cite,
});

const historyEntities: readonly EntityRecord[] = [
  ...fixture.entities,
  // Alibaba's until it went into the JV in 2019; its app came along with it.
  unit('ae-russia', { entity: 'aliexpress-russia-jv', since: '2019' }, [{ entity: 'alibaba', until: '2019' }]),
  unit('ae-russia-app', { entity: 'ae-russia' }),
  // Mail.ru's until June 2019.
  unit('pandao', { entity: 'aliexpress-russia-jv', since: '2019-06' }, [{ entity: 'mail-ru-group', until: '2019-06' }]),
  // Alibaba's since 2016, bought then.
  unit('youku', { entity: 'alibaba', since: '2016' }),
  // Alibaba's from 2010 to 2012, nobody's since.
  unit('spun-out', undefined, [{ entity: 'alibaba', since: '2010', until: '2012' }]),
];

const deal = (id: string, entity: string, date?: string): DealRecord => ({
  id,
  kind: 'partnership',
  status: 'completed',
  parties: [{ entity, role: 'partner' }, { entity: 'salesforce', role: 'partner' }],
  amounts: [],
  ...(date && { date }),
  summary: id,
  citations: cite,
});

const historyDeals: readonly DealRecord[] = [
  deal('ae-russia-2018', 'ae-russia', '2018'),
  deal('ae-russia-app-2017', 'ae-russia-app', '2017'),
  deal('ae-russia-2020', 'ae-russia', '2020'),
  deal('ae-russia-undated', 'ae-russia'),
  deal('pandao-2019-03', 'pandao', '2019-03'),
  deal('pandao-2019-09', 'pandao', '2019-09'),
  deal('youku-2014', 'youku', '2014'),
  deal('spun-out-2011', 'spun-out', '2011'),
  deal('spun-out-2013', 'spun-out', '2013'),
];

const history = withRecords({ entities: historyEntities, deals: historyDeals });
const subsidiaries = (entity: string, asOf?: string) => subsidiariesOfIn(history, entity, asOf === undefined ? undefined : { asOf }).map((e) => e.id);
const deals = (query: DealsQuery) => dealsByIn(history, query).map((d) => d.id);

describe('subsidiariesOf with parent history', () => {
  it('without asOf is the group today: current parent links only, whatever their dates', () => {
    expect(subsidiaries('alibaba')).toEqual(['alibaba-cloud', 'amap', 'ucweb', 'xiami', 'xiami-vip', 'youku']);
    expect(subsidiaries('aliexpress-russia-jv')).toEqual(['ae-russia', 'ae-russia-app', 'pandao']);
    expect(subsidiaries('mail-ru-group')).toEqual([]);
  });

  it('with asOf is the group then: current and former links that held on some day of that date', () => {
    expect(subsidiaries('alibaba', '2018')).toEqual(['ae-russia', 'ae-russia-app', 'alibaba-cloud', 'amap', 'ucweb', 'xiami', 'xiami-vip', 'youku']);
    expect(subsidiaries('alibaba', '2011')).toEqual(['alibaba-cloud', 'amap', 'ucweb', 'xiami', 'xiami-vip', 'ae-russia', 'ae-russia-app', 'spun-out'].sort());
    // In the year a link changed hands, both owners count: the dates say no more.
    expect(subsidiaries('alibaba', '2019')).toContain('ae-russia');
    expect(subsidiaries('aliexpress-russia-jv', '2019')).toEqual(['ae-russia', 'ae-russia-app', 'pandao']);
    expect(subsidiaries('alibaba', '2020')).toEqual(['alibaba-cloud', 'amap', 'ucweb', 'xiami', 'xiami-vip', 'youku']);
    // A month inside a year-precision date is not told apart.
    expect(subsidiaries('mail-ru-group', '2019-06')).toEqual(['pandao']);
    expect(subsidiaries('mail-ru-group', '2019-07')).toEqual([]);
    expect(subsidiaries('aliexpress-russia-jv', '2019-05')).toEqual(['ae-russia', 'ae-russia-app']);
  });

  it('checks its options', () => {
    expectLedgerError(() => subsidiariesOfIn(history, 'alibaba', { asOf: '2019-13' }), 'INVALID_DATE', 'subsidiariesOf: asOf', '"2019-13"');
    expectLedgerError(() => subsidiariesOfIn(history, 'alibaba', { asOf: 2019 } as never), 'INVALID_QUERY', 'asOf is a partial ISO date');
    expect(expectLedgerError(() => subsidiariesOfIn(history, 'alibaba', { asof: '2019' } as never), 'INVALID_QUERY').details.suggestions).toEqual(['asOf']);
    expectLedgerError(() => subsidiariesOfIn(history, 'alibaba', 'asOf' as never), 'INVALID_QUERY');
  });

  /** The oracle: links held at a date by millisecond days, followed depth-first. */
  function oracle(root: string, asOf: string): string[] {
    const [from, to] = oracleDays(asOf);
    const held = (l: Link) => (l.since === undefined || oracleDays(l.since)[0] <= to) && (l.until === undefined || oracleDays(l.until)[1] >= from);
    const found = new Set<string>();
    const visit = (id: string): void => {
      for (const e of historyEntities) {
        const links: Link[] = [...(e.parent ? [e.parent] : []), ...(e.formerParents ?? [])];
        if (e.id !== root && !found.has(e.id) && links.some((l) => l.entity === id && held(l))) {
          found.add(e.id);
          visit(e.id);
        }
      }
    };
    visit(root);
    return [...found].sort();
  }

  test.prop([partialDate, fc.constantFrom('alibaba', 'mail-ru-group', 'aliexpress-russia-jv', 'ae-russia')])(
    'agrees with a day-by-day oracle for any date',
    (asOf, root) => {
      expect(subsidiaries(root, asOf)).toEqual(oracle(root, asOf));
    },
  );

  test.prop([fc.shuffledSubarray([...historyEntities], { minLength: historyEntities.length }), partialDate])(
    'does not depend on the order of the entities',
    (shuffled, asOf) => {
      const reordered = withRecords({ entities: shuffled, deals: historyDeals });
      expect(subsidiariesOfIn(reordered, 'alibaba', { asOf }).map((e) => e.id)).toEqual(subsidiaries('alibaba', asOf));
    },
  );
});

describe('dealsBy with includeFormer', () => {
  const alibaba = { party: 'alibaba', includeSubsidiaries: true } as const;

  it('keeps includeSubsidiaries as the group today', () => {
    expect(deals(alibaba)).toEqual(['youku-2014']);
    expect(deals({ party: 'aliexpress-russia-jv', includeSubsidiaries: true })).toEqual([
      'ae-russia-app-2017', // ae-russia-app is the JV's by its current links, whatever the deal's date
      'ae-russia-2018',
      'pandao-2019-03',
      'pandao-2019-09',
      'ae-russia-2020',
      'ae-russia-undated',
    ]);
  });

  it('also counts a dated deal of a unit that was the party’s on the deal’s date', () => {
    expect(deals({ ...alibaba, includeFormer: true })).toEqual(['spun-out-2011', 'youku-2014', 'ae-russia-app-2017', 'ae-russia-2018']);
    expect(deals({ party: 'mail-ru-group', includeSubsidiaries: true, includeFormer: true })).toEqual(['pandao-2019-03']);
    // Other options still narrow it.
    expect(deals({ ...alibaba, includeFormer: true, from: '2015' })).toEqual(['ae-russia-app-2017', 'ae-russia-2018']);
  });

  it('needs includeSubsidiaries and a boolean', () => {
    expectLedgerError(() => dealsByIn(history, { party: 'alibaba', includeFormer: true }), 'INVALID_QUERY', 'includeFormer needs includeSubsidiaries');
    expectLedgerError(() => dealsByIn(history, { ...alibaba, includeFormer: 'yes' as never }), 'INVALID_QUERY', 'includeFormer is true or false');
    expect(deals({ ...alibaba, includeFormer: false })).toEqual(deals(alibaba));
  });

  test.prop([fc.option(partialDate, { nil: undefined }), fc.constantFrom('alibaba', 'mail-ru-group', 'aliexpress-russia-jv')])(
    'only adds deals, each dated and of an entity the party owned on that date',
    (from, party) => {
      const query = { party, includeSubsidiaries: true, ...(from && { from }) } as const;
      const today = dealsByIn(history, query);
      const withFormer = dealsByIn(history, { ...query, includeFormer: true });
      for (const d of today) expect(withFormer).toContain(d);
      for (const d of withFormer.filter((x) => !today.includes(x))) {
        const owned = new Set([party, ...subsidiaries(party, d.date!)]);
        expect(d.parties.some((p) => owned.has(p.entity))).toBe(true);
      }
    },
  );
});

describe('parent history in the real dataset', () => {
  it('AliExpress Russia is not Alibaba’s today, but was before the 2019 joint venture', () => {
    const ids = (entity: string, asOf?: string) => subsidiariesOf(entity, asOf === undefined ? undefined : { asOf }).map((e) => e.id);
    expect(ids('Alibaba')).not.toContain('aliexpress-russia');
    expect(ids('AliExpress Russia JV')).toEqual(['aliexpress-russia', 'pandao']);
    expect(ids('Alibaba', '2018')).toContain('aliexpress-russia');
    expect(ids('Mail.ru Group', '2018')).toContain('pandao');
    expect(ids('Mail.ru Group')).not.toContain('pandao');
  });

  it('Uber China was Uber’s until 2016 and Didi’s since', () => {
    const ids = (entity: string, asOf?: string) => subsidiariesOf(entity, asOf === undefined ? undefined : { asOf }).map((e) => e.id);
    expect(ids('Uber')).not.toContain('uber-china');
    expect(ids('Uber', '2015')).toContain('uber-china');
    expect(ids('Didi', '2015')).not.toContain('uber-china');
    expect(ids('Didi')).toContain('uber-china');
    const [former] = entityOf('uber-china').formerParents ?? [];
    expect(entityOf(former!.entity).name).toBe('Uber');
    expect(dealsBy({ party: 'Uber', role: 'target', includeSubsidiaries: true, includeFormer: true }).map((d) => d.id)).toEqual([
      'didi-acquires-uber-china-2016',
    ]);
  });

  it('Carrefour China stays Carrefour’s while Suning’s purchase is pending', () => {
    expect(subsidiariesOf('Carrefour').map((e) => e.id)).toContain('carrefour-china');
    expect(subsidiariesOf('Suning').map((e) => e.id)).not.toContain('carrefour-china');
    expect(subsidiariesOf('Suning', { asOf: '2019' }).map((e) => e.id)).not.toContain('carrefour-china');
  });

  it('Youku was not Alibaba’s before it bought it in 2016', () => {
    expect(subsidiariesOf('Alibaba', { asOf: '2015' }).map((e) => e.id)).not.toContain('youku');
    expect(subsidiariesOf('Alibaba', { asOf: '2016' }).map((e) => e.id)).toContain('youku');
  });
});

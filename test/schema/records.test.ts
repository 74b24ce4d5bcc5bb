import { describe, expect, it } from 'vitest';
import { entitySchema, partialDateSchema } from '../../src/schema/index.js';

describe('partialDateSchema', () => {
  it('accepts a year, a month or a real day', () => {
    for (const date of ['2014', '2019-07', '2019-08-15', '2020-02-29']) expect(partialDateSchema.safeParse(date).success).toBe(true);
  });

  it('rejects malformed dates and days that do not exist, as the queries do', () => {
    for (const date of ['14', '2019-7', '2019-13', '2019-02-29', '2019-04-31', '2019-08-15T00:00Z']) {
      expect(partialDateSchema.safeParse(date).success).toBe(false);
    }
  });
});

describe('entitySchema: parent history', () => {
  const cite = [{ source: 'tc-ride-hailing-aggregators', quote: 'Didi, which gobbled up Uber China in 2016' }] as const;
  const unit = (links: Record<string, unknown>) => ({ id: 'uber-china', name: 'Uber China', aliases: [], kind: 'business-unit', citations: cite, ...links });
  const issues = (value: unknown) => {
    const parsed = entitySchema.safeParse(value);
    return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  };

  it('accepts a current parent with former parents that ended when it began, in the same year or earlier', () => {
    expect(issues(unit({ parent: { entity: 'didi', since: '2016', citations: cite }, formerParents: [{ entity: 'uber', until: '2016', citations: cite }] }))).toEqual([]);
    expect(issues(unit({ parent: { entity: 'didi', since: '2016-08', citations: cite }, formerParents: [{ entity: 'uber', until: '2016', citations: cite }] }))).toEqual([]);
    const chain = [
      { entity: 'a', since: '2010', until: '2012', citations: cite },
      { entity: 'b', since: '2012', until: '2015-06', citations: cite },
    ];
    expect(issues(unit({ parent: { entity: 'didi', since: '2016', citations: cite }, formerParents: chain }))).toEqual([]);
    // An operation that no longer has an owner keeps its former ones.
    expect(issues(unit({ formerParents: chain }))).toEqual([]);
  });

  it('a former parent link says when it ended', () => {
    expect(issues(unit({ formerParents: [{ entity: 'uber', citations: cite }] })).length).toBe(1);
    expect(issues(unit({ formerParents: [] })).length).toBe(1);
  });

  it('rejects a former link that ends after the current one starts', () => {
    expect(issues(unit({ parent: { entity: 'didi', since: '2016', citations: cite }, formerParents: [{ entity: 'uber', until: '2017', citations: cite }] }))).toEqual([
      'a former parent link ends (until) no later than the current parent link starts (since)',
    ]);
    expect(
      issues(unit({ parent: { entity: 'didi', since: '2016-03', citations: cite }, formerParents: [{ entity: 'uber', until: '2016-04', citations: cite }] })),
    ).toHaveLength(1);
  });

  it('rejects a link that ends before it starts, and former links out of order', () => {
    expect(issues(unit({ parent: { entity: 'didi', since: '2016', until: '2015', citations: cite } }))).toEqual([
      'a parent link starts (since) no later than it ends (until)',
    ]);
    expect(issues(unit({ formerParents: [{ entity: 'uber', since: '2017', until: '2016', citations: cite }] }))).toEqual([
      'a parent link starts (since) no later than it ends (until)',
    ]);
    const backwards = [
      { entity: 'b', until: '2015', citations: cite },
      { entity: 'a', until: '2012', citations: cite },
    ];
    expect(issues(unit({ formerParents: backwards }))).toEqual(['former parent links are listed oldest first (by until)']);
  });
});

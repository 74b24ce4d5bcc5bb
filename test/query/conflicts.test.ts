import { describe, expect, it } from 'vitest';
import { conflictsIn } from '../../src/query/conflicts.js';
import { fixture, withRecords } from './fixture.js';

describe('conflicts', () => {
  it('groups linked claims per kind, deals then metrics then rules, ordered by smallest id', () => {
    expect(conflictsIn(fixture).map((g) => [g.kind, g.ids])).toEqual([
      ['deal', ['megafon-stake-sale-a', 'megafon-stake-sale-b']],
      ['metric', ['flutterwave-fee-2-8', 'flutterwave-fee-3-8']],
      ['metric', ['flutterwave-merchants-a', 'flutterwave-merchants-b', 'flutterwave-merchants-c']],
      ['metric', ['xiami-registered-2011', 'xiami-registered-2013']],
      ['rule', ['flutterwave-fee-rule-2-8', 'flutterwave-fee-rule-3-8']],
    ]);
  });

  it('gives the records themselves in id order, and their distinct notes', () => {
    const [deals, fees, merchants, registered, rules] = conflictsIn(fixture);
    expect(deals!.records.map((r) => r.id)).toEqual(deals!.ids);
    for (const record of fees!.records) expect(fixture.metrics).toContain(record);
    expect(deals!.note).toBe('The two tellings disagree on the month.');
    expect(merchants!.note).toBe('Counts differ. / Older count.');
    expect(registered!.note).toBe('Different counts of registered users.');
    expect(rules!.note).toBeUndefined();
  });

  it('follows links one way only too, and ignores links to missing records', () => {
    const metrics = fixture.metrics.map((m) => (m.id === 'xiami-registered-2013' ? { ...m, conflictsWith: ['gone'] } : m));
    const groups = conflictsIn(withRecords({ metrics }));
    expect(groups.filter((g) => g.kind === 'metric').map((g) => g.ids)).toContainEqual(['xiami-registered-2011', 'xiami-registered-2013']);
    expect(groups.flatMap((g) => g.ids)).not.toContain('gone');
  });

  it('leaves restatements out: a fact held as a metric and restated as a rule is one group', () => {
    const rules = fixture.rules.map((r) =>
      r.id === 'flutterwave-fee-rule-2-8' ? { ...r, derivedFrom: 'flutterwave-fee-2-8' } : r.id === 'flutterwave-fee-rule-3-8' ? { ...r, derivedFrom: 'flutterwave-fee-3-8' } : r,
    );
    const groups = conflictsIn(withRecords({ rules }));
    expect(groups.filter((g) => g.kind === 'rule')).toEqual([]);
    expect(groups.filter((g) => g.ids.includes('flutterwave-fee-2-8')).map((g) => g.ids)).toEqual([['flutterwave-fee-2-8', 'flutterwave-fee-3-8']]);
  });

  it('is frozen throughout and computed once per dataset', () => {
    const groups = conflictsIn(fixture);
    expect(conflictsIn(fixture)).toBe(groups);
    expect(Object.isFrozen(groups) && groups.every((g) => Object.isFrozen(g) && Object.isFrozen(g.ids) && Object.isFrozen(g.records))).toBe(true);
  });
});

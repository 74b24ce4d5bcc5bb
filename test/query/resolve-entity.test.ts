import { describe, expect, it } from 'vitest';
import { entityOfIn } from '../../src/query/entity-of.js';
import { resolveEntityIn } from '../../src/query/resolve-entity.js';
import { subsidiariesOfIn } from '../../src/query/subsidiaries-of.js';
import { expectLedgerError } from '../expect-ledger-error.js';
import { fixture, withRecords } from './fixture.js';

const resolve = (value: unknown) => resolveEntityIn(fixture, value as string).id;

describe('resolveEntity', () => {
  it('finds an entity by id, name or alias, ignoring case and extra whitespace', () => {
    expect(resolve('alibaba')).toBe('alibaba');
    expect(resolve('Alibaba Group')).toBe('alibaba');
    expect(resolve('  alibaba   GROUP ')).toBe('alibaba');
    expect(resolve('ALIBABA')).toBe('alibaba');
    expect(resolve('Ant Financial')).toBe('ant-group');
    expect(resolve('阿里云')).toBe('alibaba-cloud');
  });

  it('ignores punctuation and spacing when nothing matches strictly', () => {
    expect(resolve('xiami com')).toBe('xiami');
    expect(resolve('XIAMI-COM')).toBe('xiami');
    expect(resolve('xiamicom')).toBe('xiami');
    expect(resolve('mailru')).toBe('mail-ru-group');
    expect(resolve('ucweb')).toBe('ucweb');
    expect(resolve('alibaba_cloud')).toBe('alibaba-cloud');
  });

  it('returns the dataset’s own frozen record, also when given a record', () => {
    const alibaba = resolveEntityIn(fixture, 'Alibaba');
    expect(alibaba).toBe(fixture.entities[0]);
    expect(Object.isFrozen(alibaba)).toBe(true);
    expect(resolveEntityIn(fixture, { ...alibaba })).toBe(alibaba);
  });

  it('prefers a strict match over a punctuation-blind one, and reports a true ambiguity', () => {
    expect(resolve('Sun Art')).toBe('sun-art');
    expect(resolve('sunart')).toBe('sunart');
    const error = expectLedgerError(() => resolve('Sun.Art'), 'AMBIGUOUS_ENTITY');
    expect(error.message).toContain('"Sun.Art"');
    expect(error.details.suggestions).toEqual(['Sun Art', 'SunArt']);
  });

  it('names an unknown value and suggests the nearest names', () => {
    const error = expectLedgerError(() => resolve('Alibab'), 'UNKNOWN_ENTITY');
    expect(error.message).toContain('"Alibab"');
    expect(error.message).toContain('"Alibaba Group"');
    expect((error.details.suggestions as string[])[0]).toBe('Alibaba Group');
    expect(error.details.suggestions).toContain('Alibaba Cloud');
    expect(expectLedgerError(() => resolve('Flutterwav'), 'UNKNOWN_ENTITY').details.suggestions).toEqual(['Flutterwave']);
    expect(expectLedgerError(() => resolve('Zzzzzzzz'), 'UNKNOWN_ENTITY').details.suggestions).toEqual([]);
  });

  it('rejects blank and non-string values as invalid queries', () => {
    expectLedgerError(() => resolve(''), 'INVALID_QUERY');
    expectLedgerError(() => resolve('   '), 'INVALID_QUERY');
    expectLedgerError(() => resolve(42), 'INVALID_QUERY');
    expectLedgerError(() => resolve(null), 'INVALID_QUERY');
  });

  it('rejects a record whose id is not in the dataset', () => {
    expectLedgerError(() => resolveEntityIn(fixture, { ...fixture.entities[0]!, id: 'nobody' }), 'UNKNOWN_ENTITY');
  });
});

describe('entityOf', () => {
  it('looks up exact ids only', () => {
    expect(entityOfIn(fixture, 'alipay').name).toBe('Alipay');
    const error = expectLedgerError(() => entityOfIn(fixture, 'Alibaba'), 'UNKNOWN_ENTITY');
    expect(error.details.suggestions).toContain('alibaba');
    expectLedgerError(() => entityOfIn(fixture, 7 as unknown as string), 'INVALID_QUERY');
  });

  it('suggests ids, never names: a name points to its id and to resolveEntity', () => {
    const ids = new Set(fixture.entities.map((e) => e.id));
    const byName = expectLedgerError(() => entityOfIn(fixture, 'Alibaba Group'), 'UNKNOWN_ENTITY');
    expect(byName.details.suggestions).toEqual(['alibaba']);
    expect(byName.message).toContain('resolveEntity');
    const typo = expectLedgerError(() => entityOfIn(fixture, 'alipy'), 'UNKNOWN_ENTITY');
    expect(typo.details.suggestions).toContain('alipay');
    expect((typo.details.suggestions as string[]).every((s) => ids.has(s))).toBe(true);
    expect(typo.message).toContain('resolveEntity');
  });
});

describe('subsidiariesOf', () => {
  it('follows parent links transitively and sorts by id', () => {
    expect(subsidiariesOfIn(fixture, 'Alibaba').map((e) => e.id)).toEqual(['alibaba-cloud', 'amap', 'ucweb', 'xiami', 'xiami-vip']);
    expect(subsidiariesOfIn(fixture, 'xiami').map((e) => e.id)).toEqual(['xiami-vip']);
    expect(subsidiariesOfIn(fixture, 'Flutterwave')).toEqual([]);
    expect(Object.isFrozen(subsidiariesOfIn(fixture, 'Alibaba'))).toBe(true);
  });

  it('stops at a cycle of parent links', () => {
    const cite = fixture.entities[0]!.citations;
    const looped = withRecords({
      entities: [
        { id: 'a', name: 'A', aliases: [], kind: 'company', parent: { entity: 'b', citations: cite }, citations: cite },
        { id: 'b', name: 'B', aliases: [], kind: 'company', parent: { entity: 'a', citations: cite }, citations: cite },
      ],
    });
    expect(subsidiariesOfIn(looped, 'a').map((e) => e.id)).toEqual(['b']);
  });

  it('reports an unknown entity', () => {
    expectLedgerError(() => subsidiariesOfIn(fixture, 'Alibabba'), 'UNKNOWN_ENTITY');
  });
});

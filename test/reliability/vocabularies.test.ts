import { describe, expect, it } from 'vitest';
import * as data from '../../src/entries/data.js';
import * as everything from '../../src/index.js';
import * as schema from '../../src/schema/index.js';
import { dealsBy, metricsFor, DEAL_KINDS, DEAL_STATUSES, ERROR_CODES, METRIC_NAMES, PARTY_ROLES } from '../../src/entries/data.js';
import { privateVocabulary } from '../../src/query/_lib/vocabulary.js';
import { expectLedgerError } from '../expect-ledger-error.js';

const VOCABULARIES = [
  'SOURCE_IDS',
  'ENTITY_KINDS',
  'DEAL_KINDS',
  'DEAL_STATUSES',
  'RULE_KINDS',
  'PARTY_ROLES',
  'AMOUNT_QUALIFIERS',
  'METRIC_QUALIFIERS',
  'METRIC_NAMES',
  'COUNT_UNITS',
  'ERROR_CODES',
] as const;

/** Whether `value` and everything reachable from it (arrays and plain objects) is frozen. */
function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => deeplyFrozen(v, seen));
}

describe('exported vocabularies are frozen', () => {
  it.each(VOCABULARIES)('%s is a frozen array of strings, the same object from every entry point', (name) => {
    const vocabulary = (data as Record<string, unknown>)[name] as readonly string[];
    expect(Array.isArray(vocabulary) && vocabulary.length > 0 && vocabulary.every((v) => typeof v === 'string')).toBe(true);
    expect(Object.isFrozen(vocabulary)).toBe(true);
    expect((everything as Record<string, unknown>)[name]).toBe(vocabulary);
    if (name !== 'ERROR_CODES') expect((schema as Record<string, unknown>)[name]).toBe(vocabulary);
    expect(() => (vocabulary as string[]).push('aquisition')).toThrow(TypeError);
    expect(() => ((vocabulary as string[])[0] = 'x')).toThrow(TypeError);
  });

  it('keeps the literal types of the tuples (checked by the type check)', () => {
    const first: 'acquisition' = DEAL_KINDS[0];
    const code: 'UNKNOWN_ENTITY' = ERROR_CODES[0];
    expect([first, code]).toEqual(['acquisition', 'UNKNOWN_ENTITY']);
  });

  it('every exported array or plain object of every entry point is deeply frozen', () => {
    for (const entry of [data, everything, schema]) {
      for (const [name, value] of Object.entries(entry)) {
        const plain = Array.isArray(value) || (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype);
        if (plain) expect(deeplyFrozen(value), name).toBe(true);
      }
    }
  });
});

describe('queries check input against private copies', () => {
  it('DEAL_KINDS.push("aquisition") throws, and dealsBy({ kind: "aquisition" }) stays UNKNOWN_KIND', () => {
    expect(() => (DEAL_KINDS as unknown as string[]).push('aquisition')).toThrow(TypeError);
    expectLedgerError(() => dealsBy({ kind: 'aquisition' as never }), 'UNKNOWN_KIND', '"aquisition"', '"acquisition"');
  });

  it('a private copy does not follow later changes to the tuple it was taken from', () => {
    const tuple = ['a', 'b'];
    const copy = privateVocabulary(tuple);
    tuple.push('c');
    tuple[0] = 'z';
    expect([copy.has('a'), copy.has('c'), copy.has('z')]).toEqual([true, false, false]);
    expect(copy.values).toEqual(['a', 'b']);
    expect(Object.isFrozen(copy.values)).toBe(true);
  });

  it('an UNKNOWN_* error lists allowed values that a caller cannot edit', () => {
    const error = expectLedgerError(() => dealsBy({ status: 'dunno' as never }), 'UNKNOWN_STATUS', '"dunno"');
    const allowed = error.details.allowed as string[];
    expect(allowed).toEqual([...DEAL_STATUSES]);
    expect(() => allowed.push('dunno')).toThrow(TypeError);
    expectLedgerError(() => dealsBy({ status: 'dunno' as never }), 'UNKNOWN_STATUS');
  });

  it('each vocabulary a query reads refuses a value outside it with its own code', () => {
    expectLedgerError(() => dealsBy({ role: 'aquirer' as never }), 'UNKNOWN_ROLE', '"aquirer"', '"acquirer"');
    expectLedgerError(() => metricsFor('Xiami', { metric: 'registered-user' as never }), 'UNKNOWN_METRIC', '"registered-user"');
    // and every value inside it is accepted
    for (const kind of DEAL_KINDS) expect(() => dealsBy({ kind })).not.toThrow();
    for (const role of PARTY_ROLES) expect(() => dealsBy({ role })).not.toThrow();
    for (const metric of METRIC_NAMES) expect(() => metricsFor('Xiami', { metric })).not.toThrow();
  });

  it('a prototype key is not a vocabulary value', () => {
    for (const kind of ['constructor', '__proto__', 'toString', 'length']) expectLedgerError(() => dealsBy({ kind: kind as never }), 'UNKNOWN_KIND');
  });

  it('ERROR_CODES holds every code once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});

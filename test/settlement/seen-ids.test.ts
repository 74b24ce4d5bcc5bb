import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { NEW, OTHER, SEEN, createNumberedIds } from '../../src/settlement/_lib/numbered-ids.js';
import { QUEUED, createSeenIds } from '../../src/settlement/_lib/seen-ids.js';

const units = (id: string): Uint16Array => Uint16Array.from(id, (c) => c.charCodeAt(0));
const ascii = (id: string): Uint8Array => new TextEncoder().encode(id);

describe('createNumberedIds', () => {
  it('keeps ids in sequence as one run, in any order, and knows them again', () => {
    const ids = createNumberedIds();
    const add = (id: string): number => ids.add(units(id), 0, id.length);
    expect(['s1', 's3', 's2', 's0', 's10', 's4'].map(add)).toEqual([NEW, NEW, NEW, NEW, NEW, NEW]);
    expect(['s0', 's1', 's2', 's3', 's4', 's10', 's5', 's9'].map(add)).toEqual([SEEN, SEEN, SEEN, SEEN, SEEN, SEEN, NEW, NEW]);
  });

  it('tells zero-padded numbers, other prefixes and plain numbers apart', () => {
    const ids = createNumberedIds();
    const add = (id: string): number => ids.add(ascii(id), 0, id.length);
    expect(['7', 's7', 's07', 's007', 'S7', 'a-7', 'a-07'].map(add)).toEqual(Array(7).fill(NEW));
    expect(['7', 's7', 's07', 's007', 'S7', 'a-7', 'a-07'].map(add)).toEqual(Array(7).fill(SEEN));
  });

  it('leaves ids that are not numbered, or too long, to the fingerprint set', () => {
    const ids = createNumberedIds();
    for (const id of ['', 'abc', '1a', `${'p'.repeat(17)}1`, '1'.repeat(16)]) expect(ids.add(units(id), 0, id.length)).toBe(OTHER);
    expect(ids.add(units('1'.repeat(15)), 0, 15)).toBe(NEW);
  });

  it('stays bounded: a kind past the limit, and numbers needing a run past a full kind, go elsewhere for good', () => {
    const ids = createNumberedIds({ kinds: 2, runsPerKind: 2 });
    const add = (id: string): number => ids.add(units(id), 0, id.length);
    expect(['a1', 'b1', 'c1', 'a3'].map(add)).toEqual([NEW, NEW, OTHER, NEW]);
    expect(add('a5')).toBe(OTHER); // a third run of kind a: its runs are frozen from now on
    expect(add('a2')).toBe(OTHER); // would have joined a1 and a3, but the runs no longer change
    expect(['a1', 'a3', 'c1'].map(add)).toEqual([SEEN, SEEN, OTHER]);
  });
});

/**
 * Adds ids as settlement does — each at once, the queued ones then looked up in one go — and
 * returns each one's verdict: 1 if it was new, 0 if seen. An id is `text.slice(start, end)`.
 */
const addAll = (seen: ReturnType<typeof createSeenIds>, ids: readonly (readonly [string | Uint8Array, number, number])[]): number[] => {
  const verdicts = ids.map(([text, start, end]) => seen.add(text, start, end));
  const fresh = seen.fresh.subarray(0, seen.addQueued());
  let next = 0;
  return verdicts.map((verdict) => (verdict === QUEUED ? (fresh[next++] as number) : verdict));
};
const whole = (id: string | Uint8Array) => [id, 0, id.length] as const;

describe('createSeenIds', () => {
  it('tells new ids from repeats over many fingerprinted ids, strings or ASCII bytes, read in place', () => {
    const seen = createSeenIds();
    const ids = Array.from({ length: 200_000 }, (_, i) => whole(`sale-${i}-`)); // not numbered: all fingerprinted
    expect(addAll(seen, ids).every((v) => v === 1)).toBe(true);
    expect(addAll(seen, ids).some((v) => v === 1)).toBe(false);
    expect(addAll(seen, ['', '雨', '雨', 'x'].map(whole))).toEqual([1, 1, 0, 1]);
    expect(addAll(seen, [whole(ascii('sale-7-')), whole(ascii('y'))])).toEqual([0, 1]); // ASCII bytes are their own code units
    expect(addAll(seen, [['a-b-c', 2, 3], ['b', 0, 1]])).toEqual([1, 0]); // the id is the part between start and end
  });

  // ids from few kinds, so that runs form, merge and fill up, mixed with ids of other forms
  const id = fc.oneof(
    fc.tuple(fc.constantFrom('s', 'INV-', '', 'x'), fc.nat({ max: 60 }), fc.constantFrom(0, 3)).map(([prefix, n, width]) => `${prefix}${String(n).padStart(width, '0')}`),
    fc.string({ maxLength: 6 }),
    fc.constantFrom('雨1', 'a1b', 'sale-9', '0'),
  );
  const limits = fc.constantFrom(undefined, { kinds: 1, runsPerKind: 1 }, { kinds: 2, runsPerKind: 3 });

  test.prop([fc.array(id, { maxLength: 300 }), limits, fc.integer({ min: 1, max: 40 })])(
    'agrees with a Set of the ids, whatever their form, order and batching, as strings or bytes',
    (ids, limit, batch) => {
      const seen = createSeenIds(limit);
      const reference = new Set<string>();
      const expected: number[] = [];
      const actual: number[] = [];
      for (let from = 0; from < ids.length; from += batch) {
        const batchIds = ids.slice(from, from + batch).map((text) => {
          expected.push(reference.has(text) ? 0 : 1);
          reference.add(text);
          // ASCII ids may come as bytes (the CSV path), read in place after one byte
          if (/^[\x00-\x7f]*$/.test(text) && text.length % 2 === 0) return [ascii(`,${text}`), 1, text.length + 1] as const;
          return [`[${text}]`, 1, text.length + 1] as const;
        });
        actual.push(...addAll(seen, batchIds));
      }
      expect(actual).toEqual(expected);
    },
  );
});

describe('what numbered ids cost in each order of arrival (as the README says)', () => {
  const N = 100_000;
  /** Adds s0 … s(N−1) in the given order; returns how many ended up fingerprinted, checking every verdict. */
  const fingerprinted = (order: readonly number[]): number => {
    const seen = createSeenIds();
    const ids = order.map((n) => whole(`s${n}`));
    expect(addAll(seen, ids).every((v) => v === 1)).toBe(true);
    expect(addAll(seen, ids).some((v) => v === 1)).toBe(false);
    return seen.fingerprints();
  };
  let state = 7;
  const random = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const shuffle = (xs: number[], from = 0, to = xs.length): number[] => {
    for (let i = to - 1; i > from; i--) {
      const j = from + Math.floor(random() * (i - from + 1));
      [xs[i], xs[j]] = [xs[j] as number, xs[i] as number];
    }
    return xs;
  };
  const inOrder = Array.from({ length: N }, (_, i) => i);

  it('in order, or shuffled within windows of up to 4096 ids: every id kept as a number, nothing fingerprinted', () => {
    expect(fingerprinted(inOrder)).toBe(0);
    expect(fingerprinted([...inOrder].reverse())).toBe(0);
    const windows = [...inOrder];
    for (let from = 0; from < N; from += 4096) shuffle(windows, from, Math.min(N, from + 4096));
    expect(fingerprinted(windows)).toBe(0);
  });

  it('shuffled over the whole range: once a kind needs more than 4096 runs, its further new ids are fingerprinted (~16 bytes each), still exact', () => {
    const count = fingerprinted(shuffle([...inOrder]));
    expect(count).toBeGreaterThan(N * 0.9);
    expect(count).toBeLessThan(N);
  });
});

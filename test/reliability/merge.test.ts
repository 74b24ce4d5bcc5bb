import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { mergeSettlements, musicianPlatformRule, readSalesCsv, settleMonthly, settleTotals, type SaleRow, type Settlement, type SettleOptions } from '../../src/entries/royalty.js';
import { createSeenIds } from '../../src/settlement/_lib/seen-ids.js';
import { shareSaleIds } from '../../src/settlement/_lib/shared-sale-ids.js';
import { musicianCredits } from '../settlement/sales-arbitraries.js';
import { expectLedgerError } from '../expect-ledger-error.js';

const options: SettleOptions = { rule: musicianPlatformRule, credits: musicianCredits };
const sale = (id: string, extra: Partial<SaleRow> = {}): SaleRow => ({ id, track: 't1', soldAt: '2013-08-02T10:00:00+08:00', price: '10.00', ...extra });
const settle = (ids: readonly string[]): Promise<Settlement> => settleMonthly(ids.map((id) => sale(id)), options);

describe('mergeSettlements refuses overlapping shards', () => {
  it('refuses a settlement merged with itself, or with a merge that includes it', async () => {
    const a = await settle(['s1', 's2']);
    const b = await settle(['s3']);
    expectLedgerError(() => mergeSettlements(a, a), 'OVERLAPPING_SHARDS', 'same settlement run');
    const ab = mergeSettlements(a, b);
    expectLedgerError(() => mergeSettlements(ab, b), 'OVERLAPPING_SHARDS');
    const totals = settleTotals([{ track: 't1', month: '2013-08', gross: '1.00' }], options);
    expectLedgerError(() => mergeSettlements(totals, totals), 'OVERLAPPING_SHARDS');
    const empty = await settle([]);
    expectLedgerError(() => mergeSettlements(empty, empty), 'OVERLAPPING_SHARDS');
  });

  it.each([
    ['numbered ids', ['s1', 's2', 's3'], ['s9', 's3']],
    ['zero-padded numbered ids', ['INV-0001', 'INV-0002'], ['INV-0002']],
    ['other ids', ['a/b', 'c/d'], ['x/y', 'c/d']],
  ])('refuses shards that share a sale id (%s)', async (_, left, right) => {
    const a = await settle(left);
    const b = await settle(right);
    expectLedgerError(() => mergeSettlements(a, b), 'OVERLAPPING_SHARDS', 'same sale id');
  });

  it('merges shards that are disjoint, including a refund in one shard of a sale in the other', async () => {
    const a = await settleMonthly([sale('s1'), sale('s2')], options);
    const b = await settleMonthly([sale('s3'), sale('s1', { kind: 'refund' })], options);
    const merged = mergeSettlements(a, b);
    const whole = await settleMonthly([sale('s1'), sale('s2'), sale('s3'), sale('s1', { kind: 'refund' })], options);
    expect(merged.statements).toEqual(whole.statements);
    expect(merged.totals).toEqual(whole.totals);
    // and the merge can take a third disjoint shard, but not one that repeats a sale
    expect(mergeSettlements(merged, await settle(['s4'])).totals.rows.settled).toBe(5);
    const repeat = await settle(['s9', 's3']);
    expectLedgerError(() => mergeSettlements(merged, repeat), 'OVERLAPPING_SHARDS');
  });

  it('finds a shared id that one set keeps as a number and the other as a fingerprint', () => {
    const sets = [createSeenIds({ kinds: 1, runsPerKind: 1 }), createSeenIds()];
    const add = (set: (typeof sets)[number], id: string) => {
      set.add(id, 0, id.length);
      set.addQueued();
    };
    add(sets[0]!, 'x1'); // the only kind this set keeps: x
    add(sets[0]!, 's5'); // kind s is past the limit: fingerprinted
    add(sets[0]!, 'x3'); // needs a second run of x: fingerprinted
    add(sets[1]!, 's5');
    expect(shareSaleIds(sets[0]!, sets[1]!)).toBe(true);
    expect(shareSaleIds(sets[1]!, sets[0]!)).toBe(true);
    const other = createSeenIds();
    add(other, 'x3');
    expect(shareSaleIds(other, sets[0]!)).toBe(true);
    expect(shareSaleIds(sets[0]!, other)).toBe(true);
    const disjoint = createSeenIds();
    add(disjoint, 'x2');
    add(disjoint, 's6');
    expect(shareSaleIds(disjoint, sets[0]!)).toBe(false);
    expect(shareSaleIds(sets[0]!, disjoint)).toBe(false);
  });

  test.prop([fc.uniqueArray(fc.oneof(fc.nat(40).map((n) => `s${n}`), fc.nat(40).map((n) => `id-${n}x`)), { maxLength: 30 }), fc.nat(30), fc.nat(30)])(
    'refuses exactly when the two shards share an id',
    async (ids, cut, overlap) => {
      const left = ids.slice(0, cut);
      const right = [...ids.slice(cut), ...ids.slice(0, cut).slice(0, overlap % (cut + 1))];
      const shared = right.some((id) => left.includes(id));
      const a = await settle(left);
      const b = await settle(right);
      if (shared) expectLedgerError(() => mergeSettlements(a, b), 'OVERLAPPING_SHARDS');
      else expect(mergeSettlements(a, b).totals.rows.settled).toBe(left.length + right.length);
    },
  );
});

describe('the settings a settlement carries cannot be tampered with', () => {
  const SETTINGS = Symbol.for('ecosystem-ledger/settlement-settings');

  it('freezes the settings, their payees, plans, balances and rule', async () => {
    const a = await settleMonthly(readSalesCsv(['sale_id,track_id,sold_at,price\ns1,t1,2013-08-02T10:00:00+08:00,10.00\n']), options);
    const settings = (a as unknown as Record<symbol, Record<string, unknown>>)[SETTINGS]!;
    const payees = settings.payees as string[];
    expect(() => (payees[0] = 'mallory')).toThrow(TypeError);
    expect(() => payees.push('mallory')).toThrow(TypeError);
    expect(() => (settings.scale = 0)).toThrow(TypeError);
    const plans = settings.plans as Map<string, { payeeNumbers: number[]; split: { weights: number[] } }>;
    expect(() => Map.prototype.set.call(plans, 't1', undefined)).toThrow(TypeError);
    expect(() => (plans.get('t1')!.payeeNumbers[0] = 3)).toThrow(TypeError);
    expect(() => (plans.get('t1')!.split.weights[0] = 100)).toThrow(TypeError);
    expect((plans as { set?: unknown }).set).toBeUndefined();
    const rule = settings.rule as { roles: { weight: number }[]; platformRole?: string };
    expect(() => (rule.roles[0]!.weight = 99)).toThrow(TypeError);
    expect(() => (rule.platformRole = 'lyricist')).toThrow(TypeError);
    expect(() => Object.defineProperty(a, SETTINGS, { value: {} })).toThrow(TypeError);
    const b = await settle(['s2']);
    const merged = mergeSettlements(a, b);
    expect(merged.statements).toEqual((await settle(['s1', 's2'])).statements);
  });

  it('keeps its own copy of a hand-made rule, so editing the rule afterwards changes nothing', async () => {
    const rule = structuredClone(musicianPlatformRule) as { -readonly [K in keyof typeof musicianPlatformRule]: (typeof musicianPlatformRule)[K] };
    const a = await settleMonthly([sale('s1')], { ...options, rule });
    const b = await settleMonthly([sale('s2')], { ...options, rule });
    const before = mergeSettlements(a, b).statements;
    (rule as { platformRole?: string }).platformRole = 'lyricist';
    const c = await settleMonthly([sale('s3')], { ...options, rule });
    expectLedgerError(() => mergeSettlements(a, c), 'INVALID_OPTIONS', 'different settings');
    expect(mergeSettlements(a, b).statements).toEqual(before);
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isLedgerError } from '../../src/errors.js';
import * as queries from '../../src/query/index.js';
import {
  add,
  allocate,
  allocateUnits,
  applySplit,
  compileSplit,
  currencyScale,
  defineRule,
  format,
  mergeSettlements,
  money,
  musicianPlatformRule,
  parseMinorUnits,
  readSalesCsv,
  revenueSplit,
  settleMonthly,
  settleTotals,
  subtract,
  toDecimal,
  xiamiDownloadRule,
} from '../../src/entries/royalty.js';
import { expectLedgerError } from '../expect-ledger-error.js';

const cny = money('0.80', 'CNY');
const credits = { t1: [{ role: 'uploader', payee: 'ann', share: 1 }, { role: 'label', payee: 'rec', share: 1 }] };
const sale = { id: 's1', track: 't1', soldAt: '2011-03-01T10:00:00+08:00', price: '0.80' };
const total = { track: 't1', month: '2011-03', gross: '0.80', units: 1 };
const settled = settleTotals([{ track: 't1', month: '2011-03', gross: '0.80', units: 1 }], { rule: xiamiDownloadRule, credits });

/** Drains an async iterable (readSalesCsv reads lazily: its errors come while reading). */
async function drain(rows: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of rows);
}

/**
 * Every public function of the money, royalty and query modules, called with the junk in place
 * of one argument (the others valid), so that each check is reached, not just the first.
 */
const CALLS: readonly [string, (junk: unknown) => unknown][] = [
  ['money(junk, CNY)', (j) => money(j as never, 'CNY')],
  ['money(1, junk)', (j) => money('1', j as never)],
  ['toDecimal(junk)', (j) => toDecimal(j as never)],
  ['format(junk)', (j) => format(j as never)],
  ['format(m, junk)', (j) => format(cny, j as never)],
  ['add(junk, m)', (j) => add(j as never, cny)],
  ['add(m, junk)', (j) => add(cny, j as never)],
  ['subtract(m, junk)', (j) => subtract(cny, j as never)],
  ['subtract(junk, m)', (j) => subtract(j as never, cny)],
  ['currencyScale(junk)', (j) => currencyScale(j as never)],
  ['parseMinorUnits(junk, 2)', (j) => parseMinorUnits(j as never, 2)],
  ['parseMinorUnits("1", junk)', (j) => parseMinorUnits('1', j as never)],
  ['allocate(junk, [1])', (j) => allocate(j as never, [1])],
  ['allocate(m, junk)', (j) => allocate(cny, j as never)],
  ['allocateUnits(junk, [1n])', (j) => allocateUnits(j as never, [1n])],
  ['allocateUnits(10, junk)', (j) => allocateUnits(10, j as never)],
  ['defineRule(junk)', (j) => defineRule(j as never)],
  ['compileSplit(junk)', (j) => compileSplit(j as never)],
  ['compileSplit(rule, junk)', (j) => compileSplit(xiamiDownloadRule, j as never)],
  ['applySplit(junk, 80)', (j) => applySplit(j as never, 80)],
  ['applySplit(plan, junk)', (j) => applySplit(compileSplit(xiamiDownloadRule), j as never)],
  ['revenueSplit(junk, 0.80)', (j) => revenueSplit(j as never, '0.80')],
  ['revenueSplit(rule, junk)', (j) => revenueSplit(xiamiDownloadRule, j as never)],
  ['revenueSplit(rule, { amount: junk, CNY })', (j) => revenueSplit(xiamiDownloadRule, { amount: j, currency: 'CNY', scale: 2 } as never)],
  ['revenueSplit(rule, 0.80, junk)', (j) => revenueSplit(musicianPlatformRule, '0.80', j as never)],
  ['settleMonthly(junk, options)', (j) => settleMonthly(j as never, { rule: xiamiDownloadRule, credits })],
  ['settleMonthly([junk], options)', (j) => settleMonthly([j as never], { rule: xiamiDownloadRule, credits })],
  ['settleMonthly([], junk)', (j) => settleMonthly([], j as never)],
  ['settleMonthly([], { ...options, junk })', (j) => settleMonthly([], { rule: xiamiDownloadRule, credits, timeZone: j as never })],
  ['settleTotals(junk, options)', (j) => settleTotals(j as never, { rule: xiamiDownloadRule, credits })],
  ['settleTotals([junk], options)', (j) => settleTotals([j as never], { rule: xiamiDownloadRule, credits })],
  ['settleTotals([], junk)', (j) => settleTotals([], j as never)],
  ['settleTotals([], { credits: junk })', (j) => settleTotals([], { rule: xiamiDownloadRule, credits: j as never })],
  ['settleTotals([], { minimumPayout: junk })', (j) => settleTotals([], { rule: xiamiDownloadRule, credits, minimumPayout: j as never })],
  ['settleTotals([], { openingBalances: junk })', (j) => settleTotals([], { rule: xiamiDownloadRule, credits, openingBalances: j as never })],
  ...(['id', 'track', 'soldAt', 'price', 'quantity', 'kind'] as const).map((field): [string, (junk: unknown) => unknown] => [
    `settleMonthly([{ ...sale, ${field}: junk }])`,
    (j) => settleMonthly([{ ...sale, [field]: j }], { rule: xiamiDownloadRule, credits }),
  ]),
  ...(['track', 'month', 'gross', 'units'] as const).map((field): [string, (junk: unknown) => unknown] => [
    `settleTotals([{ ...total, ${field}: junk }])`,
    (j) => settleTotals([{ ...total, [field]: j } as never], { rule: xiamiDownloadRule, credits }),
  ]),
  ['settleMonthly([malformed line with junk reason])', (j) => settleMonthly([{ line: 2, code: 'MALFORMED_LINE', reason: j } as never], { rule: xiamiDownloadRule, credits })],
  ['mergeSettlements(junk, s)', (j) => mergeSettlements(j as never, settled)],
  ['mergeSettlements(s, junk)', (j) => mergeSettlements(settled, j as never)],
  ['readSalesCsv(junk)', (j) => drain(readSalesCsv(j as never))],
  ['readSalesCsv([junk])', (j) => drain(readSalesCsv([j as never]))],
  ['resolveEntity(junk)', (j) => queries.resolveEntity(j as never)],
  ['entityOf(junk)', (j) => queries.entityOf(j as never)],
  ['subsidiariesOf(junk)', (j) => queries.subsidiariesOf(j as never)],
  ['dealsBy(junk)', (j) => queries.dealsBy(j as never)],
  ['dealsBy({ party: junk })', (j) => queries.dealsBy({ party: j as never })],
  ['dealsBy({ kind: junk })', (j) => queries.dealsBy({ kind: j as never })],
  ['dealsBy({ from: junk })', (j) => queries.dealsBy({ from: j as never })],
  ['dealsBy({ includeSubsidiaries: junk })', (j) => queries.dealsBy({ party: 'Alibaba', includeSubsidiaries: j as never })],
  ['metricsFor(junk)', (j) => queries.metricsFor(j as never)],
  ['metricsFor(Xiami, junk)', (j) => queries.metricsFor('Xiami', j as never)],
  ['metricsFor(Xiami, { metric: junk })', (j) => queries.metricsFor('Xiami', { metric: j as never })],
  ['metricsFor(Xiami, { to: junk })', (j) => queries.metricsFor('Xiami', { to: j as never })],
  ['citationFor(junk)', (j) => queries.citationFor(j as never)],
];

/** Calls `call`, awaiting a promise, and returns what it threw (undefined when nothing). */
async function thrownBy(call: () => unknown): Promise<unknown> {
  try {
    await call();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Asserts that `error` is nothing, or a LedgerError with a code of ERROR_CODES and a message. */
function expectCodedOrNothing(error: unknown, what: string): void {
  if (error === undefined) return;
  const coded = isLedgerError(error) && (ERROR_CODES as readonly string[]).includes(error.code) && error.message.length > 0;
  expect(coded, `${what} threw ${error instanceof Error ? error.stack : typeof error}`).toBe(true);
}

const JUNK: readonly unknown[] = [
  null,
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  0.5,
  -1,
  2 ** 60,
  '',
  'xx-INVALID-@@',
  'NaN',
  '__proto__',
  {},
  [],
  [null],
  [1.5],
  [-1n],
  { amount: 'x', currency: 'CNY', scale: 2 },
  { amount: 1, currency: 'CNY', scale: 'two' },
  { amount: 1, currency: null, scale: 2 },
  { amount: 1, currency: 'CNY', scale: 99 },
  Symbol('junk'),
  () => 1,
  1n,
  new Date(Number.NaN),
  Object.create(null),
  new Map([[1, 2]]),
];

describe('every error a caller can trigger has a code', () => {
  it.each(CALLS)('%s: each listed kind of junk is refused with a LedgerError or accepted', async (what, call) => {
    for (const [i, junk] of JUNK.entries()) expectCodedOrNothing(await thrownBy(() => call(junk)), `${what} with junk #${i}`);
  });

  test.prop([fc.constantFrom(...CALLS), fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withDate: true })], { numRuns: 400 })(
    'any junk in any argument of any public function is refused with a coded LedgerError, never a raw TypeError',
    async ([what, call], junk) => {
      expectCodedOrNothing(await thrownBy(() => call(junk)), what);
    },
  );

  it('the cases found so far say what is wrong', () => {
    expectLedgerError(() => allocateUnits(10, null as never), 'INVALID_WEIGHTS', 'null');
    expectLedgerError(() => allocate(null as never, [1]), 'INVALID_AMOUNT', 'null');
    expectLedgerError(() => format(cny, 'xx-INVALID-@@'), 'INVALID_OPTIONS', '"xx-INVALID-@@"');
    expectLedgerError(() => toDecimal({ amount: 1.5, currency: 'CNY', scale: 2 }), 'INVALID_AMOUNT', '1.5');
    expectLedgerError(() => add(cny, money('1', 'USD')), 'CURRENCY_MISMATCH', 'CNY', 'USD');
  });
});

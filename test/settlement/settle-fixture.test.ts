import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  musicianPlatformRule,
  readSalesCsv,
  settleMonthly,
  toDecimal,
  type Credits,
  type Money,
  type Settlement,
} from '../../src/entries/royalty.js';
import { expectedSettlement, fixtureJson, fixturePath } from '../fixture-files.js';

const credits = fixtureJson('credits.json') as Record<string, Credits>;
const expected = expectedSettlement;

const settle = (options: { minimumPayout?: string } = {}): Promise<Settlement> =>
  settleMonthly(readSalesCsv(createReadStream(fixturePath('ledger-small.csv'))), { rule: musicianPlatformRule, credits, ...options });

const dec = (m: Money | undefined): string | undefined => (m === undefined ? undefined : toDecimal(m));

describe('settleMonthly on fixtures/ledger-small.csv (hand-computed expectations)', () => {
  it('gives exactly the expected statements', async () => {
    const result = await settle();
    expect(result.statements.map((s) => ({
      month: s.month,
      payee: s.payee,
      total: dec(s.total),
      lines: s.lines.map((l) => ({ track: l.track, role: l.role, units: l.units, gross: dec(l.gross), amount: dec(l.amount) })),
    }))).toEqual(expected.statements);
    expect([result.rule, result.timeZone, result.currency]).toEqual([expected.rule, expected.timeZone, expected.currency]);
  });

  it('reports exactly the expected rejected rows, each with a reason', async () => {
    const result = await settle();
    expect(result.rejected.map((r) => ({ line: r.line, ...(r.id && { id: r.id }), code: r.code, ...(r.amount && { amount: dec(r.amount) }) }))).toEqual(
      expected.rejected,
    );
    for (const r of result.rejected) expect(r.reason.length).toBeGreaterThan(10);
  });

  it('reconciles: gross 143.63 = paid 72.62 + platform 0 + rejected 71.01', async () => {
    const { totals } = await settle();
    expect({
      gross: dec(totals.gross),
      paid: dec(totals.paid),
      platform: dec(totals.platform),
      rejected: dec(totals.rejected),
      rows: totals.rows,
    }).toEqual(expected.totals);
    expect(totals.carried).toBeUndefined();
  });

  it('with a 5.00 minimum payout, carries small balances forward as computed by hand', async () => {
    const result = await settle({ minimumPayout: expected.withMinimumPayout.minimumPayout });
    expect(result.statements.map((s) => ({
      month: s.month,
      payee: s.payee,
      openingBalance: dec(s.openingBalance),
      payable: dec(s.payable),
      closingBalance: dec(s.closingBalance),
    }))).toEqual(expected.withMinimumPayout.statements);
    const { gross, paid, platform, carried, rejected } = result.totals;
    expect({ gross: dec(gross), paid: dec(paid), platform: dec(platform), carried: dec(carried), rejected: dec(rejected) }).toEqual(
      expected.withMinimumPayout.totals,
    );
    expect(Object.fromEntries(Object.entries(result.closingBalances ?? {}).map(([payee, m]) => [payee, dec(m)]))).toEqual(
      expected.withMinimumPayout.closingBalances,
    );
  });

  it('returns a frozen, JSON-safe result', async () => {
    const result = await settle();
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.statements[0])).toBe(true);
    expect(Object.isFrozen(result.statements[0]?.lines[0]?.amount)).toBe(true);
    expect(Object.isFrozen(result.rejected[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

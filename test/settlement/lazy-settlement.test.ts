import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  applySplit,
  compileSplit,
  settleTotals,
  type Money,
  type Settlement,
  type Statement,
  type StatementLine,
  type TotalsRow,
  type TrackMonthTotal,
} from '../../src/entries/royalty.js';
import { ruleCases, type RuleCase } from './sales-arbitraries.js';

// A settlement builds its statement lines and aggregates on first read, from typed arrays. These
// properties hold it to an eager reference built here, independently, from the same rows: the
// same objects (deep-equal, frozen, read once and kept) and the same JSON text, key order
// included, as the CLI's --json prints it.

const cny = (amount: number): Money => ({ amount, currency: 'CNY', scale: 2 });
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Pre-aggregated rows of a rule case's tracks, several per track-month, signed gross in fen. */
const rowsArbitrary = (c: RuleCase): fc.Arbitrary<{ track: string; month: string; fen: number; units: number }[]> =>
  fc.array(
    fc.record({
      track: fc.constantFrom(...Object.keys(c.credits)),
      month: fc.constantFrom('2013-07', '2013-08', '2014-01', '2013-12'),
      fen: fc.integer({ min: -5000, max: 100_000 }),
      units: fc.integer({ min: -5, max: 500 }),
    }),
    { maxLength: 30 },
  );

/** The eager reference: aggregates by track then month, each split once, lines grouped by month then payee. */
function reference(c: RuleCase, rows: readonly { track: string; month: string; fen: number; units: number }[]) {
  const groups = new Map<string, { track: string; month: string; gross: number; units: number }>();
  for (const { track, month, fen, units } of rows) {
    const group = groups.get(`${track} ${month}`) ?? { track, month, gross: 0, units: 0 };
    group.gross += fen;
    group.units += units;
    groups.set(`${track} ${month}`, group);
  }
  const aggregates: TrackMonthTotal[] = [...groups.values()]
    .sort((a, b) => byText(a.track, b.track) || byText(a.month, b.month))
    .map((g) => ({ track: g.track, month: g.month, gross: cny(g.gross), units: g.units }));
  const statements = new Map<string, { month: string; payee: string; lines: StatementLine[] }>();
  for (const aggregate of aggregates) {
    const plan = compileSplit(c.rule, c.credits[aggregate.track]);
    applySplit(plan, aggregate.gross.amount).forEach((share, i) => {
      const { role, payee = '' } = plan.entries[i] as { role: string; payee?: string };
      const key = `${aggregate.month} ${payee}`;
      const statement = statements.get(key) ?? { month: aggregate.month, payee, lines: [] };
      statement.lines.push({ track: aggregate.track, role, units: aggregate.units, gross: aggregate.gross, amount: cny(share) });
      statements.set(key, statement);
    });
  }
  const ordered = [...statements.values()]
    .sort((a, b) => byText(a.month, b.month) || byText(a.payee, b.payee))
    .map(({ month, payee, lines }) => ({ month, payee, total: cny(lines.reduce((sum, line) => sum + line.amount.amount, 0)), lines }));
  return { aggregates, statements: ordered };
}

/** The reference in the shape and key order of a Settlement; the fields it does not recompute are taken from `actual`. */
function referenceSettlement(actual: Settlement, expected: ReturnType<typeof reference>) {
  return {
    rule: actual.rule,
    currency: actual.currency,
    timeZone: actual.timeZone,
    statements: expected.statements.map((s, i) => {
      const { openingBalance, payable, closingBalance } = actual.statements[i] as Statement;
      return { ...s, ...(openingBalance !== undefined && { openingBalance, payable, closingBalance }) };
    }),
    rejected: actual.rejected,
    rejectedByCode: actual.rejectedByCode,
    totals: actual.totals,
    aggregates: expected.aggregates,
    ...(actual.closingBalances !== undefined && { closingBalances: actual.closingBalances }),
  };
}

const scenario = fc.constantFrom(...ruleCases).chain((c) => fc.tuple(fc.constant(c), rowsArbitrary(c), fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined })));

const settle = (c: RuleCase, rows: readonly { track: string; month: string; fen: number; units: number }[], minimum: number | undefined): Settlement =>
  settleTotals(
    rows.map((r): TotalsRow => ({ track: r.track, month: r.month, gross: cny(r.fen), units: r.units })),
    { rule: c.rule, credits: c.credits, ...(minimum !== undefined && { minimumPayout: cny(minimum) }) },
  );

describe('statement lines and aggregates built on first read', () => {
  test.prop([scenario])('are deep-equal to an eager reference, and print the same JSON text', ([c, rows, minimum]) => {
    const result = settle(c, rows, minimum);
    const expected = referenceSettlement(result, reference(c, rows));
    expect(result.statements.map((s) => ({ month: s.month, payee: s.payee, total: s.total, lines: s.lines }))).toEqual(reference(c, rows).statements);
    expect(result).toEqual(expected);
    expect(JSON.stringify(result, null, 2)).toBe(JSON.stringify(expected, null, 2));
    for (const s of result.statements) expect(Object.keys(s)).toEqual(Object.keys(expected.statements[result.statements.indexOf(s)] as object));
  });

  test.prop([scenario, fc.boolean()])('are frozen, read once and kept, whatever is read first', ([c, rows, minimum], linesFirst) => {
    const result = settle(c, rows, minimum);
    const read = (): unknown[] => (linesFirst ? [result.statements.map((s) => s.lines), result.aggregates] : [result.aggregates, result.statements.map((s) => s.lines)]);
    const [first, second] = [read(), read()];
    expect(first.flat()).toEqual(second.flat());
    expect(result.aggregates).toBe(result.aggregates);
    for (const s of result.statements) expect(s.lines).toBe(s.lines);
    const lines = result.statements.flatMap((s) => s.lines);
    const objects = [result, ...result.statements, ...result.statements.map((s) => s.lines), result.aggregates, ...result.aggregates, ...lines];
    expect(objects.every(Object.isFrozen)).toBe(true);
    expect([...lines.map((l) => l.amount), ...lines.map((l) => l.gross), ...result.aggregates.map((a) => a.gross)].every(Object.isFrozen)).toBe(true);
    // a frozen settlement refuses writes to its built properties too
    for (const s of result.statements.slice(0, 1)) expect(() => Object.assign(s, { lines: [] })).toThrow(TypeError);
    expect(settle(c, rows, minimum)).toEqual(result);
  });
});

import { describe, expect, it } from 'vitest';
import { deals, metrics } from '../../src/data/index.js';
import type { DealRecord, MetricRecord } from '../../src/data/define.js';
import { valueAt } from '../../src/query/provenance-of.js';
import { numbersIn, printsNumber } from './numbers-in-text.js';

type Citation = DealRecord['citations'][number];

/** Every numeric field of a deal or metric, as [path, value] (the paths citations name in `fields`). */
function numericFields(record: DealRecord | MetricRecord): [string, number][] {
  const out: [string, number][] = [];
  const amount = (prefix: string, a: { value: number; conversions?: readonly { value: number }[] } | undefined) => {
    if (!a) return;
    out.push([`${prefix}.value`, a.value]);
    a.conversions?.forEach((c, j) => out.push([`${prefix}.conversions[${j}].value`, c.value]));
  };
  if ('parties' in record) {
    record.amounts.forEach((a, i) => amount(`amounts[${i}]`, a));
    record.parties.forEach((p, i) => {
      if (p.stake !== undefined) out.push([`parties[${i}].stake`, p.stake]);
      if (p.votingStake !== undefined) out.push([`parties[${i}].votingStake`, p.votingStake]);
      amount(`parties[${i}].contribution.amount`, p.contribution?.amount);
    });
  } else {
    for (const key of ['value', 'min', 'max'] as const) {
      const v = record[key];
      if (v !== undefined) out.push([key, v]);
    }
    record.conversions?.forEach((c, j) => out.push([`conversions[${j}].value`, c.value]));
  }
  return out;
}

const records: readonly (DealRecord | MetricRecord)[] = [...deals, ...metrics];
const label = (r: DealRecord | MetricRecord) => `${'parties' in r ? 'deal' : 'metric'} ${r.id}`;

describe('number parser', () => {
  it.each([
    ['$1.1 billion', 1.1e9],
    ['1.1bn', 1.1e9],
    ['66%', 66],
    ['RMB 80 cents', 0.8],
    ['two or three months', 3],
    ['1,000 songs', 1000],
    ['the second-largest', 2],
    ['a billion users', 1e9],
    ['US$55 million', 55e6],
  ])('finds %s = %d', (text, value) => expect(printsNumber(text, value)).toBe(true));

  it('does not read an article as a number, nor invent values', () => {
    expect(numbersIn('a company and an app')).toEqual([]);
    expect(printsNumber('$1.1 billion', 1.2e9)).toBe(false);
  });
});

describe('field-level provenance', () => {
  it('every deal and metric names the fields its citations support', () => {
    expect(records.filter((r) => !r.citations.some((c) => c.fields !== undefined)).map(label)).toEqual([]);
  });

  it("every field a citation names exists in its record", () => {
    const bad = records.flatMap((r) =>
      r.citations.flatMap((c) => (c.fields ?? []).filter((f) => valueAt(r, f) === undefined).map((f) => `${label(r)}: ${f}`)),
    );
    expect(bad).toEqual([]);
  });

  it('every numeric field is named by a citation that prints the number or says how it follows', () => {
    const bad: string[] = [];
    for (const r of records) {
      for (const [path, value] of numericFields(r)) {
        const naming: readonly Citation[] = r.citations.filter((c) => c.fields?.includes(path));
        const shown = naming.some((c) => c.derivation !== undefined || printsNumber(c.quote, value));
        if (!shown) bad.push(`${label(r)}: ${path} = ${value}${naming.length === 0 ? ' (no citation names it)' : ' (not in the quote)'}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

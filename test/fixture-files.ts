import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The path of a file in the repository's `fixtures/` folder. */
export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** A JSON file of `fixtures/`, parsed. */
export const fixtureJson = (name: string): unknown => JSON.parse(readFileSync(fixturePath(name), 'utf8'));

type ExpectedLine = { track: string; role: string; units: number; gross: string; amount: string };
type ExpectedStatement = { month: string; payee: string; total: string; lines: ExpectedLine[] };
type ExpectedTotals = { gross: string; paid: string; platform: string; rejected: string; carried?: string; rows: { read: number; settled: number; rejected: number } };

/** `fixtures/statements-expected.json`: the hand-computed settlement of `fixtures/ledger-small.csv`. */
export const expectedSettlement = fixtureJson('statements-expected.json') as {
  rule: string;
  timeZone: string;
  currency: string;
  statements: ExpectedStatement[];
  rejected: { line: number; id?: string; code: string; amount?: string }[];
  totals: ExpectedTotals;
  withMinimumPayout: {
    minimumPayout: string;
    statements: (ExpectedStatement & { openingBalance?: string; payable?: string; closingBalance?: string })[];
    totals: ExpectedTotals;
    closingBalances: Record<string, string>;
  };
};

// What does each musician get for a month of sales? Settle a sales CSV by Xiami's Musician
// Platform rule and show one month's statements, line by line.
//
//   npx tsx examples/settle-a-month.ts              # the first month of fixtures/ledger-small.csv
//   npx tsx examples/settle-a-month.ts 2024-02 sales.csv credits.json
import { createReadStream, readFileSync } from 'node:fs';
import { musicianPlatformRule, readSalesCsv, settleMonthly, toDecimal, type Credits } from '../src/index.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const [wanted, salesFile = new URL('ledger-small.csv', fixtures), creditsFile = new URL('credits.json', fixtures)] = process.argv.slice(2);
const credits = JSON.parse(readFileSync(creditsFile, 'utf8')) as Record<string, Credits>;

// Streams the file: a million rows settle in constant memory. Months are Shanghai months.
const settlement = await settleMonthly(readSalesCsv(createReadStream(salesFile)), { rule: musicianPlatformRule, credits });
const month = wanted ?? settlement.statements[0]?.month;
const statements = settlement.statements.filter((s) => s.month === month);

// Decimal strings ('123.45'), never floats: money stays exact when it leaves the library.
console.log(`${month}: ${statements.length} payees`);
console.table(statements.map((s) => ({ month: s.month, payee: s.payee, amount: toDecimal(s.total), lines: s.lines.length })));
console.table(
  statements.flatMap((s) =>
    s.lines.map((l) => ({ payee: s.payee, track: l.track, role: l.role, units: l.units, trackGross: toDecimal(l.gross), amount: toDecimal(l.amount) })),
  ),
);
const { totals } = settlement;
console.log(`all months: gross ${toDecimal(totals.gross)} = paid ${toDecimal(totals.paid)} + platform ${toDecimal(totals.platform)} + rejected ${toDecimal(totals.rejected)}`);

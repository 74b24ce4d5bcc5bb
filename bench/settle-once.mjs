// Settles one CSV ledger one way and prints `{ ms, sales, maxRssMb }` as JSON; run.mjs starts it
// in a fresh process so each way's peak memory is its own.
//
//   node bench/settle-once.mjs <library|dinero> <sales.csv> <credits.json>
import { createReadStream, readFileSync } from 'node:fs';
import { musicianPlatformRule, readSalesCsv, settleMonthly } from '../dist/royalty.js';
import { settleCsvWithDinero } from './dinero-baseline.mjs';

const [way, file, creditsFile] = process.argv.slice(2);
const credits = JSON.parse(readFileSync(creditsFile, 'utf8'));
const started = performance.now();
let sales;
if (way === 'library') {
  const result = await settleMonthly(readSalesCsv(createReadStream(file)), { rule: musicianPlatformRule, credits });
  sales = result.totals.rows.settled;
} else {
  const result = await settleCsvWithDinero(file, credits);
  sales = result.size;
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, sales, maxRssMb: process.resourceUsage().maxRSS / 1024 }));

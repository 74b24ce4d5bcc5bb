// Settles one CSV ledger one way and prints `{ ms, maxRssMb, rejected }` as JSON; run.mjs starts it in a
// fresh process so that each way's peak memory is its own.
//
//   node bench/settle-once.mjs <library|dinero> <sales.csv> <credits.json>
import { createReadStream, readFileSync } from 'node:fs';
import { musicianPlatformRule, readSalesCsv, settleMonthly } from '../dist/royalty.js';
import { READ_OPTIONS, settleCsvWithDinero } from './dinero-baseline.mjs';

const [way, file, creditsFile] = process.argv.slice(2);
const credits = JSON.parse(readFileSync(creditsFile, 'utf8'));
const started = performance.now();
let rejected = 0;
if (way === 'library') {
  const result = await settleMonthly(readSalesCsv(createReadStream(file, READ_OPTIONS)), { rule: musicianPlatformRule, credits });
  rejected = result.totals.rows.rejected;
} else {
  await settleCsvWithDinero(file, credits);
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rejected }));

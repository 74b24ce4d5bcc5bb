// Open the deals in a spreadsheet: write them as CSV, to stdout or to a file.
//
//   npx tsx examples/export-for-spreadsheet.ts > deals.csv
//   npx tsx examples/export-for-spreadsheet.ts /tmp/deals.csv
import { writeFileSync } from 'node:fs';
import { dealsBy, entityOf } from '../src/index.js';

const rows = dealsBy().map((deal) => ({
  id: deal.id,
  date: deal.date ?? '',
  kind: deal.kind,
  status: deal.status,
  parties: deal.parties.map((p) => `${entityOf(p.entity).name} (${p.role})`).join('; '),
  amount: deal.amounts[0]?.value ?? '',
  currency: deal.amounts[0]?.currency ?? '',
  summary: deal.summary,
  sources: [...new Set(deal.citations.map((c) => c.source))].join(' '),
}));

// RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes.
const field = (value: string | number) => (/[",\r\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value));
const header = Object.keys(rows[0] ?? {});
const csv = [header, ...rows.map((row) => Object.values(row))].map((values) => values.map(field).join(',')).join('\r\n') + '\r\n';

const out = process.argv[2];
if (out) {
  writeFileSync(out, csv);
  console.log(`wrote ${rows.length} deals to ${out}`);
} else {
  process.stdout.write(csv);
}

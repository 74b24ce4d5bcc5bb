// A short tour of ecosystem-ledger: `npm run demo`.
//
// Each section runs one query and prints what it returns. Every result is an array of plain
// objects (ISO date strings, numbers, no classes), so the same rows drop into console.table,
// arquero, Observable Plot or a Jupyter cell.
import { readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import {
  citationFor,
  conflicts,
  dealsBy,
  entityOf,
  format,
  metricsFor,
  musicianPlatformRule,
  readSalesCsv,
  revenueSplit,
  settleMonthly,
  toDecimal,
  type Credits,
} from '../src/index.js';
// Presentation only: the table renderer and cell formats of the CLI.
import { claimRows, sourceIds } from '../src/cli/_lib/lookups.js';
import { metricDate, showMetric, truncate, wrapText } from '../src/cli/_lib/text.js';
import { renderTable } from '../src/cli/_lib/listing.js';

type Cells = Record<string, string | number>;

/** Prints rows as an aligned table; columns named in `right` (numbers, money) hug the right. */
function show(rows: readonly Cells[], right: readonly string[] = []): void {
  const keys = Object.keys(rows[0] ?? {});
  const columns = keys.map((key) => ({ key, header: key, align: right.includes(key) ? ('right' as const) : ('left' as const) }));
  console.log(renderTable(columns, rows.map((row) => Object.fromEntries(keys.map((k) => [k, String(row[k])])))));
}

function heading(title: string, ...lines: string[]): void {
  console.log(`\n${title}\n${'═'.repeat(title.length)}\n${lines.join('\n')}\n`);
}

/** The first citation of a record, wrapped and indented. */
const cite = (record: Parameters<typeof citationFor>[0]) => wrapText(citationFor(record).split('\n')[0] as string, 2, 100);

// 1. Deals -------------------------------------------------------------------------------------
heading("Alibaba's acquisitions", "dealsBy({ party: 'Alibaba', kind: 'acquisition' }): earliest first, undated last.");
const acquisitions = dealsBy({ party: 'Alibaba', kind: 'acquisition' });
show(
  acquisitions.map((d) => ({
    date: d.date ?? 'undated',
    target: d.parties.filter((p) => p.role === 'target').map((p) => entityOf(p.entity).name).join(', '),
    status: d.status,
    source: sourceIds(d),
  })),
);
const xiamiDeal = acquisitions.find((d) => d.parties.some((p) => p.entity === 'xiami'));
if (xiamiDeal) console.log(`Every record cites its source. citationFor(the Xiami deal):\n${cite(xiamiDeal)}`);

// 2. Figures over time -------------------------------------------------------------------------
heading("Xiami's users over time", "metricsFor('Xiami', { metric: [...] }): a time series; claims and reports are marked.");
show(
  metricsFor('Xiami', { metric: ['users', 'registered-users', 'monthly-active-users'] }).map((m) => ({
    date: metricDate(m) || 'undated',
    metric: m.metric,
    value: showMetric(m),
    qualifier: m.qualifier,
    source: sourceIds(m),
  })),
  ['value'],
);

heading('Alibaba Cloud in figures', "metricsFor('Alibaba Cloud', { metric: [...] }): flows are dated by the period they cover.");
const cloud = metricsFor('Alibaba Cloud', { metric: ['revenue', 'revenue-run-rate', 'revenue-growth', 'market-share', 'customers'] });
show(
  cloud.map((m) => ({ date: metricDate(m) || 'undated', metric: m.metric, value: showMetric(m), scope: truncate(m.scope ?? '', 44), source: sourceIds(m) })),
  ['value'],
);
const runRate = cloud.find((m) => m.metric === 'revenue-run-rate');
if (runRate) console.log(`The run rate, in the source's words:\n${cite(runRate)}`);

// 3. Conflicting claims ------------------------------------------------------------------------
heading('Where the sources disagree', 'conflicts(): records telling the same fact differently, kept side by side, never merged.');
const groups = conflicts();
show(
  groups.flatMap((g, i) => claimRows(g, i + 1)).map((c) => ({ '#': c.group, subject: truncate(c.subject, 40), date: c.date ?? '', says: c.claim, source: c.sources })),
  ['#', 'says'],
);
const [first] = groups;
if (first?.note) console.log(`Each group carries a note. Group 1:\n${wrapText(first.note.split(' / ')[0] as string, 2, 100)}`);

// 4. Royalties -------------------------------------------------------------------------------
heading(
  "Xiami's Musician Platform, settled exactly",
  'Lyricist 10%, composer 10%, producer 80%, Xiami nothing. Money is integer fen end to end;',
  "revenueSplit(musicianPlatformRule, '0.05') splits five fen by largest remainders:",
);
show(revenueSplit(musicianPlatformRule, '0.05').lines.map((l) => ({ role: l.role, amount: toDecimal(l.amount) })), ['amount']);

const fixtures = new URL('../fixtures/', import.meta.url);
const credits = JSON.parse(await readFile(new URL('credits.json', fixtures), 'utf8')) as Record<string, Credits>;
const settlement = await settleMonthly(readSalesCsv(createReadStream(new URL('ledger-small.csv', fixtures))), {
  rule: musicianPlatformRule,
  credits,
});
console.log('settleMonthly(readSalesCsv(fixtures/ledger-small.csv), { rule, credits }): one statement per month and payee.\n');
show(
  settlement.statements.map((s) => ({ month: s.month, payee: s.payee, tracks: new Set(s.lines.map((l) => l.track)).size, amount: format(s.total, 'en-US') })),
  ['tracks', 'amount'],
);
const { totals } = settlement;
const money = (m: Parameters<typeof format>[0]) => format(m, 'en-US');
console.log(
  `${totals.rows.read} rows read: ${totals.rows.settled} settled, ${totals.rows.rejected} rejected, each with its line and a reason:`,
);
const SHOWN_REJECTIONS = 3;
for (const r of settlement.rejected.slice(0, SHOWN_REJECTIONS)) console.log(truncate(`  line ${r.line ?? '?'}: ${r.code}: ${r.reason}`, 110));
// say what is left out, as the CLI does: a list cut short must not read as complete
if (settlement.rejected.length > SHOWN_REJECTIONS) console.log(`  … and ${settlement.rejected.length - SHOWN_REJECTIONS} more`);
console.log(
  `The totals reconcile to the fen: gross ${money(totals.gross)} = paid ${money(totals.paid)}` +
    ` + platform ${money(totals.platform)} + rejected ${money(totals.rejected)}.`,
);

console.log(`
Next
════
  npx ecosystem-ledger deals Alibaba --kind acquisition       these tables from a shell (--json, --csv)
  npx ecosystem-ledger settle sales.csv --credits credits.json --out statements.csv
  npx tsx examples/deal-timeline.ts Tencent                   one short script per question in examples/
`);

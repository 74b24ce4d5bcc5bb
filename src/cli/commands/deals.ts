import type { DealRecord } from '../../data/define.js';
import { dealsBy, entityOf, resolveEntity, type DealsQuery } from '../../query/index.js';
import { DEAL_KINDS, DEAL_STATUSES, PARTY_ROLES } from '../../schema/vocabulary.js';
import { FORMAT_OPTIONS, listOption, outputFormat, parseCommand } from '../args.js';
import { type CsvValue, type Field, writeListing } from '../_lib/listing.js';
import type { Command } from '../_lib/files.js';
import { QUERY_OPTION_CODES, reportError } from '../report-error.js';
import { showAmount, truncate, wrapValues } from '../_lib/text.js';
import { sourceIds } from '../_lib/lookups.js';

const USAGE = `Usage: ecosystem-ledger deals [name] [options]

Lists deals, earliest first (undated last). With a name, alias or id, only the deals
that entity is a party to.

Options:
  --kind <kinds>      deal kinds, comma-separated:
${wrapValues(DEAL_KINDS, 24)}  --role <roles>      the named party's role (any party's without a name):
${wrapValues(PARTY_ROLES, 24)}  --status <statuses> how far the deal got:
${wrapValues(DEAL_STATUSES, 24)}  --from <date>       dated on or after this partial ISO date (2014, 2019-07, 2019-08-15)
  --to <date>         dated on or before this partial ISO date
  --subsidiaries      also the deals of the named entity's subsidiaries
  --json              the full records (parties, amounts, citations) as JSON
  --csv               one flat row per deal as CSV, every amount in its own columns:
                      amount,currency,qualifier,label,conversions, then amount_2 … and so on
  -h, --help          show this help

Examples:
  ecosystem-ledger deals Alibaba --kind acquisition
  ecosystem-ledger deals "Ant Financial" --subsidiaries --from 2019 --csv > deals.csv
`;

const SPEC = {
  usage: USAGE,
  positionals: [0, 1],
  options: {
    kind: { type: 'string' },
    role: { type: 'string' },
    status: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    subsidiaries: { type: 'boolean' },
    ...FORMAT_OPTIONS,
  },
} as const;

// Every amount of a deal gets its own group of columns: amount, currency, qualifier, label and
// conversions for the first, amount_2 … conversions_2 for the second, and so on, as many groups
// as the deal with the most amounts needs, so the header is the same whatever the filter.
const AMOUNT_KEYS = ['amount', 'currency', 'qualifier', 'label', 'conversions'] as const;
const AMOUNT_GROUPS = dealsBy().reduce((most, d) => Math.max(most, d.amounts.length), 1);
const amountKey = (key: (typeof AMOUNT_KEYS)[number], n: number): string => (n === 1 ? key : `${key}_${n}`);

type DealRow = Readonly<Record<string, CsvValue>> & {
  date: string | undefined;
  kind: string;
  status: string;
  parties: string;
  amount: number | undefined;
  currency: string | undefined;
  qualifier: string | undefined;
  sources: string;
  id: string;
  summary: string;
};

const FIELDS: readonly Field<DealRow>[] = [
  { key: 'date', header: 'Date' },
  { key: 'kind', header: 'Kind' },
  { key: 'status', header: 'Status' },
  { key: 'parties', header: 'Parties', show: (r) => truncate(r.parties, 60) },
  // the table shows the first amount; CSV carries them all
  { key: 'amount', header: 'Amount', align: 'right', show: (r) => showAmount(r.amount, r.currency, r.qualifier) },
  ...Array.from({ length: AMOUNT_GROUPS }, (_, i) => AMOUNT_KEYS.map((key) => ({ key: amountKey(key, i + 1), header: key, inTable: false })))
    .flat()
    .filter((f) => f.key !== 'amount'),
  { key: 'sources', header: 'Source' },
  { key: 'id', header: 'Id', inTable: false },
  { key: 'summary', header: 'Summary', inTable: false },
];

// A conversion the source prints beside an amount, as CSV text: '145000000 USD'.
const conversionText = (c: Readonly<{ value: number; currency: string }>): string => `${c.value} ${c.currency}`;

function dealRow(deal: DealRecord): DealRow {
  const amounts = deal.amounts.flatMap((a, i) => [
    [amountKey('amount', i + 1), a.value],
    [amountKey('currency', i + 1), a.currency],
    [amountKey('qualifier', i + 1), a.qualifier],
    [amountKey('label', i + 1), a.label],
    [amountKey('conversions', i + 1), a.conversions?.map(conversionText).join('; ')],
  ]);
  const [first] = deal.amounts;
  return {
    ...(Object.fromEntries(amounts) as Record<string, CsvValue>),
    date: deal.date,
    kind: deal.kind,
    status: deal.status,
    parties: deal.parties.map((p) => `${entityOf(p.entity).name} (${p.role})`).join(', '),
    amount: first?.value,
    currency: first?.currency,
    qualifier: first?.qualifier,
    sources: sourceIds(deal),
    id: deal.id,
    summary: deal.summary,
  };
}

/** `ecosystem-ledger deals [name] …`: the deals of an entity (or all), filtered, as a table, JSON or CSV. */
export const deals: Command = async (argv, io) => {
  const args = parseCommand(SPEC, argv, io);
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const [party] = positionals;
  try {
    const query: DealsQuery = {
      ...(party !== undefined && { party }),
      ...(values.kind !== undefined && { kind: listOption(values.kind) as DealsQuery['kind'] }),
      ...(values.role !== undefined && { role: listOption(values.role) as DealsQuery['role'] }),
      ...(values.status !== undefined && { status: listOption(values.status) as DealsQuery['status'] }),
      ...(values.from !== undefined && { from: values.from }),
      ...(values.to !== undefined && { to: values.to }),
      ...(values.subsidiaries && { includeSubsidiaries: true }),
    };
    const found = dealsBy(query);
    writeListing(io, outputFormat(values), {
      fields: FIELDS,
      rows: found.map(dealRow),
      records: found,
      empty: party === undefined ? 'No deals match.' : `No deals of ${resolveEntity(party).name} match.`,
    });
    return 0;
  } catch (error) {
    return reportError(io, error, USAGE, QUERY_OPTION_CODES);
  }
};

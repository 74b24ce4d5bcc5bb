import type { MetricRecord } from '../../data/define.js';
import { metricsFor, resolveEntity, type MetricsQuery } from '../../query/index.js';
import { METRIC_NAMES } from '../../schema/vocabulary.js';
import { FORMAT_OPTIONS, listOption, outputFormat, parseCommand } from '../args.js';
import type { Command } from '../_lib/files.js';
import { QUERY_OPTION_CODES, reportError } from '../report-error.js';
import { metricDate, showMetric, truncate, wrapValues } from '../_lib/text.js';
import { sourceIds } from '../_lib/lookups.js';
import { writeListing, type Field } from '../_lib/listing.js';

const USAGE = `Usage: ecosystem-ledger metrics <entity> [options]

Lists an entity's figures (users, revenue, market share, …) as a time series: by date,
or the end of the period a flow covers; undated figures last.

Options:
  --metric <names>  metric names, comma-separated:
${wrapValues(METRIC_NAMES, 20)}  --from <date>     figures that hold on or after this partial ISO date
  --to <date>       figures that hold on or before this partial ISO date
  --latest          only the newest figure per metric (with any it conflicts with)
  --json            the full records (period, scope, citations) as JSON
  --csv             one flat row per figure as CSV
  -h, --help        show this help

Examples:
  ecosystem-ledger metrics Xiami --metric registered-users,monthly-active-users
  ecosystem-ledger metrics "Alibaba Cloud" --latest
`;

const SPEC = {
  usage: USAGE,
  positionals: [1, 1],
  options: {
    metric: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    latest: { type: 'boolean' },
    ...FORMAT_OPTIONS,
  },
} as const;

type MetricRow = {
  date: string;
  metric: string;
  value: number | undefined;
  min: number | undefined;
  max: number | undefined;
  unit: string;
  qualifier: string;
  scope: string | undefined;
  sources: string;
  id: string;
  summary: string;
};

// Units a formatted value already shows ('$4B', '66%', '#1'); counts name theirs in a column.
const SHOWN_UNITS = /^([A-Z]{3}|percent|percentage-points|rank|multiple|year)$/;

const FIELDS: readonly Field<MetricRow>[] = [
  { key: 'date', header: 'Date' },
  { key: 'metric', header: 'Metric' },
  { key: 'value', header: 'Value', align: 'right', show: showMetric },
  { key: 'min', header: 'Min', inTable: false },
  { key: 'max', header: 'Max', inTable: false },
  { key: 'unit', header: 'Unit', show: (r) => (SHOWN_UNITS.test(r.unit) ? '' : r.unit) },
  { key: 'qualifier', header: 'Qualifier' },
  { key: 'scope', header: 'Scope', show: (r) => truncate(r.scope ?? '', 40) },
  { key: 'sources', header: 'Source' },
  { key: 'id', header: 'Id', inTable: false },
  { key: 'summary', header: 'Summary', inTable: false },
];

function metricRow(m: MetricRecord): MetricRow {
  return {
    date: metricDate(m),
    metric: m.metric,
    value: m.value,
    min: m.min,
    max: m.max,
    unit: m.unit,
    qualifier: m.qualifier,
    scope: m.scope,
    sources: sourceIds(m),
    id: m.id,
    summary: m.summary,
  };
}

/** `ecosystem-ledger metrics <entity> …`: an entity's figures over time, as a table, JSON or CSV. */
export const metrics: Command = async (argv, io) => {
  const args = parseCommand(SPEC, argv, io);
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const name = positionals[0] as string;
  try {
    const query: MetricsQuery = {
      ...(values.metric !== undefined && { metric: listOption(values.metric) as MetricsQuery['metric'] }),
      ...(values.from !== undefined && { from: values.from }),
      ...(values.to !== undefined && { to: values.to }),
      ...(values.latest && { latest: true }),
    };
    const found = metricsFor(name, query);
    writeListing(io, outputFormat(values), {
      fields: FIELDS,
      rows: found.map(metricRow),
      records: found,
      empty: `No figures of ${resolveEntity(name).name} match.`,
    });
    return 0;
  } catch (error) {
    return reportError(io, error, USAGE, QUERY_OPTION_CODES);
  }
};

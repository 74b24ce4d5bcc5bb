import { settlementSql, type SqlDialect } from '../../warehouse/index.js';
import { parseCommand, usageError } from '../args.js';
import type { Command } from '../_lib/files.js';
import { reportError } from '../report-error.js';
import { RULES_BY_ID, ruleOrUsageError } from '../_lib/rules.js';

const USAGE = `Usage: ecosystem-ledger sql --dialect <duckdb|postgres> [options]

Prints the settlement of a rule as three SQL queries, to run where the sales live (paste
them into a scheduler): totals (track_id, month, gross, units: the input of settleTotals),
rejected (every row not settled, with the code settleMonthly gives it, a reason and its
amount) and statements (month, payee, amount in minor units). They read a sales table
(sale_id, track_id, sold_at with time zone, price, and optionally quantity, kind, position)
and a credits table (track_id, role, payee, share, position).

Options:
  --dialect <name>   duckdb or postgres (required)
  --rule <id>        ${[...RULES_BY_ID.keys()].join(' or ')} (default musician-platform)
  --sales <table>    the sales table or view (default sales)
  --credits <table>  the credits table (default credits)
  --tz <zone>        IANA time zone whose calendar months are settled (default Asia/Shanghai)
  -h, --help         show this help

Example:
  ecosystem-ledger sql --dialect postgres --rule xiami-download --sales ledger.sales
`;

const SPEC = {
  usage: USAGE,
  positionals: [0, 0],
  options: { dialect: { type: 'string' }, rule: { type: 'string' }, sales: { type: 'string' }, credits: { type: 'string' }, tz: { type: 'string' } },
} as const;

/** `ecosystem-ledger sql --dialect duckdb|postgres`: the three settlement queries of a rule. */
export const sql: Command = async (argv, io) => {
  const args = parseCommand(SPEC, argv, io);
  if (typeof args === 'number') return args;
  const { values } = args;
  if (values.dialect !== 'duckdb' && values.dialect !== 'postgres') {
    return usageError(io, USAGE, values.dialect === undefined ? 'missing --dialect duckdb|postgres' : `unknown dialect ${JSON.stringify(values.dialect)}: duckdb or postgres`);
  }
  const rule = ruleOrUsageError(values.rule ?? 'musician-platform', io, USAGE);
  if (typeof rule === 'number') return rule;
  try {
    const queries = settlementSql({
      dialect: values.dialect as SqlDialect,
      rule,
      sales: values.sales ?? 'sales',
      credits: values.credits ?? 'credits',
      ...(values.tz !== undefined && { timeZone: values.tz }),
    });
    for (const [name, query] of Object.entries(queries)) io.stdout.write(`-- ${name}\n${query};\n\n`);
    return 0;
  } catch (error) {
    return reportError(io, error, USAGE);
  }
};

import { LedgerError } from '../../errors.js';
import { citationFor } from '../../query/index.js';
import { format as formatMoney, revenueSplit, toDecimal, type Credits, type RoyaltyRule } from '../../entries/royalty.js';
import { FORMAT_OPTIONS, outputFormat, parseCommand, usageError } from '../args.js';
import { type Command, inCreditsFile, readJsonFile } from '../_lib/files.js';
import { reportError } from '../report-error.js';
import { RULES_BY_ID, ruleOrUsageError } from '../_lib/rules.js';
import { wrapText } from '../_lib/text.js';
import { writeListing, type Field } from '../_lib/listing.js';

const describeRule = (rule: RoyaltyRule) =>
  `  ${rule.id.padEnd(19)}${rule.name}: ${rule.roles.map((r) => `${r.role} ${r.weight}`).join(', ')}` +
  (rule.priceCap ? `; price up to ${toDecimal(rule.priceCap)} ${rule.priceCap.currency}` : '');

const USAGE = `Usage: ecosystem-ledger split <rule> <price> [options]

Splits the price of one sale by a royalty rule, exactly: every line is a whole number of
minor units (fen) and the lines add up to the price.

Rules (role weights in percent):
${[...RULES_BY_ID.values()].map(describeRule).join('\n')}

Options:
  --credits <file>  who fills each role: a JSON array of { "role", "payee", "share" }, or an
                    object of track id to such arrays (then name the track with --track)
  --track <id>      the track whose credits to use from a file keyed by track
  --json            the split as JSON (amounts in minor units)
  --csv             one row per line as CSV (amounts as decimals)
  -h, --help        show this help

Examples:
  ecosystem-ledger split xiami-download 0.80
  ecosystem-ledger split musician-platform 12.50 --credits credits.json --track t1
`;

const SPEC = {
  usage: USAGE,
  positionals: [2, 2],
  options: { credits: { type: 'string' }, track: { type: 'string' }, ...FORMAT_OPTIONS },
} as const;

// `amount` is the exact decimal CSV writes; `shown` the formatted money a table shows.
type LineRow = { role: string; payee: string | undefined; share: string; amount: string; currency: string; shown: string };

const FIELDS: readonly Field<LineRow>[] = [
  { key: 'role', header: 'Role' },
  { key: 'payee', header: 'Payee' },
  { key: 'share', header: 'Share', align: 'right' },
  { key: 'amount', header: 'Amount', align: 'right', show: (r) => r.shown },
  { key: 'currency', header: 'Currency', inTable: false },
];

// The credits of one track: the file is either one track's array or an object keyed by track.
async function creditsFrom(file: string, track: string | undefined): Promise<Credits> {
  const json = await readJsonFile(file, 'INVALID_CREDITS');
  if (Array.isArray(json)) return json as Credits;
  if (track === undefined) {
    throw new LedgerError('INVALID_CREDITS', 'the credits are keyed by track: pick one with --track <id>', { file });
  }
  const byTrack = json as Readonly<Record<string, Credits>>;
  if (typeof byTrack !== 'object' || byTrack === null || !Object.hasOwn(byTrack, track)) {
    throw new LedgerError('UNKNOWN_TRACK', `no credits for track ${JSON.stringify(track)} in ${file}`, { file, track });
  }
  return byTrack[track] as Credits;
}

// A line's share of the price in words: '10%', or '1/3 of 10%' when payees share the role.
function shareOf(rule: RoyaltyRule, credits: Credits | undefined, role: string, payee: string | undefined): string {
  const weightSum = rule.roles.reduce((sum, r) => sum + r.weight, 0);
  const weight = rule.roles.find((r) => r.role === role)?.weight ?? 0;
  const roleShare = weightSum === 100 ? `${weight}%` : `${weight}/${weightSum}`;
  const inRole = credits?.filter((c) => c.role === role) ?? [];
  const credit = inRole.find((c) => c.payee === payee);
  if (!credit || inRole.length === 1) return roleShare;
  return `${credit.share}/${inRole.reduce((sum, c) => sum + c.share, 0)} of ${roleShare}`;
}

/** `ecosystem-ledger split <rule> <price>`: one sale's split by a royalty rule, as a table, JSON or CSV. */
export const split: Command = async (argv, io) => {
  const args = parseCommand(SPEC, argv, io);
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const [ruleId, price] = positionals as [string, string];
  const rule = ruleOrUsageError(ruleId, io, USAGE);
  if (typeof rule === 'number') return rule;
  if (values.track !== undefined && values.credits === undefined) return usageError(io, USAGE, '--track needs --credits');
  try {
    const credits = values.credits === undefined ? undefined : await creditsFrom(values.credits, values.track);
    const result = revenueSplit(rule, price, credits);
    const rows: LineRow[] = result.lines.map((l) => ({
      role: l.role,
      payee: l.payee,
      share: shareOf(rule, credits, l.role, l.payee),
      amount: toDecimal(l.amount),
      currency: l.amount.currency,
      shown: formatMoney(l.amount, 'en-US'),
    }));
    const format = outputFormat(values);
    const total = { role: 'total', payee: '', share: '', amount: toDecimal(result.gross), currency: rule.currency, shown: formatMoney(result.gross, 'en-US') };
    writeListing(io, format, {
      fields: FIELDS,
      rows: format === 'table' ? [...rows, total] : rows,
      records: { rule: rule.id, ...result },
      empty: 'No lines.',
    });
    if (format === 'table') {
      const cited = citationFor(rule).split('\n');
      io.stdout.write(`\n${rule.name}, as the source tells it:\n${cited.map((c) => wrapText(c, 2, 100)).join('')}`);
    }
    return 0;
  } catch (error) {
    return reportError(io, values.credits === undefined ? error : inCreditsFile(error, values.credits), USAGE);
  }
};

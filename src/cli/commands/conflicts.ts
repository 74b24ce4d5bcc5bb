import { conflicts as conflictGroups } from '../../query/index.js';
import { FORMAT_OPTIONS, outputFormat, parseCommand } from '../args.js';
import { claimRows, type ClaimRow } from '../_lib/lookups.js';
import type { Command } from '../_lib/files.js';
import { truncate, wrapText } from '../_lib/text.js';
import { writeListing, type Field } from '../_lib/listing.js';

const USAGE = `Usage: ecosystem-ledger conflicts [options]

Lists the claims the sources disagree on, side by side: each group is one fact (a deal,
a figure or a rule) told differently by different records, with a note on how they differ.

Options:
  --json      the groups with their full records as JSON
  --csv       one row per claim as CSV (with its group number and note)
  -h, --help  show this help
`;

const SPEC = { usage: USAGE, positionals: [0, 0], options: { ...FORMAT_OPTIONS } } as const;

const FIELDS: readonly Field<ClaimRow>[] = [
  { key: 'group', header: '#', align: 'right' },
  { key: 'kind', header: 'Kind' },
  { key: 'subject', header: 'Subject', show: (r) => truncate(r.subject, 40) },
  { key: 'date', header: 'Date' },
  { key: 'claim', header: 'Claim', align: 'right', show: (r) => truncate(r.claim, 40) },
  { key: 'value', header: 'Value', inTable: false },
  { key: 'unit', header: 'Unit', inTable: false },
  { key: 'qualifier', header: 'Qualifier' },
  { key: 'sources', header: 'Source' },
  { key: 'id', header: 'Id' },
  { key: 'note', header: 'Note', inTable: false },
];

/** `ecosystem-ledger conflicts`: the claims sources disagree on, side by side, with notes. */
export const conflicts: Command = async (argv, io) => {
  const args = parseCommand(SPEC, argv, io);
  if (typeof args === 'number') return args;
  const format = outputFormat(args.values);
  const groups = conflictGroups();
  const rows = groups.flatMap((g, i) => claimRows(g, i + 1));
  writeListing(io, format, { fields: FIELDS, rows, records: groups, empty: 'No conflicting claims.' });
  if (format === 'table') {
    const notes = groups.flatMap((g, i) => (g.note === undefined ? [] : [`[${i + 1}] ${g.note}`]));
    if (notes.length > 0) io.stdout.write(`\nNotes:\n${notes.map((n) => wrapText(n, 2, 100)).join('')}`);
  }
  return 0;
};

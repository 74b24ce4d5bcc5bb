import { sources as sourceList } from '../../data/index.js';
import { FORMAT_OPTIONS, outputFormat, parseCommand } from '../args.js';
import type { Command } from '../_lib/files.js';
import { truncate } from '../_lib/text.js';
import { writeListing, type Field } from '../_lib/listing.js';

const USAGE = `Usage: ecosystem-ledger sources [options]

Lists the articles the dataset cites: the id every citation's "source" takes, when and
where each was published, and its title.

Options:
  --json      the full metadata (author, language, how the date was read) as JSON
  --csv       one row per source as CSV
  -h, --help  show this help
`;

const SPEC = { usage: USAGE, positionals: [0, 0], options: { ...FORMAT_OPTIONS } } as const;

type SourceRow = {
  id: string;
  published: string;
  publisher: string | null;
  author: string | null;
  language: string;
  title: string;
};

const FIELDS: readonly Field<SourceRow>[] = [
  { key: 'id', header: 'Id' },
  { key: 'published', header: 'Published' },
  { key: 'publisher', header: 'Publisher' },
  { key: 'author', header: 'Author', inTable: false },
  { key: 'language', header: 'Language', inTable: false },
  { key: 'title', header: 'Title', show: (r) => truncate(r.title, 70) },
];

/** `ecosystem-ledger sources`: the cited articles, as a table, JSON or CSV. */
export const sources: Command = async (argv, io) => {
  const args = parseCommand(SPEC, argv, io);
  if (typeof args === 'number') return args;
  const rows = sourceList.map(({ id, published, publisher, author, language, title }) => ({ id, published, publisher, author, language, title }));
  writeListing(io, outputFormat(args.values), { fields: FIELDS, rows, records: sourceList, empty: 'No sources.' });
  return 0;
};

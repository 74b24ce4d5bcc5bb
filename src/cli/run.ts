import { closestMatches, didYouMean } from '../query/_lib/names.js';
import { unknownOption, usageError } from './args.js';
import type { CliIo, Command } from './_lib/files.js';
import { VERSION } from './version.js';

// loaded on use: `settle` need not load the dataset, nor `--version` anything
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  deals: async () => (await import('./commands/deals.js')).deals,
  metrics: async () => (await import('./commands/metrics.js')).metrics,
  sources: async () => (await import('./commands/sources.js')).sources,
  conflicts: async () => (await import('./commands/conflicts.js')).conflicts,
  split: async () => (await import('./commands/split.js')).split,
  settle: async () => (await import('./commands/settle.js')).settle,
  sql: async () => (await import('./commands/sql.js')).sql,
};

const USAGE = `Usage: ecosystem-ledger <command> [arguments] [options]

A cited dataset of Alibaba/Xiami-era deals and figures, and Xiami's royalty rules.

Commands:
  deals [name]              deals, earliest first, of one company (or all); filter by
                            --kind, --role, --status, --from, --to, --subsidiaries
  metrics <entity>          an entity's figures over time; --metric, --latest
  sources                   the articles every record cites
  conflicts                 claims the sources disagree on, side by side
  split <rule> <price>      one sale's exact royalty split (xiami-download, musician-platform)
  settle <sales.csv>        monthly statements from a sales ledger, streamed and reconciled
  sql --dialect <name>      the settlement as SQL queries for DuckDB or PostgreSQL

Listings print aligned tables; add --json or --csv for pipes.
Run 'ecosystem-ledger <command> --help' for a command's options.

Options:
  -h, --help                show this help
  -v, --version             show the version
`;

// "unknown command 'dels'; did you mean 'deals'?"
function unknownCommand(name: string): string {
  const hint = didYouMean(closestMatches(name, Object.keys(COMMANDS), 1), "'");
  return `unknown command '${name}'${hint ? `; ${hint}` : ''}`;
}

/**
 * Runs the CLI in-process: `argv` is what follows the program name. Returns the exit code
 * (0 done, 1 failed, 2 usage mistake) instead of exiting, so tests need not spawn.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest[0] === undefined)) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (name === 'help') {
    const topic = rest[0] as string;
    return Object.hasOwn(COMMANDS, topic) ? run([topic, '--help'], io) : usageError(io, USAGE, `no help for ${unknownCommand(topic)}`);
  }
  if (name === undefined) return usageError(io, USAGE, 'missing command');
  if (name.startsWith('-')) return usageError(io, USAGE, unknownOption(name, ['help', 'version']));
  if (!Object.hasOwn(COMMANDS, name)) return usageError(io, USAGE, unknownCommand(name));
  const command = await (COMMANDS[name] as () => Promise<Command>)();
  return command(rest, io);
}

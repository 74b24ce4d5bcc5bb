import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestMatches, didYouMean } from '../query/_lib/names.js';
import type { CliIo } from './_lib/files.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a command accepts: its help text, its options and how many positional arguments. */
export type CommandSpec<O extends Options> = Readonly<{
  usage: string;
  options: O;
  positionals: readonly [min: number, max: number];
}>;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** The parsed `values` and `positionals` of a command line, typed from its spec's options. */
export type Parsed<O extends Options> = Readonly<{
  values: { readonly [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string } & { readonly help?: boolean };
  positionals: readonly string[];
}>;

/** The flags every listing command shares: `--json` and `--csv` for pipes. */
export const FORMAT_OPTIONS = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
} as const;

/** How a listing is written: an aligned table for people, JSON or CSV for programs. */
export type OutputFormat = 'table' | 'json' | 'csv';

/**
 * Writes `message` and one line pointing to the command's `--help` (named by the first line of
 * its `usage`) to stderr, and returns exit code 2 (a usage mistake): the mistake stays in sight
 * instead of above a screenful of help.
 *
 * @example
 * let printed = '';
 * usageError({ stdout: process.stdout, stderr: { write: (s: string) => (printed += s) }, isTTY: false }, 'Usage: ecosystem-ledger deals [name]\n', 'missing value') // → 2
 * printed // → "error: missing value\nRun 'ecosystem-ledger deals --help' for usage.\n"
 */
export function usageError(io: CliIo, usage: string, message: string): number {
  const command = /^Usage: (ecosystem-ledger(?: [a-z]+)?)/.exec(usage)?.[1] ?? 'ecosystem-ledger';
  io.stderr.write(`error: ${message}\nRun '${command} --help' for usage.\n`);
  return 2;
}

/**
 * "unknown option '--knd'; did you mean '--kind'?": an unknown option with the nearest of
 * `known` (option names without dashes), or with how to pass a value that starts with '-'.
 *
 * @example
 * unknownOption('--knd', ['kind', 'role', 'json']) // → "unknown option '--knd'; did you mean '--kind'?"
 */
export function unknownOption(option: string, known: readonly string[]): string {
  if (/^-\d|^-\.\d/.test(option)) return `unknown option '${option}'; a value that starts with '-' goes after '--', as in '-- ${option}'`;
  const hint = didYouMean(closestMatches(option.replace(/^-+/, ''), known, 1).map((name) => `--${name}`), "'");
  return `unknown option '${option}'${hint ? `; ${hint}` : ''}`;
}

// util.parseArgs's own messages, in the CLI's voice: unknown options get the nearest name.
function parseArgsMessage(error: Error & { code?: string }, known: readonly string[]): string {
  const option = /option '([^']+)'/i.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return unknownOption(option, known);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined && /argument missing/.test(error.message)) {
    return `option '${option.replace(/ <value>$/, '')}' needs a value`;
  }
  return error.message.charAt(0).toLowerCase() + error.message.slice(1);
}

/**
 * Parses a command line against a spec with `util.parseArgs` (strict: unknown options and
 * missing values are errors). Returns the parsed arguments, or an exit code when the command is
 * already done: 0 after printing `--help`, 2 after a usage mistake.
 */
export function parseCommand<O extends Options>(spec: CommandSpec<O>, argv: readonly string[], io: CliIo): Parsed<O> | number {
  let parsed: Parsed<O>;
  const options = { ...spec.options, ...HELP };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true }) as Parsed<O>;
  } catch (error) {
    return usageError(io, spec.usage, parseArgsMessage(error as Error, Object.keys(options)));
  }
  if (parsed.values.help) {
    io.stdout.write(spec.usage);
    return 0;
  }
  const [min, max] = spec.positionals;
  const count = parsed.positionals.length;
  if (count < min) return usageError(io, spec.usage, `missing argument (expected ${min}, got ${count})`);
  if (count > max) return usageError(io, spec.usage, `unexpected argument ${JSON.stringify(parsed.positionals[max])}`);
  const { json, csv } = parsed.values as { json?: boolean; csv?: boolean };
  if (json && csv) return usageError(io, spec.usage, 'choose one of --json and --csv');
  return parsed;
}

/**
 * The output format `--json` / `--csv` ask for (parseCommand has refused both at once).
 *
 * @example
 * [outputFormat({}), outputFormat({ json: true }), outputFormat({ csv: true })] // → ['table', 'json', 'csv']
 */
export function outputFormat(values: Readonly<{ json?: boolean; csv?: boolean }>): OutputFormat {
  return values.json ? 'json' : values.csv ? 'csv' : 'table';
}

/**
 * Splits a comma-separated option value into its values.
 *
 * @example
 * listOption('acquisition, investment,') // → ['acquisition', 'investment']
 */
export function listOption(value: string | undefined): string[] | undefined {
  return value?.split(',').map((v) => v.trim()).filter((v) => v !== '');
}

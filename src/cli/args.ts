import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.js';

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

/** Writes `message` and the command's usage to stderr and returns exit code 2 (a usage mistake). */
export function usageError(io: CliIo, usage: string, message: string): number {
  io.stderr.write(`error: ${message}\n\n${usage}`);
  return 2;
}

/**
 * Parses a command line against a spec with `util.parseArgs` (strict: unknown options and
 * missing values are errors). Returns the parsed arguments, or an exit code when the command is
 * already done: 0 after printing `--help`, 2 after a usage mistake.
 */
export function parseCommand<O extends Options>(spec: CommandSpec<O>, argv: readonly string[], io: CliIo): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...spec.options, ...HELP }, allowPositionals: true, strict: true }) as Parsed<O>;
  } catch (error) {
    return usageError(io, spec.usage, (error as Error).message);
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

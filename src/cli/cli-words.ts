// The library's words for what the command line calls otherwise: its option names, and the
// files and arguments they come from. The one place library messages are translated, so the
// library keeps speaking of its own API.
const WORDS: readonly (readonly [RegExp, string | ((...groups: string[]) => string)])[] = [
  [/\boption credits .* is not allowed: .*/, 'the credits file must hold a JSON object of track id → [{ "role", "payee", "share" }, …]'],
  [/\boptions\.credits\b/g, 'the credits file'],
  [/\bcredits\[(\d+)\] (.*?) is not allowed/g, (_, index, value) => `credit ${Number(index) + 1} (${value}) is not allowed`],
  [/\bcredits\[(\d+)\]/g, (_, index) => `credit ${Number(index) + 1}`],
  [/\bincludeSubsidiaries\b/g, '--subsidiaries'],
  [/\boption timeZone (.*?) is not allowed/g, '--tz "$1" is not allowed'],
  [/\b(invalid )?amount "/g, '$1price "'],
  [/(^|\bis (?:after|before) )(from|to) "/g, '$1--$2 "'],
];

/**
 * A library message in the command line's words: 'the credits file' for `options.credits`,
 * `--subsidiaries` for `includeSubsidiaries`, 'price' for the amount a price argument or column
 * holds, `--from`/`--to` for the query's bounds.
 *
 * @example
 * inCliWords('track "t9" of sale "s4" has no credits: add it to options.credits') // → 'track "t9" of sale "s4" has no credits: add it to the credits file'
 * inCliWords('from "2020" is after to "2019"') // → '--from "2020" is after --to "2019"'
 */
export function inCliWords(message: string): string {
  return WORDS.reduce((text, [pattern, words]) => (typeof words === 'string' ? text.replace(pattern, words) : text.replace(pattern, words)), message);
}

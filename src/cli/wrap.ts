/**
 * Wraps words into lines of at most `width` columns, each indented by `indent` spaces.
 *
 * @example
 * wrapWords(['Both', 'articles', 'describe', 'Xiami'], 2, 16) // → '  Both articles\n  describe Xiami\n'
 */
export function wrapWords(words: readonly string[], indent = 4, width = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${' '.repeat(indent)}${l}\n`).join('');
}

/**
 * Wraps a sentence (words split at spaces) as {@link wrapWords} does.
 *
 * @example
 * wrapText('Both articles describe Xiami', 2, 16) // → '  Both articles\n  describe Xiami\n'
 */
export const wrapText = (text: string, indent = 4, width = 78): string => wrapWords(text.split(' '), indent, width);

/**
 * Wraps a list of allowed values, comma-separated, into indented help lines.
 *
 * @example
 * wrapValues(['rumored', 'announced', 'completed'], 4, 20) // → '    rumored,\n    announced,\n    completed\n'
 */
export function wrapValues(values: readonly string[], indent = 4, width = 78): string {
  return wrapWords(values.map((v, i) => (i < values.length - 1 ? `${v},` : v)), indent, width);
}

/**
 * The 1-based line and column of an offset in a text, for `file:line:column` error messages.
 *
 * @example
 * lineAndColumn('[\n  {"a" 1}\n]', 9) // → { line: 2, column: 8 }
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

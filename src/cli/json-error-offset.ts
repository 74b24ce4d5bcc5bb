// Sticky patterns for JSON's leaf tokens, matched in place (no slicing of large files).
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const SPACE = /[ \t\n\r]*/y;

/**
 * Where the first JSON syntax error in `text` is, as a UTF-16 offset (-1 when the text is valid
 * JSON). `JSON.parse` names the position only for some errors in Node 20; this names it always,
 * so a bad file can be reported by line and column.
 *
 * @example
 * jsonErrorOffset('[{"role": "lyricist" "payee": "ann"}]') // → 21
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  const skip = (char: string): boolean => {
    match(SPACE);
    if (text[at] !== char) return false;
    at++;
    return true;
  };
  // A comma-separated sequence up to `close`, each item read by `item`.
  const sequence = (close: string, item: () => boolean): boolean => {
    if (skip(close)) return true;
    do if (!item()) return false;
    while (skip(','));
    return skip(close);
  };
  const value = (): boolean => {
    match(SPACE);
    if (skip('{')) return sequence('}', () => (match(SPACE), match(STRING)) && skip(':') && value());
    if (skip('[')) return sequence(']', value);
    return match(STRING) || match(LITERAL);
  };
  const valid = value() && (match(SPACE), at === text.length);
  return valid ? -1 : at;
}

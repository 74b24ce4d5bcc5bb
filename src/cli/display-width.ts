// East Asian Wide and Fullwidth ranges (UAX #11) plus the emoji blocks terminals draw two cells wide.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x2e80, 0x303e],
  [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

// Combining marks, format characters (ZWJ, soft hyphen) and variation selectors take no cell.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

function isWide(code: number): boolean {
  for (const [from, to] of WIDE) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

/**
 * The number of terminal cells a string takes: 2 for CJK and other wide characters, 0 for
 * combining marks, 1 otherwise.
 *
 * @example
 * displayWidth('虾米 Xiami') // → 10
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x300) width += code < 0x20 ? 0 : 1;
    else if (ZERO_WIDTH.test(char)) continue;
    else width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** Internal: orders strings by UTF-16 code units — locale-independent, so results are reproducible. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

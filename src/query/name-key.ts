/** The strict form of a name: NFKC-normalized, trimmed, inner whitespace collapsed, lowercased. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

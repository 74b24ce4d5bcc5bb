/**
 * The loose form of a name used for matching: Unicode-normalized (NFKC), lowercased, and reduced
 * to its letters and digits, so 'Xiami.com', 'xiami com' and 'XIAMI-COM' all fold to 'xiamicom'.
 * Chinese names keep their characters.
 */
export function foldName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

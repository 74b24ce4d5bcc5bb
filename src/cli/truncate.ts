import { displayWidth } from './display-width.js';

/**
 * Shortens text to at most `width` terminal cells, ending with '…' when cut, so one long cell
 * cannot push a table past the screen.
 *
 * @example
 * truncate('Alibaba Group (acquirer), Xiami (target)', 20) // → 'Alibaba Group (acqu…'
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

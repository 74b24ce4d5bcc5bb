import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The real path a file name denotes, links and `./` spellings resolved: of the file when it
 * exists, else of its directory joined with its base name (a file about to be created), so two
 * spellings of one file compare equal. Rejects, as `realpath` does, when the directory is missing.
 *
 * @example
 * await realTarget('/tmp/./not-yet-written.csv') // → '/tmp/not-yet-written.csv'
 */
export async function realTarget(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (error) {
    // 'new-folder/' names a folder to be, not a file: that stays an error
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || /[\\/]$/.test(file)) throw error;
    return join(await realpath(dirname(file)), basename(file));
  }
}

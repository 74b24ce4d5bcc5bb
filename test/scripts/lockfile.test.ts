import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm ci` installs a lockfile entry without `os`/`cpu` on every platform: the version-only
// entries an earlier complete-lockfile.mjs wrote put 25 foreign rollup and deno builds in
// node_modules. These facts keep the lockfile as npm itself would write it.
interface LockEntry {
  version?: string;
  integrity?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, LockEntry> };
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> };

describe('package-lock.json', () => {
  it('every installed entry carries its integrity (no version-only entries)', () => {
    const incomplete = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.integrity);
    expect(incomplete.map(([path]) => path)).toEqual([]);
  });

  it("every platform build a package lists as optional (rollup's, esbuild's) carries the os or cpu it is for", () => {
    const buildsOf = (parent: string) => Object.keys(lock.packages[parent]?.optionalDependencies ?? {});
    const builds = ['node_modules/rollup', 'node_modules/esbuild'].flatMap(buildsOf);
    expect(builds.length).toBeGreaterThan(40);
    const unmarked = builds.filter((name) => {
      const entry = lock.packages[`node_modules/${name}`];
      return !entry?.os?.length && !entry?.cpu?.length;
    });
    expect(unmarked).toEqual([]);
  });

  it('keeps the 100 MB Deno and Bun binaries out of devDependencies (CI installs them for its run)', () => {
    expect(Object.keys(pkg.devDependencies).filter((name) => name === 'deno' || name === 'bun')).toEqual([]);
  });
});

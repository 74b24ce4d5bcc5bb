// Completes package-lock.json after `npm install`.
//
// npm sometimes leaves foreign-platform optional dependencies (another OS's build of rollup or
// deno) out of the lockfile, and `npm ci` then rejects its own lockfile as out of sync. This adds
// an entry for every optional dependency missing from the lockfile, and fills each such entry's
// `os`, `cpu`, `libc`, `integrity` and `license` from the package's published metadata: without
// `os`/`cpu`, npm cannot tell a foreign build from a native one and installs every platform's.
// A package whose metadata cannot be fetched keeps a version-only entry (npm skips an optional
// dependency it cannot fetch) and is reported.
//
//   npm install && node scripts/complete-lockfile.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

/** What the registry publishes for a package version: its platform fields, integrity and license. */
function publishedMetadata(name, version) {
  try {
    const fields = ['os', 'cpu', 'libc', 'dist.integrity', 'license'];
    const out = execFileSync('npm', ['view', `${name}@${version}`, ...fields, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return out.trim() ? JSON.parse(out) : undefined;
  } catch {
    return undefined;
  }
}

/** A lockfile entry with its fields in the order npm writes them, so a later `npm install` keeps the file as is. */
const lockEntry = (version, published, dev) => ({
  version,
  ...(published?.['dist.integrity'] && { integrity: published['dist.integrity'] }),
  ...(published?.cpu && { cpu: [published.cpu].flat() }),
  ...(dev && { dev: true }),
  ...(published?.libc && { libc: [published.libc].flat() }),
  ...(published?.license && { license: published.license }),
  optional: true,
  ...(published?.os && { os: [published.os].flat() }),
});

const added = [];
const unresolved = [];
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    const key = packages[nested] ? nested : `node_modules/${name}`;
    const entry = packages[key];
    // Entries npm wrote itself carry an integrity; only the incomplete ones need the registry.
    if (entry?.integrity) continue;
    const published = publishedMetadata(name, entry?.version ?? version);
    if (!published) unresolved.push(`${name}@${version}`);
    packages[key] = lockEntry(entry?.version ?? version, published, meta.dev);
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages)
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `completed ${added.length} optional entries: ${added.join(', ')}` : 'lockfile complete');
if (unresolved.length) console.warn(`no published metadata for ${unresolved.join(', ')}: left version-only`);

// Completes package-lock.json after `npm install`.
//
// The npm registry this project's machines reach lacks some foreign-platform builds (e.g.
// @rollup/rollup-android-arm-eabi of rollup's current version). npm then leaves those optional
// dependencies out of the lockfile, and `npm ci` rejects its own lockfile as out of sync. This
// adds a version-only entry for every optional dependency missing from the lockfile; `npm ci`
// skips them on platforms they are not for, exactly as it skips complete entries.
//
//   npm install && node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const added = [];
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    packages[`node_modules/${name}`] = { version, ...(meta.dev && { dev: true }), optional: true };
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} optional entries: ${added.join(', ')}` : 'lockfile complete');

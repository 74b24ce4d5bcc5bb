// Where the CLI's time goes: runs `node --cpu-prof dist/cli.js settle <sales.csv> --credits …
// --out …` and sums each profile's self time by function and by pipeline phase (each
// function is filed under the source module the bundle names above it, each module under a
// phase, and garbage collection under the phase that ran before it); then, in this process,
// times the apportionment and statements alone with `settleTotals` over the aggregates.
//
//   node bench/profile-settle.mjs <sales.csv> <credits.json> [runs, default 5: medians over them]
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { musicianPlatformRule, readSalesCsv, settleMonthly, settleTotals } from '../dist/royalty.js';

const [sales, creditsFile, runs = '5'] = process.argv.slice(2);
if (!sales || !creditsFile) {
  console.error('usage: node bench/profile-settle.mjs <sales.csv> <credits.json> [runs]');
  process.exit(2);
}

// the phase of each source module of the settlement path; anything else is 'other'
const PHASES = {
  'read and split the CSV': ['csv-splitter', 'chunk-bytes', 'read-sales-csv', 'utf8-text', 'node:internal/fs', 'node:internal/streams', 'node:fs'],
  'parse and check fields': ['settle-monthly', 'csv-batch', 'decimal-units', 'parse-timestamp', 'check-price', 'track-index', 'code-units', 'money-units', 'parse-minor-units'],
  'duplicate ids': ['seen-ids', 'numbered-ids'],
  'months': ['month-of', 'date-fns', '@date-fns'],
  'aggregate per track-month': ['aggregate-table', 'exact-sums'],
  'apportion': ['compile-split', 'largest-remainder', 'allocate'],
  'build statements': ['build-settlement', 'from-units', 'rejection', 'settings-of', 'text'],
  'write the CSV': ['listing', 'csv', 'to-decimal'],
  'credits and rule setup': ['settlement-settings', 'credits', 'files', 'define-rule', 'revenue-split'],
};
const phaseOf = (module) => {
  for (const [phase, modules] of Object.entries(PHASES)) if (modules.some((m) => module === m || module.startsWith(`${m}/`) || module.includes(m))) return phase;
  return 'other';
};

/** For a dist file, the source module of each line: the bundle marks each with `// src/…/name.ts`. */
const modulesByFile = new Map();
function moduleAt(url, line) {
  if (!url.startsWith('file:') || !url.includes('/dist/')) return url.replace(/^file:\/\/.*node_modules\//, '').replace(/\.[cm]?js$/, '') || '(native)';
  let marks = modulesByFile.get(url);
  if (!marks) {
    marks = readFileSync(fileURLToPath(url), 'utf8').split('\n').map((text) => /^\/\/ src\/(?:.*\/)?([^/]+)\.ts$/.exec(text)?.[1]);
    modulesByFile.set(url, marks);
  }
  for (let l = line; l >= 0; l--) if (marks[l]) return marks[l];
  return '(bundle)';
}

/** One profiled run of the CLI: its wall time and self time (ms) by phase and by function. */
function profileOnce(dir) {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, cli, 'settle', sales, '--credits', creditsFile, '--out', join(dir, 'out.csv')], { encoding: 'utf8' });
  const wall = performance.now() - started;
  if (run.status !== 0) throw new Error(run.stderr);
  const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile')));
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file);
  // self time per node, from the samples' time deltas; a garbage-collection sample is filed
  // under the phase of the sample before it, whose allocations it is most likely cleaning up
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map();
  const byPhase = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  let lastPhase = 'start';
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const module = url ? moduleAt(url, lineNumber) : functionName;
    add(byFunction, `${functionName || '(anonymous)'} — ${module}`, ms);
    if (functionName === '(garbage collector)') {
      add(byPhase, `${lastPhase}: garbage collection`, ms);
      return;
    }
    const phase = url ? phaseOf(module) : functionName; // (program), (idle), native functions
    if (url) lastPhase = phase;
    add(byPhase, phase, ms);
  });
  return { wall, byPhase, byFunction };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Per key, the median over `maps` (a key missing from a run counts 0 there). */
const medians = (maps) => new Map([...new Set(maps.flatMap((m) => [...m.keys()]))].map((key) => [key, median(maps.map((m) => m.get(key) ?? 0))]));

const dir = mkdtempSync(join(tmpdir(), 'ledger-profile-'));
try {
  const profiles = Array.from({ length: Number(runs) }, () => profileOnce(dir));
  const byPhase = medians(profiles.map((p) => p.byPhase));
  const total = [...byPhase.values()].reduce((a, b) => a + b, 0);
  const show = (map, count) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`).join('\n');
  console.log(
    `${sales}: median of ${runs} profiled runs, ${median(profiles.map((p) => p.wall)).toFixed(0)} ms whole process\n\n` +
      `by phase (self time):\n${show(byPhase, 24)}\n\ntop functions (self time):\n${show(medians(profiles.map((p) => p.byFunction)), 25)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// the apportionment and statements alone: settleTotals over the same aggregates
const credits = JSON.parse(readFileSync(creditsFile, 'utf8'));
const options = { rule: musicianPlatformRule, credits };
const settled = await settleMonthly(readSalesCsv(createReadStream(sales, { highWaterMark: 1 << 20 })), options);
const times = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  settleTotals(settled.aggregates, options);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(
  `\nsettleTotals over its ${settled.aggregates.length} track-month aggregates (apportion + ${settled.statements.length} statements, with credits setup): ` +
    `median ${times[2].toFixed(0)} ms of 5 (range ${times[0].toFixed(0)}–${times[4].toFixed(0)} ms)`,
);

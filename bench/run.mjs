// `npm run bench`: settlement throughput against a dinero.js baseline in the same process, peak
// memory per approach in fresh processes, and cold-start cost against a bare `node` start.
// Writes the figures to BENCHMARKS.md. Runs pinned to one core when `taskset` is available.
//
// First it checks that the plain-JS bound settles exactly as the library (bench/check-bound.mjs),
// and reports nothing otherwise; then it also measures the CLI against that bound.
//
//   node bench/run.mjs [--quick] [--bound]   (--quick: 1M sales only, no 5M; --bound: only the
//                                             section against the bound, rewritten in place)
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { musicianPlatformRule, readSalesCsv, settleMonthly } from '../dist/royalty.js';
import { READ_OPTIONS, settleCsvWithDinero } from './dinero-baseline.mjs';
import { boundSection, measureAgainstBound, withBoundSection } from './against-bound.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const quick = process.argv.includes('--quick');

if (!process.env.BENCH_PINNED && spawnSync('taskset', ['--version']).status === 0) {
  const pinned = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_PINNED: '1' },
  });
  process.exit(pinned.status ?? 1);
}

const sizes = quick ? [1_000_000] : [1_000_000, 5_000_000];
const credits = here('data/credits.json');
mkdirSync(here('data'), { recursive: true });
for (const size of sizes) {
  const file = here(`data/sales-${size / 1_000_000}m.csv`);
  if (!existsSync(file) || !existsSync(credits)) {
    console.error(`generating ${file} …`);
    const { status } = spawnSync(process.execPath, [here('generate-sales.mjs'), String(size), file, credits], { stdio: 'inherit' });
    if (status !== 0) throw new Error(`generating ${file} failed (exit ${status})`);
  }
}
const creditsByTrack = JSON.parse(readFileSync(credits, 'utf8'));
// the same ledger with every track missing from the credits: every row rejected
const largest = sizes[sizes.length - 1];
const unknownFile = here(`data/sales-${largest / 1_000_000}m-unknown.csv`);
if (!existsSync(unknownFile)) {
  console.error(`generating ${unknownFile} …`);
  const { status } = spawnSync(process.execPath, [here('generate-sales.mjs'), '--unknown-tracks', String(largest), unknownFile], { stdio: 'inherit' });
  if (status !== 0) throw new Error(`generating ${unknownFile} failed (exit ${status})`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const RUNS = 21;

const fileOf = (size) => here(`data/sales-${size / 1_000_000}m.csv`);
if (spawnSync(process.execPath, [here('check-bound.mjs')], { stdio: 'inherit' }).status !== 0) {
  throw new Error('the plain-JS bound does not settle as the library does (bench/check-bound.mjs): no figures are reported');
}
const BOUND_ROUNDS = quick ? 3 : 5;
const measureBound = () => {
  console.error('against the plain-JS bound …');
  return boundSection(measureAgainstBound(sizes, fileOf, credits, BOUND_ROUNDS), BOUND_ROUNDS, fmt);
};
if (process.argv.includes('--bound')) {
  const section = measureBound();
  writeFileSync(here('../BENCHMARKS.md'), withBoundSection(readFileSync(here('../BENCHMARKS.md'), 'utf8'), section));
  console.log(section);
  process.exit(0);
}

/**
 * Cold start, in fresh `node` processes: the median wall time of a bare start, and the median
 * time each import takes inside its process (from just before \`import()\` to its end), which
 * leaves out the noise of starting a process. Each round starts every case once, so a drift in
 * the machine's speed hits all of them alike.
 */
function coldStart(imports) {
  const bare = [];
  const loads = imports.map(() => []);
  const run = (code) => {
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: here('..'), encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`node -e ${code} failed: ${child.stderr}`);
    return { wall: performance.now() - started, output: child.stdout };
  };
  for (let i = 0; i < RUNS; i++) {
    bare.push(run('').wall);
    imports.forEach((specifier, k) => {
      const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
      loads[k].push(Number(run(code).output));
    });
  }
  return { bare: median(bare), loads: loads.map(median) };
}

/** One settlement of a CSV file through the library; returns elapsed ms. */
async function settleWithLibrary(file) {
  const started = performance.now();
  const result = await settleMonthly(readSalesCsv(createReadStream(file, READ_OPTIONS)), { rule: musicianPlatformRule, credits: creditsByTrack });
  const ms = performance.now() - started;
  if (result.totals.rows.rejected !== 0) throw new Error('the generated ledger should settle without rejections');
  return ms;
}

async function settleWithDinero(file) {
  const started = performance.now();
  await settleCsvWithDinero(file, creditsByTrack);
  return performance.now() - started;
}

function peakMemory(way, file) {
  const child = spawnSync(process.execPath, [here('settle-once.mjs'), way, file, credits], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

console.error('cold start …');
// the first import() of a process also starts Node's ESM loader: an empty module measures that
writeFileSync(here('data/empty.mjs'), 'export {};\n');
const { bare, loads: [empty, whole, royalty] } = coldStart(['./bench/data/empty.mjs', './dist/index.js', './dist/royalty.js']);

const WARM_RUNS = 5;
const COLD_RUNS = 3;
const throughput = [];
for (const size of sizes) {
  const file = here(`data/sales-${size / 1_000_000}m.csv`);
  console.error(`settling ${fmt(size)} sales …`);
  await settleWithLibrary(file); // warm-up: JIT and page cache, as in a long-running service
  const warm = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(await settleWithLibrary(file));
  const library = median(warm);
  const dinero = await settleWithDinero(file);
  const cold = Array.from({ length: COLD_RUNS }, () => peakMemory('library', file));
  const memory = {
    library: { ms: median(cold.map((c) => c.ms)), maxRssMb: Math.max(...cold.map((c) => c.maxRssMb)) },
    dinero: size === sizes[0] ? peakMemory('dinero', file) : undefined,
  };
  throughput.push({ size, library, best: Math.min(...warm), dinero, memory });
  console.error(`  library ${fmt(library)} ms (best ${fmt(Math.min(...warm))}), cold ${fmt(memory.library.ms)} ms, dinero.js ${fmt(dinero)} ms`);
}

console.error(`settling ${fmt(largest)} sales of unknown tracks …`);
const unknownRuns = Array.from({ length: COLD_RUNS }, () => peakMemory('library', unknownFile));
if (unknownRuns.some((run) => run.rejected !== largest)) throw new Error('every row of the unknown-track ledger should be rejected');
const rejectedMemory = { ms: median(unknownRuns.map((c) => c.ms)), maxRssMb: Math.max(...unknownRuns.map((c) => c.maxRssMb)) };
const goodMemory = throughput[throughput.length - 1].memory.library;
const againstBound = measureBound();

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const rows = throughput.map(({ size, library, best, dinero, memory }) =>
  `| ${fmt(size)} | ${fmt(library)} ms (best ${fmt(best)}) | ${fmt((size / library) * 1000)} | ${fmt(memory.library.ms)} ms | ${fmt(memory.library.maxRssMb)} MB | ${fmt(dinero)} ms | ${fmt((size / dinero) * 1000)} | ${memory.dinero ? `${fmt(memory.dinero.maxRssMb)} MB` : '—'} | **${fmt(dinero / library, 1)}×** |`,
);

const report = `# Benchmarks

Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}. Every figure
comes from one run of the script; the ratios compare runs made in the same process, so the
machine's speed cancels out of them.

**Machine:** ${cpu}, ${cpus().length} cores (${process.env.BENCH_PINNED ? 'pinned to one core with `taskset -c 0`' : 'not pinned'}),
${fmt(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.version}.

## Monthly settlement from a CSV file

The ledger comes from \`bench/generate-sales.mjs\` (deterministic: heavy-headed popularity over
5,000 tracks, 1–3 payees per musician-platform role, six months of 2024, five UTC offsets).
**ecosystem-ledger** is \`settleMonthly(readSalesCsv(createReadStream(file, { highWaterMark: 1 << 20 })),
{ rule: musicianPlatformRule, credits })\`: the median (and best) of ${WARM_RUNS} warm runs in this process, after a
warm-up run, and the median of ${COLD_RUNS} cold runs in fresh processes, which also give peak memory. The
speed-up compares the warm median with dinero.js. **dinero.js** is the way a developer would
otherwise write it (bench/dinero-baseline.mjs): readline over the same 1 MiB reads, a Dinero object
and a dinero.js \`allocate\` per sale, a cached \`Intl.DateTimeFormat\` for the Shanghai month — one
run in the same process, and one in a fresh process for its peak memory.

| sales | ecosystem-ledger, warm median | sales/s | cold median, fresh process | peak RSS | dinero.js | sales/s | peak RSS | speed-up |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Peak RSS covers the whole process (Node itself is ~45 MB). The library's memory grows with
tracks × months × payees; its duplicate-id guard keeps numbered ids (these are \`s0\`, \`s1\`, …) as runs
of consecutive numbers, a few bytes in all, and any other id as a 64-bit fingerprint (~16 bytes).
The cold run includes loading the time zone's ICU data on the first \`settleMonthly\` call, and
compiling the hot code.

## Memory when every row is rejected

The same ${fmt(largest)}-row ledger with every track missing from the credits (\`generate-sales.mjs
--unknown-tracks\`: one wrong credits file), so every row is rejected as UNKNOWN_TRACK. A settlement
keeps the first 1,000 rejected rows in full and counts and sums the others by code, so its memory
does not grow with them. Peak RSS of ${COLD_RUNS} cold runs in fresh processes (the highest):

| ${fmt(largest)} rows | median time | peak RSS |
| --- | ---: | ---: |
| all settled | ${fmt(goodMemory.ms)} ms | ${fmt(goodMemory.maxRssMb)} MB |
| all rejected (UNKNOWN_TRACK) | ${fmt(rejectedMemory.ms)} ms | ${fmt(rejectedMemory.maxRssMb)} MB (**${fmt(rejectedMemory.maxRssMb / goodMemory.maxRssMb, 2)}×**; target ≤ 1.2×) |

${againstBound}
## Cold start

${RUNS} rounds of fresh \`node\` processes (\`node --input-type=module -e …\`), each round starting every
case once: the median wall time of a bare start, and the median time an import takes inside its
fresh process (measured around \`import()\`, so the noise of starting a process stays out). The
first \`import()\` of a process also starts Node's ESM loader, whatever it imports: an empty module
measures that, and what a package adds is its import minus that.

| what | import, in-process | added by the package | start with it, as a ratio to a bare start |
| --- | ---: | ---: | ---: |
| bare \`node\` (${fmt(bare, 1)} ms, the whole process) | — | — | 1.00 |
| \`import()\` of an empty module | ${fmt(empty, 1)} ms | — | ${fmt((bare + empty) / bare, 2)} |
| \`import('ecosystem-ledger')\` | ${fmt(whole, 1)} ms | ${fmt(whole - empty, 1)} ms | ${fmt((bare + whole) / bare, 2)} |
| \`import('ecosystem-ledger/royalty')\` | ${fmt(royalty, 1)} ms | ${fmt(royalty - empty, 1)} ms | ${fmt((bare + royalty) / bare, 2)} |

Budgets: the whole package adds at most 40 ms, \`./royalty\` at most 10 ms. zod (~80 ms here) is
loaded only by \`ecosystem-ledger/schema\`; settlement finds months with the built-in
\`Intl.DateTimeFormat\`.
`;
writeFileSync(here('../BENCHMARKS.md'), report);
console.log(report);

// The CLI against the plain-JS lower bound, whole process: fresh processes of
// `node bench/plain-settle.mjs`, `node bench/plain-settle-workers.mjs` (2 threads) and
// `node dist/cli.js settle`, interleaved round by round (so a drift in the machine's speed hits
// all of them alike), each writing its statements as CSV; wall time around the process and its
// peak RSS from `/usr/bin/time -v` (or, without it, from a preload that reports
// `process.resourceUsage()`), with its CPU time. The three statement files must be identical.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const TIME = '/usr/bin/time';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The processes compared, by name: the arguments after `node`, given the sales, credits and output files. */
const WAYS = {
  bound: (sales, credits, out) => [here('plain-settle.mjs'), sales, '--credits', credits, '--out', out],
  cli: (sales, credits, out) => [here('../dist/cli.js'), 'settle', sales, '--credits', credits, '--out', out],
  workers: (sales, credits, out) => [here('plain-settle-workers.mjs'), sales, '--credits', credits, '--out', out, '--workers', '2'],
};

/** One fresh process: `{ ms, cpuMs, rssMb }` (wall, user + system CPU, peak RSS). The bench itself may be pinned to one core; these get every core. */
function runOnce(args) {
  const useTime = existsSync(TIME);
  const node = useTime ? [TIME, '-v', process.execPath] : [process.execPath, '--import', here('peak-rss.mjs')];
  const command = process.env.BENCH_PINNED ? ['taskset', '-c', `0-${cpus().length - 1}`, ...node] : node;
  const started = performance.now();
  const child = spawnSync(command[0], [...command.slice(1), ...args], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`);
  const [kb, user, system] = useTime
    ? [/Maximum resident set size \(kbytes\): (\d+)/, /User time \(seconds\): ([\d.]+)/, /System time \(seconds\): ([\d.]+)/].map((re) => re.exec(child.stderr)?.[1])
    : /peak-rss-kb (\d+) user-ms ([\d.]+) system-ms ([\d.]+)/.exec(child.stderr)?.slice(1) ?? [];
  if (kb === undefined) throw new Error(`no peak RSS in the output of ${args.join(' ')}`);
  const cpuMs = useTime ? (Number(user) + Number(system)) * 1000 : Number(user) + Number(system);
  return { ms, cpuMs, rssMb: Number(kb) / 1024 };
}

/**
 * For each size, `rounds` rounds of bound, CLI and 2-thread bound in fresh processes: their
 * medians `{ size, ways: { bound, cli, workers } }`, each `{ ms, cpuMs, rssMb }`.
 */
export function measureAgainstBound(sizes, fileOf, credits, rounds) {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-against-bound-'));
  try {
    return sizes.map((size) => {
      const runs = Object.fromEntries(Object.keys(WAYS).map((way) => [way, []]));
      for (let round = 0; round < rounds; round++) {
        for (const [way, argsOf] of Object.entries(WAYS)) runs[way].push(runOnce(argsOf(fileOf(size), credits, join(dir, `${way}.csv`))));
        if (round === 0) {
          const cli = readFileSync(join(dir, 'cli.csv'), 'utf8');
          for (const way of Object.keys(WAYS)) {
            if (readFileSync(join(dir, `${way}.csv`), 'utf8') !== cli) throw new Error(`${way} wrote other statements than the CLI for ${size} sales`);
          }
        }
        console.error(`  against the bound, ${size} sales, round ${round + 1}: ${Object.entries(runs).map(([w, r]) => `${w} ${Math.round(r[round].ms)} ms`).join(', ')}`);
      }
      const ways = Object.fromEntries(Object.entries(runs).map(([way, r]) => [way, { ms: median(r.map((x) => x.ms)), cpuMs: median(r.map((x) => x.cpuMs)), rssMb: median(r.map((x) => x.rssMb)) }]));
      return { size, ways };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The "Against a plain-JS lower bound" section of BENCHMARKS.md for the results of measureAgainstBound. */
export function boundSection(results, rounds, fmt) {
  const rows = results.map(({ size, ways: { bound, cli, workers } }) =>
    [
      fmt(size),
      `${fmt(bound.ms)} ms`,
      `${fmt(cli.ms)} ms`,
      `**${fmt(cli.ms / bound.ms, 2)}×**`,
      `${fmt(bound.cpuMs)} / ${fmt(cli.cpuMs)} ms (${fmt(cli.cpuMs / bound.cpuMs, 2)}×)`,
      `${fmt(bound.rssMb)} MB`,
      `${fmt(cli.rssMb)} MB`,
      `**${fmt(cli.rssMb / bound.rssMb, 2)}×**`,
      `${fmt(workers.ms)} ms (${fmt(bound.ms / workers.ms, 2)}×), CPU ${fmt(workers.cpuMs)} ms`,
      `${fmt(workers.rssMb)} MB`,
    ].join(' | '),
  );
  const secondCore = results
    .map(({ size, ways: { bound, workers } }) => {
      const speedUp = bound.ms / workers.ms;
      const extraCpu = workers.cpuMs - bound.cpuMs;
      return `at ${fmt(size)} sales ${speedUp >= 1 ? `${fmt(speedUp, 2)}× the bound's speed` : `nothing — the 2-thread bound took ${fmt(1 / speedUp, 2)}× the bound's time`}, for ${fmt(extraCpu)} ms more CPU time`;
    })
    .join('; ');
  return `## Against a plain-JS lower bound

**The bound** (bench/plain-settle.mjs) is the same settlement written as one tight loop in a
single file, with no dependencies: one reused buffer filled 1 MiB at a time by \`fs.readSync\`,
every field parsed from the bytes with the library's checks (id, kind, quantity, price with at
most 2 decimals and within the cap, timestamp with its offset, known track; a line that is not
UTF-8, checked once per chunk, or longer than 1 MiB is rejected whole), a hashed track lookup,
exact duplicates by (sale id, kind) (a bitset for numbered ids, a byte-keyed open-addressing
table for others), Asia/Shanghai months from Intl (a local year outside 0000–9999 rejected),
integer fen per track-month, one largest remainder per
track-month, and the statements per month and payee written as CSV. bench/check-bound.mjs
proves it settles exactly as \`settleMonthly\` (same statements and lines, same rejected rows
and rejected gross, on a generated ledger and on one with refunds, bad rows and duplicates);
\`npm run bench\` reports nothing unless it passes. **The 2-thread bound**
(bench/plain-settle-workers.mjs) cuts the file at line boundaries into two byte ranges, settles
one in the main thread and one in a \`worker_threads\` worker, and merges the sums exactly,
duplicates across ranges included.

Measured on ${new Date().toISOString().slice(0, 10)}: whole process, ${rounds} interleaved rounds of fresh processes (bound, CLI, 2-thread bound, then
again), every process free to use both cores; medians. **CLI** is
\`node dist/cli.js settle <file> --credits <credits.json> --out <statements.csv>\`; all three
write the same statements file. Wall time around each process; CPU time (user + system) and peak
RSS from \`/usr/bin/time -v\`.

| sales | bound | CLI | CLI / bound | CPU time, bound / CLI | bound peak RSS | CLI peak RSS | CLI / bound | 2-thread bound (speed-up over the bound) | 2-thread peak RSS |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((r) => `| ${r} |`).join('\n')}

Targets: the CLI at most 1.5× the bound's time and peak RSS (aim 1.2×). What the second core
bought: ${secondCore}.
`;
}

/** `markdown` (BENCHMARKS.md) with its bound section replaced by `section`, or added before "## Cold start". */
export function withBoundSection(markdown, section) {
  const heading = '## Against a plain-JS lower bound';
  const start = markdown.indexOf(heading);
  if (start < 0) {
    const before = markdown.indexOf('## Cold start');
    return before < 0 ? `${markdown}\n${section}` : `${markdown.slice(0, before)}${section}\n${markdown.slice(before)}`;
  }
  const next = markdown.indexOf('\n## ', start + heading.length);
  return `${markdown.slice(0, start)}${section}${next < 0 ? '' : markdown.slice(next)}`;
}

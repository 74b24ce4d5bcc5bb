// The plain-JS bound on several cores: the file is cut into byte ranges at line boundaries,
// each range is settled by bench/plain-settle.mjs's loop (the first in the main thread, the
// others in worker threads), and the per (track, month) sums are merged exactly. A (sale id,
// kind) accepted in a range that an earlier range already accepted is a duplicate across ranges:
// its worker settles its range once more, counting only those, and that is taken back out
// of its sums and counted as rejected — so the statements are the single-thread ones,
// duplicates across ranges included.
//
//   node bench/plain-settle-workers.mjs <sales.csv> --credits <credits.json> [--workers 2] [--out …] [--json …]
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { argsOf, columnsOf, createByteTable, createSeenIds, createSettler, planOf, readHeader, report, statementsOf } from './plain-settle.mjs';

const LF = 10;

/** Offsets cutting [from, size) of the file into `parts` ranges, each ending just after a line feed. */
function cuts(fd, from, size, parts) {
  const probe = Buffer.alloc(1 << 16);
  const at = [from];
  for (let k = 1; k < parts; k++) {
    let position = Math.max(at[k - 1], Math.floor(from + ((size - from) * k) / parts));
    for (;;) {
      const got = readSync(fd, probe, 0, probe.length, position);
      const nl = probe.subarray(0, got).indexOf(LF);
      if (got === 0 || nl >= 0) {
        position = got === 0 ? size : position + nl + 1;
        break;
      }
      position += got;
    }
    at.push(position);
  }
  at.push(size);
  return at;
}

/** The ids that `later` (a seen-ids snapshot) accepted and any of `earlier` had already: byte strings. */
function repeatedIds(later, earlier) {
  const before = earlier.map((snapshot) => createSeenIds(snapshot));
  const seenBefore = (bytes, start, end) => before.some((seen) => seen.has(bytes, start, end));
  const repeated = [];
  const { prefix, bits, others } = later;
  for (let k = 0; k < others.count; k++) {
    if (seenBefore(others.arena, others.starts[k], others.starts[k + 1])) repeated.push(others.arena.slice(others.starts[k], others.starts[k + 1]));
  }
  if (prefix === undefined) return repeated;
  // with the same prefix everywhere, a number can only repeat where the bitsets overlap
  const sharedPrefix = earlier.every((e) => e.prefix !== undefined && e.prefix.length === prefix.length && e.prefix.every((b, i) => b === prefix[i]));
  const id = new Uint8Array(prefix.length + 10);
  id.set(prefix);
  for (let word = 0; word < bits.length; word++) {
    let candidates = bits[word];
    if (sharedPrefix) {
      // in this range and in any earlier one
      let before = 0;
      for (const e of earlier) before |= e.bits[word] ?? 0;
      candidates &= before;
    }
    if (candidates === 0) continue;
    for (let bit = 0; bit < 32; bit++) {
      if ((candidates & (1 << bit)) === 0) continue;
      const digits = String(word * 32 + bit);
      for (let i = 0; i < digits.length; i++) id[prefix.length + i] = digits.charCodeAt(i);
      const end = prefix.length + digits.length;
      if (seenBefore(id, 0, end)) repeated.push(id.slice(0, end));
    }
  }
  return repeated;
}

/**
 * Starts a worker on one range: resolves to its sums and `repeated(ids)`, which has it settle
 * its range again counting only `ids` (the sale ids of sales, of refunds; null for none).
 */
async function startWorker(task) {
  const worker = new Worker(new URL(import.meta.url), { workerData: task });
  const [sums] = await once(worker, 'message');
  return {
    sums,
    async repeated(ids) {
      worker.postMessage(ids);
      const [again] = await once(worker, 'message');
      return again;
    },
  };
}

/** Adds (sign +1) or takes away (sign −1) the track-month sums of `part` to `into`, months matched by label. */
function addSums(into, part, sign) {
  const { monthLabels, monthCap } = part;
  const trackCount = part.gross.length / monthCap;
  const ids = monthLabels.map((label) => {
    let id = into.monthLabels.indexOf(label);
    if (id < 0) id = into.monthLabels.push(label) - 1;
    return id;
  });
  if (into.monthLabels.length > into.monthCap) throw new Error('more months than the merge has room for');
  for (let t = 0; t < trackCount; t++) {
    for (let m = 0; m < monthLabels.length; m++) {
      const from = t * monthCap + m;
      if (part.sales[from] === 0) continue;
      const to = t * into.monthCap + ids[m];
      into.gross[to] += sign * part.gross[from];
      into.units[to] += sign * part.units[from];
      into.sales[to] += sign * part.sales[from];
    }
  }
}

/** Settles `file` as settleFile does, in `workers` threads (this one and `workers` − 1 workers): `{ statements, counts }`. */
export async function settleFileInWorkers(file, creditsByTrack, withLines, workers = 2) {
  const fd = openSync(file, 'r');
  const { header, next } = readHeader(fd);
  const at = cuts(fd, next, fstatSync(fd).size, workers);
  closeSync(fd);
  const columns = columnsOf(header);
  // the credits travel as text: one string is copied to a worker far faster than an object graph
  const credits = JSON.stringify(creditsByTrack);
  const started = at.slice(1, -1).map((from, k) => startWorker({ file, credits, columns, from, to: at[k + 2] }));
  // the first range is settled here, while the workers settle theirs: this thread is one of the `workers`
  const plan = planOf(creditsByTrack);
  const here = createSettler(plan, columns);
  const own = openSync(file, 'r');
  here.range(own, at[0], at[1]);
  closeSync(own);
  const runs = [{ sums: here.sums(), repeated: async () => null }, ...(await Promise.all(started))];
  const monthCap = Math.max(...runs.map((r) => r.sums.monthLabels.length)) * workers;
  const trackCount = plan.tracks.length;
  const merged = {
    gross: new Float64Array(trackCount * monthCap),
    units: new Float64Array(trackCount * monthCap),
    sales: new Float64Array(trackCount * monthCap),
    monthCap,
    monthLabels: [],
  };
  const counts = { read: 0, rejected: 0, rejectedGross: 0 };
  for (const [k, { sums, repeated }] of runs.entries()) {
    addSums(merged, sums, 1);
    counts.read += sums.counts.read;
    counts.rejected += sums.counts.rejected;
    counts.rejectedGross += sums.counts.rejectedGross;
    // per kind (sales, refunds): the ids this range accepted that an earlier one had accepted
    const ids = sums.seen.map((seen, kind) => (k === 0 ? [] : repeatedIds(seen, runs.slice(0, k).map((r) => r.sums.seen[kind]))));
    const taken = await repeated(ids);
    const repeats = ids[0].length + ids[1].length;
    if (repeats === 0) continue;
    // the first accepted copy of each repeated (id, kind) is a duplicate after all
    addSums(merged, taken, -1);
    counts.rejected += repeats;
    for (let i = 0; i < taken.gross.length; i++) counts.rejectedGross += taken.gross[i];
  }
  return { statements: statementsOf(plan, merged, withLines), counts };
}

function work() {
  const { file, credits, columns, from, to } = workerData;
  const plan = planOf(JSON.parse(credits));
  const fd = openSync(file, 'r');
  const settler = createSettler(plan, columns);
  settler.range(fd, from, to);
  const sums = settler.sums();
  parentPort.postMessage(sums, [sums.gross.buffer, sums.units.buffer, sums.sales.buffer]);
  parentPort.once('message', (ids) => {
    if (ids.some((list) => list.length > 0)) {
      const only = ids.map((list) => {
        const table = createByteTable(1 << 10);
        for (const id of list) table.add(id, 0, id.length);
        return table;
      });
      const again = createSettler(plan, columns, only);
      again.range(fd, from, to);
      parentPort.postMessage(again.sums());
    } else {
      parentPort.postMessage(null);
    }
    closeSync(fd);
    parentPort.close();
  });
}

async function main() {
  const argv = process.argv.slice(2);
  const w = argv.indexOf('--workers');
  const workers = w < 0 ? 2 : Number(argv.splice(w, 2)[1]);
  const options = argsOf(argv);
  const { statements, counts } = await settleFileInWorkers(options.file, JSON.parse(readFileSync(options.credits, 'utf8')), Boolean(options.json), workers);
  report(statements, counts, options);
}

if (!isMainThread) work();
else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

// Deterministic sales-ledger generator for the settlement benchmark.
//
//   node bench/generate-sales.mjs [--unknown-tracks] <count> <out.csv> [credits.json]
//
// Same count → byte-identical files. --unknown-tracks names tracks missing from the credits
// (the one-wrong-credits-file case: every row is rejected as UNKNOWN_TRACK), all else alike. Track popularity is heavy-headed (a few hits take most
// sales); every track credits 1–3 payees per musician-platform role.
import { createWriteStream, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';

/** mulberry32: a small seeded PRNG, so every run produces the same ledger. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TRACKS = 5000;
const PAYEES = 1500;
const ROLES = ['lyricist', 'composer', 'producer'];
const OFFSETS = ['Z', '+08:00', '-05:00', '+09:00', '+00:00'];
const MONTH_START = Date.UTC(2024, 0, 1);
const SPAN_MS = 181 * 86_400_000; // January to June 2024

const trackId = (i) => `t${String(i).padStart(5, '0')}`;

/** Credits: track id → 1–3 payees per role with small integer shares. */
export function makeCredits() {
  const random = prng(7);
  const credits = {};
  for (let t = 0; t < TRACKS; t++) {
    credits[trackId(t)] = ROLES.flatMap((role) =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
        role,
        payee: `p${String(Math.floor(random() * PAYEES)).padStart(4, '0')}`,
        share: 1 + Math.floor(random() * 5),
      })),
    ).filter((c, i, all) => all.findIndex((o) => o.role === c.role && o.payee === c.payee) === i);
  }
  return credits;
}

function pad(n, width = 2) {
  return String(n).padStart(width, '0');
}

/** Formats an instant at a given offset as `YYYY-MM-DDTHH:mm:ss±HH:MM` (or `Z`). */
function stamp(ms, offset) {
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const d = new Date(ms + minutes * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${offset}`;
}

/** Yields CSV lines (header first) for `count` sales; with `unknownTracks`, of tracks that have no credits. */
export function* salesCsvLines(count, { unknownTracks = false } = {}) {
  const trackName = unknownTracks ? (i) => `x${trackId(i)}` : trackId;
  const random = prng(42);
  yield 'sale_id,track_id,sold_at,price,quantity';
  for (let i = 0; i < count; i++) {
    const track = Math.floor(TRACKS * random() ** 3); // heavy head: u³ piles sales on low ids
    const cents = 1 + Math.floor(random() * 5000); // 0.01 … 50.00, the musician-platform cap
    const price = `${Math.floor(cents / 100)}.${pad(cents % 100)}`;
    const at = stamp(MONTH_START + Math.floor(random() * SPAN_MS), OFFSETS[Math.floor(random() * OFFSETS.length)]);
    const quantity = random() < 0.9 ? 1 : 2 + Math.floor(random() * 3);
    yield `s${i},${trackName(track)},${at},${price},${quantity}`;
  }
}

async function main() {
  const args = process.argv.slice(2);
  const unknownTracks = args[0] === '--unknown-tracks';
  const [count, out, creditsOut] = unknownTracks ? args.slice(1) : args;
  if (!count || !out) {
    console.error('usage: node bench/generate-sales.mjs [--unknown-tracks] <count> <out.csv> [credits.json]');
    process.exit(2);
  }
  // written aside and renamed when complete, so an interrupted run leaves no half ledger behind
  const file = createWriteStream(`${out}.part`);
  let buffer = '';
  for (const line of salesCsvLines(Number(count), { unknownTracks })) {
    buffer += line + '\n';
    if (buffer.length > 1 << 20) {
      if (!file.write(buffer)) await once(file, 'drain');
      buffer = '';
    }
  }
  file.end(buffer);
  await once(file, 'finish');
  renameSync(`${out}.part`, out);
  if (creditsOut) writeFileSync(creditsOut, JSON.stringify(makeCredits()));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

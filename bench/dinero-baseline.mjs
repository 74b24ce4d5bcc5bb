// The baseline the benchmark compares against: how a developer would settle a sales ledger
// without ecosystem-ledger — a Dinero object and a dinero.js `allocate` per sale, a cached
// Intl formatter for the Shanghai month, totals kept per (month, payee).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { add, allocate, dinero, toSnapshot } from 'dinero.js';
import { CNY } from 'dinero.js/currencies';

const ROLE_WEIGHTS = { lyricist: 10, composer: 10, producer: 80 };
/** How both ways read the ledger: 1 MiB chunks, far fewer reads than the default 64 KiB. */
export const READ_OPTIONS = Object.freeze({ highWaterMark: 1 << 20 });
const monthFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' });

/** Per track: the payees and their ratios (role percentage × share of the role, as integers). */
function ratiosOf(credits) {
  const plans = new Map();
  for (const [track, entries] of Object.entries(credits)) {
    const roleTotals = {};
    for (const c of entries) roleTotals[c.role] = (roleTotals[c.role] ?? 0) + c.share;
    const denominator = Object.values(roleTotals).reduce((a, b) => a * b, 1);
    plans.set(track, {
      payees: entries.map((c) => c.payee),
      ratios: entries.map((c) => (ROLE_WEIGHTS[c.role] * c.share * denominator) / roleTotals[c.role]),
    });
  }
  return plans;
}

/** Settles pre-split rows `[id, track, soldAt, price, quantity]` by the plans of ratiosOf; returns month → payee → cents. */
function settleRowsWithDinero(rows, plans) {
  const totals = new Map();
  for (const [, track, soldAt, price, quantity] of rows) {
    const plan = plans.get(track);
    if (!plan) continue;
    const amount = Math.round(Number(price) * 100) * Number(quantity || 1);
    const month = monthFormat.format(new Date(soldAt));
    let byPayee = totals.get(month);
    if (!byPayee) totals.set(month, (byPayee = new Map()));
    allocate(dinero({ amount, currency: CNY }), plan.ratios).forEach((share, i) => {
      const payee = plan.payees[i];
      const before = byPayee.get(payee);
      byPayee.set(payee, before ? add(before, share) : share);
    });
  }
  return new Map([...totals].map(([m, byPayee]) => [m, new Map([...byPayee].map(([p, d]) => [p, toSnapshot(d).amount]))]));
}

/** Reads the CSV line by line (readline, split on commas) and settles it with dinero.js. */
export async function settleCsvWithDinero(file, credits) {
  const rows = [];
  const plans = ratiosOf(credits); // once, as a developer would
  const settle = () => settleRowsWithDinero(rows.splice(0), plans);
  const merged = new Map();
  let header = true;
  for await (const line of createInterface({ input: createReadStream(file, READ_OPTIONS), crlfDelay: Infinity })) {
    if (header) { header = false; continue; }
    rows.push(line.split(','));
    if (rows.length === 10_000) mergeInto(merged, settle());
  }
  mergeInto(merged, settle());
  return merged;
}

function mergeInto(target, part) {
  for (const [month, byPayee] of part) {
    let into = target.get(month);
    if (!into) target.set(month, (into = new Map()));
    for (const [payee, cents] of byPayee) into.set(payee, (into.get(payee) ?? 0) + cents);
  }
}

// The plain-JS lower bound of the settlement benchmark: the musician-platform settlement of a
// sales CSV written as one tight, dependency-free, single-thread loop, to show how fast the
// same computation can go in JavaScript. It keeps every check `settleMonthly` makes on a row
// (id, kind, quantity, price with at most 2 decimals and within the 50.00 cap, timestamp with
// its offset, known track, duplicate (sale id, kind) — the first acceptable copy wins; a line
// that is not UTF-8 or longer than 1 MiB is rejected whole), files sales under their
// Asia/Shanghai month (a local year outside 0000–9999 is rejected), sums integer fen per (track, month), apportions each
// track-month once by largest remainder (ties to the earlier credit) and builds one statement
// per (month, payee). bench/check-bound.mjs proves it settles exactly as the library does.
//
//   node bench/plain-settle.mjs <sales.csv> --credits <credits.json> [--out statements.csv] [--json settlement.json]
//
// Prints a one-line JSON summary (row counts, totals and a checksum of the statements);
// --out writes month,payee,amount as the CLI does, --json the statements with their lines.
// Lines with a double quote (RFC 4180 quoted fields) are outside what it covers: it stops
// with an error rather than misread them. The timestamp grammar and the largest remainder
// restate the library's (src/settlement/_lib/parse-timestamp.ts, src/money/largest-remainder.ts) on
// purpose: the bound imports nothing, so that it measures the loop and not the package.
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ZONE = 'Asia/Shanghai';
const ROLES = ['lyricist', 'composer', 'producer'];
const ROLE_WEIGHTS = [10, 10, 80];
const PRICE_CAP = 5000; // 50.00 CNY, in fen
const SCALE = 2;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const CHUNK = 1 << 20;
const MAX_LINE = 1 << 20; // a longer line (its CR and LF aside) is MALFORMED_LINE, as in the library's splitter
const MAX_NUMBERED = 1 << 27; // a numbered id's bitset stays within 16 MiB
// the months whose starts come from Intl's zone rules (on first use); any other month is labelled by Intl when met
const FIRST_YEAR = 2020;
const LAST_YEAR = 2029;

const LF = 10;
const CR = 13;
const COMMA = 44;
const QUOTE = 34;
const MINUS = 45;
const POINT = 46;
const ZERO = 48;
const MS_PER_DAY = 86_400_000;
const MEAN_MONTH_MS = (365.2425 / 12) * MS_PER_DAY; // of the Gregorian calendar: a guess within a month
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** FNV-1a over `bytes[start, end)`, cut to 30 bits: a small integer that is never boxed. */
function hashBytes(bytes, start, end) {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h & 0x3fffffff;
}

/**
 * A set of byte strings by open addressing: keys live in one growing arena, so a lookup
 * allocates nothing. `add` returns the key's index if it was new, else −1 − its index.
 */
export function createByteTable(capacity = 1024) {
  let slots = new Int32Array(capacity); // 1 + key index, 0 when free
  let arena = new Uint8Array(capacity * 8);
  let used = 0;
  let starts = new Int32Array(capacity);
  let hashes = new Int32Array(capacity);
  let count = 0;

  const equal = (key, bytes, start, end) => {
    const at = starts[key];
    if (starts[key + 1] - at !== end - start) return false;
    for (let i = start; i < end; i++) if (arena[at + i - start] !== bytes[i]) return false;
    return true;
  };
  const grow = () => {
    const wider = new Int32Array(slots.length * 2);
    const mask = wider.length - 1;
    for (let key = 0; key < count; key++) {
      let s = hashes[key] & mask;
      while (wider[s] !== 0) s = (s + 1) & mask;
      wider[s] = key + 1;
    }
    slots = wider;
  };
  const table = {
    get count() {
      return count;
    },
    find(bytes, start, end) {
      const h = hashBytes(bytes, start, end);
      const mask = slots.length - 1;
      for (let s = h & mask; ; s = (s + 1) & mask) {
        const key = slots[s] - 1;
        if (key < 0) return -1;
        if (hashes[key] === h && equal(key, bytes, start, end)) return key;
      }
    },
    add(bytes, start, end) {
      const h = hashBytes(bytes, start, end);
      const mask = slots.length - 1;
      let s = h & mask;
      for (; ; s = (s + 1) & mask) {
        const key = slots[s] - 1;
        if (key < 0) break;
        if (hashes[key] === h && equal(key, bytes, start, end)) return -1 - key;
      }
      if (count + 2 > starts.length) {
        starts = grownTo(starts, count + 2);
        hashes = grownTo(hashes, count + 2);
      }
      if (used + end - start > arena.length) arena = grownTo(arena, used + end - start);
      arena.set(bytes.subarray(start, end), used);
      used += end - start;
      starts[count] = used - (end - start);
      starts[count + 1] = used;
      hashes[count] = h;
      slots[s] = ++count;
      if (count * 2 > slots.length) grow();
      return count - 1;
    },
    /** The keys, for a merge: `arena[starts[k], starts[k + 1])` is key k. */
    keys: () => ({ arena: arena.subarray(0, used), starts: starts.subarray(0, count + 1), count }),
  };
  return table;
}

function grownTo(array, size) {
  let length = array.length * 2;
  while (length < size) length *= 2;
  const wider = new array.constructor(length);
  wider.set(array);
  return wider;
}

/**
 * The sale ids seen so far. Numbered ids sharing one prefix ("s0", "s1", …; digits without a
 * leading zero) are bits of a bitset, a bit per number; any other id is a key of a byte table.
 */
export function createSeenIds(snapshot) {
  let prefix = snapshot?.prefix; // the prefix's bytes, taken from the first numbered id
  let bits = snapshot?.bits ?? new Uint32Array(1 << 10);
  const others = createByteTable(1 << 10);
  if (snapshot) {
    const { arena, starts, count } = snapshot.others;
    for (let k = 0; k < count; k++) others.add(arena, starts[k], starts[k + 1]);
  }

  // the number of a numbered id with the shared prefix, else −1
  const numberOf = (bytes, start, end, adopt) => {
    let j = end;
    while (j > start && bytes[j - 1] - ZERO >>> 0 < 10) j--;
    const digits = end - j;
    if (digits === 0 || digits > 9 || (digits > 1 && bytes[j] === ZERO) || j - start > 16) return -1;
    // a copy: Buffer#slice would be a view of the read buffer, overwritten by the next chunk
    if (prefix === undefined && adopt) prefix = Uint8Array.prototype.slice.call(bytes, start, j);
    if (prefix === undefined || j - start !== prefix.length) return -1;
    for (let i = start; i < j; i++) if (bytes[i] !== prefix[i - start]) return -1;
    let n = 0;
    for (let i = j; i < end; i++) n = n * 10 + bytes[i] - ZERO;
    return n < MAX_NUMBERED ? n : -1;
  };
  return {
    /** Whether the id in `bytes[start, end)` is new (and now seen). */
    add(bytes, start, end) {
      const n = numberOf(bytes, start, end, true);
      if (n < 0) return others.add(bytes, start, end) >= 0;
      const word = n >>> 5;
      if (word >= bits.length) bits = grownTo(bits, word + 1);
      const bit = 1 << (n & 31);
      if ((bits[word] & bit) !== 0) return false;
      bits[word] |= bit;
      return true;
    },
    /** Whether the id in `bytes[start, end)` has been seen. */
    has(bytes, start, end) {
      const n = numberOf(bytes, start, end, false);
      if (n < 0) return others.find(bytes, start, end) >= 0;
      const word = n >>> 5;
      return word < bits.length && (bits[word] & (1 << (n & 31))) !== 0;
    },
    /** What a merge needs: the prefix, the bitset and the other ids (createSeenIds takes it back). */
    snapshot: () => ({ prefix, bits, others: others.keys() }),
  };
}

/** The offset of `zone` from UTC at `epochMs`, in ms, from Intl. */
function offsetAt(format, epochMs) {
  const p = Object.fromEntries(format.formatToParts(epochMs).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(epochMs / 1000) * 1000;
}

/**
 * Calendar months in `zone`: `startAt(m)`, the UTC instant where month m of FIRST_YEAR…LAST_YEAR
 * starts (local midnight on the 1st, its offset from Intl; computed on first use, as only a few
 * are sold), their 'YYYY-MM' labels, and `extra(epochMs)` labelling an instant outside them
 * with Intl (undefined outside the years 0000–9999).
 */
function zoneMonths(zone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  const count = (LAST_YEAR - FIRST_YEAR + 1) * 12;
  const starts = new Float64Array(count + 1).fill(NaN);
  const labels = Array.from({ length: count }, (_, m) => `${FIRST_YEAR + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  const startAt = (m) => {
    const start = starts[m];
    if (start === start) return start; // not NaN: computed
    const local = Date.UTC(FIRST_YEAR + Math.floor(m / 12), m % 12, 1);
    return (starts[m] = local - offsetAt(parts, local - offsetAt(parts, local)));
  };
  const label = new Intl.DateTimeFormat('en-US', { timeZone: zone, era: 'short', year: 'numeric', month: '2-digit' });
  // undefined for a local year outside 0000–9999 (1 BC is the year 0000), which four digits cannot label
  const extra = (epochMs) => {
    const p = Object.fromEntries(label.formatToParts(epochMs).map(({ type, value }) => [type, value]));
    const year = p.era === 'BC' ? 1 - Number(p.year) : Number(p.year);
    return year < 0 || year > 9999 ? undefined : `${String(year).padStart(4, '0')}-${p.month}`;
  };
  return { startAt, count, labels, extra };
}

/** The column of each header field; throws for a header settleMonthly would refuse. */
export function columnsOf(header) {
  const names = header.split(',');
  const at = (name) => names.indexOf(name);
  const columns = { id: at('sale_id'), track: at('track_id'), soldAt: at('sold_at'), price: at('price'), quantity: at('quantity'), kind: at('kind'), width: names.length };
  const known = ['sale_id', 'track_id', 'sold_at', 'price', 'quantity', 'kind'];
  if (columns.id < 0 || columns.track < 0 || columns.soldAt < 0 || columns.price < 0 || names.some((n, i) => !known.includes(n) || names.indexOf(n) !== i)) {
    throw new Error(`unsupported header ${JSON.stringify(header)}`);
  }
  return columns;
}

/** Per credited track, in name order: its payee numbers and reduced weights (as splitWeights computes them). */
export function planOf(creditsByTrack) {
  const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
  const tracks = Object.keys(creditsByTrack).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const payeeNumbers = new Map();
  const trackTable = createByteTable(1 << 14);
  const encoder = new TextEncoder();
  const sums = new Float64Array(ROLES.length);
  const plans = tracks.map((track) => {
    const credits = creditsByTrack[track];
    sums.fill(0);
    const roleOf = credits.map(({ role, share }) => {
      const r = ROLES.indexOf(role);
      if (r < 0) throw new Error(`credits of ${track} name role ${role}, which the musician-platform rule lacks`);
      sums[r] += share;
      return r;
    });
    if (sums.includes(0)) throw new Error(`credits of ${track} leave a role of the musician-platform rule uncredited`);
    const denominator = sums.reduce((lcm, sum) => (lcm / gcd(lcm, sum)) * sum, 1);
    // entries in rule-role order, then the credits' order within a role
    const order = roleOf.map((_, i) => i).sort((a, b) => roleOf[a] - roleOf[b] || a - b);
    const roles = order.map((i) => roleOf[i]);
    const weights = Float64Array.from(order, (i) => ((ROLE_WEIGHTS[roleOf[i]] * denominator) / sums[roleOf[i]]) * credits[i].share);
    const common = weights.reduce(gcd, 0);
    for (let i = 0; i < weights.length; i++) weights[i] /= common;
    const payees = Int32Array.from(order, (i) => {
      const { payee } = credits[i];
      if (!payeeNumbers.has(payee)) payeeNumbers.set(payee, payeeNumbers.size);
      return payeeNumbers.get(payee);
    });
    const bytes = encoder.encode(track);
    trackTable.add(bytes, 0, bytes.length);
    return { roles, payees, weights, total: weights.reduce((a, b) => a + b, 0) };
  });
  return { tracks, plans, payees: [...payeeNumbers.keys()], trackTable };
}

/** The integer in `bytes[start, end)` if that is 1 to 16 ASCII digits and safe, else −1. */
function digitsValue(bytes, start, end) {
  if (end <= start || end - start > 16) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = bytes[i] - ZERO;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n <= MAX_SAFE ? n : -1;
}

/**
 * Minor units of the price in `bytes[start, end)`: optional '-', digits, optionally '.' and 1
 * or 2 digits (parseMinorUnits' grammar); NaN when it is not one or is unsafe.
 */
function priceUnits(bytes, start, end) {
  const negative = bytes[start] === MINUS && end > start;
  let i = negative ? start + 1 : start;
  const from = i;
  let units = 0;
  for (; i < end; i++) {
    const digit = bytes[i] - ZERO;
    if (digit < 0 || digit > 9) break;
    units = units * 10 + digit;
  }
  if (i === from) return NaN;
  let decimals = 0;
  if (i < end) {
    if (bytes[i] !== POINT || end - i - 1 < 1 || end - i - 1 > SCALE) return NaN;
    for (i++; i < end; i++) {
      const digit = bytes[i] - ZERO;
      if (digit < 0 || digit > 9) return NaN;
      units = units * 10 + digit;
      decimals++;
    }
  }
  for (; decimals < SCALE; decimals++) units *= 10;
  if (units > MAX_SAFE) return NaN;
  return negative ? 0 - units : units;
}

const digitAt = (bytes, at) => (bytes[at] - ZERO) >>> 0;
const leapDays = (x) => ((x / 4) | 0) - ((x / 100) | 0) + ((x / 400) | 0);

// where parseInstant leaves its result: a double returned from a call would be boxed, once per row
const instant = new Float64Array(1);

/**
 * Whether `bytes[start, end)` is `YYYY-MM-DDTHH:mm[:ss[.fff]]` then `Z` or `±HH:MM`, strictly
 * (as the library's timestampMs reads it); if so its epoch ms are left in `instant[0]`.
 */
function parseInstant(bytes, start, end) {
  if (end - start < 16) return false;
  const y0 = digitAt(bytes, start), y1 = digitAt(bytes, start + 1), y2 = digitAt(bytes, start + 2), y3 = digitAt(bytes, start + 3);
  const mo0 = digitAt(bytes, start + 5), mo1 = digitAt(bytes, start + 6), d0 = digitAt(bytes, start + 8), d1 = digitAt(bytes, start + 9);
  const h0 = digitAt(bytes, start + 11), h1 = digitAt(bytes, start + 12), mi0 = digitAt(bytes, start + 14), mi1 = digitAt(bytes, start + 15);
  if (
    y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || mo0 > 9 || mo1 > 9 || d0 > 9 || d1 > 9 || h0 > 9 || h1 > 9 || mi0 > 9 || mi1 > 9 ||
    bytes[start + 4] !== 45 || bytes[start + 7] !== 45 || bytes[start + 10] !== 84 || bytes[start + 13] !== 58
  ) {
    return false;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > monthDays || hour > 23 || minute > 59) return false;
  let at = start + 16;
  let second = 0;
  let ms = 0;
  if (at < end && bytes[at] === 58) {
    const s0 = digitAt(bytes, at + 1), s1 = digitAt(bytes, at + 2);
    if (at + 3 > end || s0 > 5 || s1 > 9) return false;
    second = s0 * 10 + s1;
    at += 3;
    if (at < end && bytes[at] === POINT) {
      const f0 = digitAt(bytes, at + 1), f1 = digitAt(bytes, at + 2), f2 = digitAt(bytes, at + 3);
      if (at + 4 > end || f0 > 9 || f1 > 9 || f2 > 9) return false;
      ms = f0 * 100 + f1 * 10 + f2;
      at += 4;
    }
  }
  let offsetMinutes = 0;
  const sign = bytes[at];
  if (sign === 90 && at + 1 === end) {
    offsetMinutes = 0;
  } else if ((sign === 43 || sign === 45) && at + 6 === end && bytes[at + 3] === 58) {
    const oh0 = digitAt(bytes, at + 1), oh1 = digitAt(bytes, at + 2), om0 = digitAt(bytes, at + 4), om1 = digitAt(bytes, at + 5);
    const hours = oh0 * 10 + oh1;
    if (oh0 > 2 || oh1 > 9 || hours > 23 || om0 > 5 || om1 > 9) return false;
    offsetMinutes = (sign === 43 ? 1 : -1) * (hours * 60 + om0 * 10 + om1);
  } else {
    return false;
  }
  const days = 365 * (year - 1970) + leapDays(year + 399) - 574 + DAYS_BEFORE_MONTH[month] + (leap && month > 2 ? 1 : 0) + day - 1;
  instant[0] = days * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
  return true;
}

const isWord = (bytes, start, end, word) => {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[start + i] !== word.charCodeAt(i)) return false;
  return true;
};

/**
 * A settlement in progress: `range(fd, from, to)` settles the lines in bytes [from, to) of an
 * open file (line-aligned), `sums()` hands over what a merge or the statements need. With
 * `only` (two byte tables of sale ids: of sales, of refunds), it counts those (id, kind) only.
 */
export function createSettler(plan, columns, only) {
  const { startAt, count: monthCount, labels, extra } = zoneMonths(ZONE);
  const firstStart = startAt(0);
  const lastStart = startAt(monthCount);
  // months get ids in the order they are first met (so the sums are as wide as the months
  // sold): `idOfStart[m]` is 1 + the id of precomputed month m, `monthIds` has the others
  const idOfStart = new Int32Array(labels.length);
  const monthIds = new Map();
  const monthLabels = [];
  const trackCount = plan.tracks.length;
  let monthCap = 8;
  let gross = new Float64Array(trackCount * monthCap);
  let units = new Float64Array(trackCount * monthCap);
  let sales = new Uint32Array(trackCount * monthCap); // sales counted per track-month
  const seen = [createSeenIds(), createSeenIds()]; // of sales, of refunds: duplicates are keyed by (id, kind)
  const counts = { read: 0, rejected: 0, rejectedGross: 0 };
  const { trackTable } = plan;
  const bounds = new Int32Array(8); // field k is bytes[bounds[k], bounds[k + 1] - 1)
  const { id: idColumn, track: trackColumn, soldAt: soldAtColumn, price: priceColumn, quantity: quantityColumn, kind: kindColumn, width } = columns;

  const newMonth = (label) => {
    const id = monthLabels.push(label) - 1;
    if (id >= monthCap) widen();
    return id;
  };
  // the month id of an instant: a guess from the mean month length, corrected against the
  // month starts; −1 outside the years a label can show
  const monthOf = (epochMs) => {
    if (epochMs >= firstStart && epochMs < lastStart) {
      let m = Math.min(monthCount - 1, Math.floor((epochMs - firstStart) / MEAN_MONTH_MS));
      while (startAt(m) > epochMs) m--;
      while (startAt(m + 1) <= epochMs) m++;
      if (idOfStart[m] === 0) idOfStart[m] = newMonth(labels[m]) + 1;
      return idOfStart[m] - 1;
    }
    const label = extra(epochMs);
    if (label === undefined) return -1;
    let id = monthIds.get(label);
    if (id === undefined) monthIds.set(label, (id = newMonth(label)));
    return id;
  };
  // more months than room: lay every track's months out again, twice as wide
  const widen = () => {
    const cap = monthCap * 2;
    const relaid = (array) => {
      const wider = new array.constructor(trackCount * cap);
      for (let t = 0; t < trackCount; t++) wider.set(array.subarray(t * monthCap, (t + 1) * monthCap), t * cap);
      return wider;
    };
    gross = relaid(gross);
    units = relaid(units);
    sales = relaid(sales);
    monthCap = cap;
  };
  const reject = (signedGross) => {
    counts.rejected++;
    counts.rejectedGross += signedGross;
  };

  // every check of one line (fields as in `bounds`), in settleMonthly's order
  const line = (bytes, fields) => {
    counts.read++;
    if (fields !== width) return reject(0); // MALFORMED_LINE
    const idStart = bounds[idColumn], idEnd = bounds[idColumn + 1] - 1;
    if (idEnd === idStart) return reject(0); // INVALID_ROW
    let refund = false;
    if (kindColumn >= 0) {
      const start = bounds[kindColumn], end = bounds[kindColumn + 1] - 1;
      refund = isWord(bytes, start, end, 'refund');
      if (!refund && end > start && !isWord(bytes, start, end, 'sale')) return reject(0); // INVALID_ROW
    }
    let count = 1;
    if (quantityColumn >= 0) {
      const start = bounds[quantityColumn], end = bounds[quantityColumn + 1] - 1;
      if (end > start) count = digitsValue(bytes, start, end);
      if (count < 1) return reject(0); // INVALID_QUANTITY
    }
    const price = priceUnits(bytes, bounds[priceColumn], bounds[priceColumn + 1] - 1);
    if (Number.isNaN(price)) return reject(0); // INVALID_AMOUNT, TOO_MANY_DECIMALS, UNSAFE_AMOUNT
    const saleGross = price * count;
    if (!(saleGross <= MAX_SAFE && saleGross >= -MAX_SAFE)) return reject(0); // UNSAFE_AMOUNT
    const signedGross = refund ? 0 - saleGross : saleGross;
    if (price <= 0 || price > PRICE_CAP) return reject(signedGross); // INVALID_PRICE, PRICE_ABOVE_CAP
    if (!parseInstant(bytes, bounds[soldAtColumn], bounds[soldAtColumn + 1] - 1)) return reject(signedGross); // INVALID_TIMESTAMP, NAIVE_TIMESTAMP
    const track = trackTable.find(bytes, bounds[trackColumn], bounds[trackColumn + 1] - 1);
    if (track < 0) return reject(signedGross); // UNKNOWN_TRACK
    const month = monthOf(instant[0]);
    if (month < 0) return reject(signedGross); // INVALID_TIMESTAMP: a local year outside 0000–9999
    const kind = refund ? 1 : 0;
    if (only !== undefined && only[kind].find(bytes, idStart, idEnd) < 0) return;
    if (!seen[kind].add(bytes, idStart, idEnd)) return reject(signedGross); // DUPLICATE_SALE
    const at = track * monthCap + month;
    const sum = gross[at] + signedGross;
    if (!(sum <= MAX_SAFE && sum >= -MAX_SAFE)) throw new Error('a track-month beyond 2^53 fen: outside what the bound covers');
    gross[at] = sum;
    units[at] += refund ? -count : count;
    sales[at]++;
  };

  // whether the lines being split need their UTF-8 checked (only those of a chunk that is not valid UTF-8 as a whole)
  let checkEncoding = false;
  const rejectLine = () => {
    counts.read++;
    reject(0); // MALFORMED_LINE, INVALID_ENCODING
  };

  // splits the line at `start` of `bytes` (up to a line feed or `end`) into `bounds` and settles it
  const split = (bytes, start, end) => {
    let fields = 1;
    bounds[0] = start;
    let i = start;
    for (; i < end; i++) {
      const c = bytes[i];
      if (c > COMMA) continue;
      if (c === COMMA) {
        if (fields < 7) bounds[fields] = i + 1;
        fields++;
      } else if (c === LF) {
        break;
      } else if (c === QUOTE) {
        throw new Error('a quoted CSV field: outside what the bound covers');
      }
    }
    const lineEnd = i > start && bytes[i - 1] === CR ? i - 1 : i;
    if (lineEnd - start > MAX_LINE || (checkEncoding && !isUtf8(bytes.subarray(start, lineEnd)))) {
      rejectLine();
    } else {
      bounds[Math.min(fields, 7)] = lineEnd + 1;
      line(bytes, fields);
    }
    return i + 1;
  };
  const noQuoteBefore = (end) => {
    const quote = buffer.indexOf(QUOTE);
    if (quote >= 0 && quote < end) throw new Error('a quoted CSV field: outside what the bound covers');
  };

  // room for a chunk after the longest line allowed, so that any line within MAX_LINE is whole in it
  const buffer = Buffer.allocUnsafe(CHUNK + MAX_LINE + 2);
  return {
    /** Settles the lines of bytes [from, to) of file `fd`, which start and end at line boundaries. */
    range(fd, from, to) {
      let kept = 0; // the partial last line, moved to the front of the buffer
      let skipping = false; // inside a line longer than the buffer, already rejected
      for (let position = from; position < to || kept > 0; ) {
        const wanted = Math.min(CHUNK, buffer.length - kept, to - position);
        const got = wanted > 0 ? readSync(fd, buffer, kept, wanted, position) : 0;
        position += got;
        const filled = kept + got;
        const last = got < wanted || position >= to; // the range's end, or the file's
        let start = 0;
        if (skipping) {
          const nl = buffer.indexOf(LF);
          const found = nl >= 0 && nl < filled;
          noQuoteBefore(found ? nl : filled);
          if (!found) {
            if (last) break;
            continue;
          }
          skipping = false;
          start = nl + 1;
        }
        // the complete lines: up to the last line feed, or everything at the end
        const complete = last ? filled : buffer.lastIndexOf(LF, filled - 1) + 1;
        // one check per chunk: a chunk of valid UTF-8 holds only lines of valid UTF-8
        checkEncoding = complete > start && !isUtf8(buffer.subarray(start, complete));
        while (start < complete) start = split(buffer, start, complete);
        if (last) break;
        if (complete === 0 && filled === buffer.length) {
          // a line longer than the buffer, so than MAX_LINE: rejected once, then skipped to its end
          noQuoteBefore(filled);
          rejectLine();
          skipping = true;
          kept = 0;
          continue;
        }
        buffer.copyWithin(0, start, filled);
        kept = filled - start;
      }
    },
    sums: () => ({ gross, units, sales, monthCap, monthLabels, counts, seen: seen.map((ids) => ids.snapshot()) }),
  };
}

/** Largest remainder of `magnitude` over `weights` (sum `total`) into `shares`, ties to the earlier weight. */
function apportion(magnitude, weights, total, shares, remainders) {
  const n = weights.length;
  let left = magnitude;
  for (let i = 0; i < n; i++) {
    const product = magnitude * weights[i];
    let share = Math.floor(product / total);
    let remainder = product - share * total;
    if (remainder < 0) {
      share--;
      remainder += total;
    } else if (remainder >= total) {
      share++;
      remainder -= total;
    }
    shares[i] = share;
    remainders[i] = remainder;
    left -= share;
  }
  for (; left > 0; left--) {
    let best = 0;
    for (let i = 1; i < n; i++) if (remainders[i] > remainders[best]) best = i;
    shares[best]++;
    remainders[best] = -1;
  }
}

/**
 * Apportions every track-month of `sums` once and groups the lines into statements by month
 * then payee; with `withLines`, each statement lists its [track, role, units, gross, amount].
 */
export function statementsOf(plan, { gross, units, sales, monthCap, monthLabels }, withLines) {
  const { tracks, plans, payees } = plan;
  const monthOrder = monthLabels.map((_, id) => id).sort((a, b) => (monthLabels[a] < monthLabels[b] ? -1 : 1));
  const months = monthLabels.length;
  const totals = new Float64Array(payees.length * months);
  const has = new Uint8Array(payees.length * months);
  const lines = withLines ? new Map() : undefined;
  const shares = new Float64Array(16);
  const remainders = new Float64Array(16);
  for (let t = 0; t < tracks.length; t++) {
    const { roles, payees: numbers, weights, total } = plans[t];
    for (const m of monthOrder) {
      const at = t * monthCap + m;
      if (sales[at] === 0) continue;
      const g = gross[at];
      const magnitude = Math.abs(g);
      if (total > MAX_SAFE / (magnitude + 1)) throw new Error('a track-month too large for plain numbers: outside what the bound covers');
      apportion(magnitude, weights, total, shares, remainders);
      for (let i = 0; i < weights.length; i++) {
        const share = g < 0 ? 0 - shares[i] : shares[i];
        const d = numbers[i] * months + m;
        totals[d] += share;
        has[d] = 1;
        if (lines) {
          let list = lines.get(d);
          if (!list) lines.set(d, (list = []));
          list.push([tracks[t], ROLES[roles[i]], units[at], g, share]);
        }
      }
    }
  }
  const payeeOrder = payees.map((_, n) => n).sort((a, b) => (payees[a] < payees[b] ? -1 : 1));
  const statements = [];
  for (const m of monthOrder) {
    for (const p of payeeOrder) {
      const d = p * months + m;
      if (has[d] === 0) continue;
      const statement = { month: monthLabels[m], payee: payees[p], total: totals[d] };
      if (lines) statement.lines = lines.get(d);
      statements.push(statement);
    }
  }
  return statements;
}

/** `units` fen as a decimal string, as toDecimal writes it. */
function decimal(units) {
  const digits = String(Math.abs(units)).padStart(SCALE + 1, '0');
  return `${units < 0 ? '-' : ''}${digits.slice(0, -SCALE)}.${digits.slice(-SCALE)}`;
}

/** The header line of the file at `fd` and the offset of the line after it (a leading BOM dropped). */
export function readHeader(fd) {
  const head = Buffer.alloc(4096);
  const got = readSync(fd, head, 0, head.length, 0);
  const nl = head.subarray(0, got).indexOf(LF);
  if (nl < 0) throw new Error('no header line in the first 4 KiB');
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const end = nl > bom && head[nl - 1] === CR ? nl - 1 : nl;
  return { header: head.toString('utf8', bom, end), next: nl + 1 };
}

/** The summary line: counts, totals, and an FNV-1a checksum of every "month payee total" of the statements. */
function summaryOf(statements, counts) {
  let paid = 0;
  let checksum = 0x811c9dc5;
  for (const { month, payee, total } of statements) {
    paid += total;
    const text = `${month} ${payee} ${total}\n`;
    for (let i = 0; i < text.length; i++) checksum = Math.imul(checksum ^ text.charCodeAt(i), 0x01000193);
  }
  return { ...counts, settled: counts.read - counts.rejected, statements: statements.length, paid, checksum: (checksum >>> 0).toString(16) };
}

/** Writes the outputs asked for by `--out` and `--json` and prints the summary. */
export function report(statements, counts, options) {
  if (options.out) writeFileSync(options.out, `month,payee,amount\n${statements.map((s) => `${s.month},${s.payee},${decimal(s.total)}\n`).join('')}`);
  if (options.json) writeFileSync(options.json, JSON.stringify({ ...counts, statements }));
  console.log(JSON.stringify(summaryOf(statements, counts)));
}

/** The command line: `<sales.csv> --credits <file> [--out <file>] [--json <file>]`. */
export function argsOf(argv) {
  const options = { file: undefined, credits: undefined, out: undefined, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith('--') ? argv[i].slice(2) : undefined;
    if (name === undefined) options.file = argv[i];
    else if (name in options) options[name] = argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!options.file || !options.credits) throw new Error('usage: <sales.csv> --credits <credits.json> [--out <file>] [--json <file>]');
  return options;
}

/** Settles the CSV `file` by `creditsByTrack` (track id → credits): `{ statements, counts }`. */
export function settleFile(file, creditsByTrack, withLines) {
  const plan = planOf(creditsByTrack);
  const fd = openSync(file, 'r');
  try {
    const { header, next } = readHeader(fd);
    const settler = createSettler(plan, columnsOf(header));
    settler.range(fd, next, Infinity);
    const sums = settler.sums();
    return { statements: statementsOf(plan, sums, withLines), counts: sums.counts };
  } finally {
    closeSync(fd);
  }
}

function main() {
  const options = argsOf(process.argv.slice(2));
  const { statements, counts } = settleFile(options.file, JSON.parse(readFileSync(options.credits, 'utf8')), Boolean(options.json));
  report(statements, counts, options);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

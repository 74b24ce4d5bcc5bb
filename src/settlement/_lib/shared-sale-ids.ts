import type { NumberedKind } from './numbered-ids.js';
import { FINGERPRINT, fingerprint, type SeenIds } from './seen-ids.js';

const sameKind = (a: NumberedKind, b: NumberedKind): boolean =>
  a.width === b.width && a.refund === b.refund && a.prefix.length === b.prefix.length && a.prefix.every((unit, i) => unit === b.prefix[i]);

/** Whether the runs of two kinds share a number (both lists are sorted and disjoint). */
function runsMeet(a: NumberedKind, b: NumberedKind): boolean {
  for (let i = 0, j = 0; i < a.runs && j < b.runs; ) {
    if ((a.ends[i] as number) < (b.starts[j] as number)) i++;
    else if ((b.ends[j] as number) < (a.starts[i] as number)) j++;
    else return true;
  }
  return false;
}

/** Calls `visit` with the fingerprint of every key of `kind` until it returns true; whether one did. */
function someKeyFingerprint(kind: NumberedKind, visit: (high: number, low: number) => boolean): boolean {
  const { prefix, width, refund } = kind;
  const units = new Uint16Array(prefix.length + 16);
  units.set(prefix);
  for (let r = 0; r < kind.runs; r++) {
    for (let n = kind.starts[r] as number; n <= (kind.ends[r] as number); n++) {
      const digits = String(n).padStart(width, '0');
      for (let i = 0; i < digits.length; i++) units[prefix.length + i] = digits.charCodeAt(i);
      fingerprint(units, 0, prefix.length + digits.length, refund);
      if (visit(FINGERPRINT[0] as number, FINGERPRINT[1] as number)) return true;
    }
  }
  return false;
}

/** Whether a key whose numbered kind in `b` is `kind` is also in `a` (kept there as a number or a fingerprint). */
function numberedKeysMeet(a: SeenIds, kind: NumberedKind): boolean {
  const same = a.kinds().find((k) => sameKind(k, kind));
  // a kind that never filled up holds every key of its kind that its set has
  if (same !== undefined && !same.full) return runsMeet(same, kind);
  if (same !== undefined && runsMeet(same, kind)) return true;
  return a.fingerprints() > 0 && someKeyFingerprint(kind, (high, low) => a.hasFingerprint(high, low));
}

/**
 * Internal: whether two sets of sale keys (see {@link createSeenIds}) share a key, exactly for
 * numbered ids and up to fingerprint collisions (about n·m / 2⁶⁴) for the others. A key may be
 * a number in one set and a fingerprint in the other (a kind that filled up, or too many kinds),
 * so each set's numbered keys are also fingerprinted and looked up in the other's fingerprints,
 * unless the other set holds every key of that kind as numbers. Cost: the runs of the common
 * kinds, and one fingerprint per numbered key only when the other set has fingerprints.
 */
export function shareSaleIds(a: SeenIds, b: SeenIds): boolean {
  if (b.kinds().some((kind) => numberedKeysMeet(a, kind))) return true;
  if (b.fingerprints() === 0) return false;
  if (a.fingerprints() > 0 && b.someFingerprint((high, low) => a.hasFingerprint(high, low))) return true;
  // a's numbered keys that b may keep as fingerprints (the case where b keeps them as numbers was checked above)
  return a.kinds().some((kind) => {
    const same = b.kinds().find((k) => sameKind(k, kind));
    return (same === undefined || same.full) && someKeyFingerprint(kind, (high, low) => b.hasFingerprint(high, low));
  });
}

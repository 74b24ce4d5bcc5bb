import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseMinorUnits } from '../../src/money/index.js';
import { decimalUnits } from '../../src/ingest/_lib/decimal-units.js';
import { parseTimestamp, timestampMs } from '../../src/settlement/_lib/parse-timestamp.js';
import { createTrackIndex } from '../../src/settlement/_lib/track-index.js';

// the CSV path reads fields where they lie: a field is put between bytes that must not be read
const inPlace = (text: string): Uint8Array => new TextEncoder().encode(`9${text}9`);
const encoded = (text: string): number => new TextEncoder().encode(text).length;

const outcome = (read: () => number): number | string => {
  try {
    return read();
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('decimalUnits (prices in place)', () => {
  const decimalText = fc.oneof(
    fc.stringMatching(/^[0-9]{1,17}(\.[0-9]{1,4})?$/),
    fc.stringMatching(/^[-+ .,e0-9]{0,8}$/),
    fc.string({ maxLength: 8 }),
  );

  test.prop([decimalText, fc.integer({ min: 0, max: 4 })])('reads exactly what parseMinorUnits reads, or leaves the text to it', (text, scale) => {
    const units = decimalUnits(inPlace(text), 1, 1 + encoded(text), scale);
    if (units !== -1) expect(parseMinorUnits(text, scale)).toBe(units);
  });

  test.prop([fc.nat({ max: 10 ** 9 }), fc.integer({ min: 0, max: 3 })])('reads every plain unsigned price itself', (units, scale) => {
    const text = scale === 0 ? String(units) : `${String(units).padStart(scale + 1, '0').slice(0, -scale)}.${String(units).padStart(scale, '0').slice(-scale)}`;
    expect(decimalUnits(inPlace(text), 1, 1 + text.length, scale)).toBe(units);
  });

  it('leaves signs, extra decimals and unsafe amounts to parseMinorUnits', () => {
    for (const text of ['-1.00', '1.234', '90071992547409.92', '1.', '.5', '']) {
      expect(decimalUnits(inPlace(text), 1, 1 + text.length, 2), text).toBe(-1);
    }
  });
});

describe('timestampMs (timestamps in place)', () => {
  const stamp = fc.oneof(
    fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom('2013-07-31T16:30Z', '2013-07-31T16:30:05.123-05:30', '2013-07-31T16:30', '2013-02-29T00:00Z', '2013-07-31T16:30+08'),
  );
  const mutated = fc.tuple(stamp, fc.nat(), fc.constantFrom('', '0', ':', '+', 'Z', 'T', '.', '-')).map(([text, at, c]) => {
    const i = at % (text.length + 1);
    return `${text.slice(0, i)}${c}${text.slice(i + (c === '' ? 1 : 0))}`;
  });

  test.prop([fc.oneof(stamp, mutated)])('gives the instant parseTimestamp gives, or NaN where it throws', (text) => {
    const parsed = outcome(() => parseTimestamp(text));
    expect(timestampMs(inPlace(text), 1, 1 + text.length)).toBe(typeof parsed === 'number' ? parsed : NaN);
  });
});

describe('createTrackIndex on bytes', () => {
  const index = createTrackIndex(['t1', 't2', '雨の歌', 'é']);

  it('finds an ASCII name in place and leaves any other byte to the decoded text', () => {
    const bytes = inPlace('t2');
    expect(index.findBytes(bytes, 1, 3)).toBe(1);
    expect(index.findBytes(bytes, 1, 2)).toBe(-1);
    expect(index.findBytes(inPlace('雨の歌'), 1, 1 + encoded('雨の歌'))).toBe(-1);
    expect(index.findBytes(new Uint8Array([0xe9]), 0, 1)).toBe(-1); // the byte of "é" in Latin-1 is not "é"
    expect(index.find('雨の歌')).toBe(2);
    expect(index.find('é')).toBe(3);
  });
});

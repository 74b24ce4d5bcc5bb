import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Column, csvField, renderTable, toCsv } from '../../src/cli/_lib/listing.js';
import { displayWidth, formatFigure, truncate } from '../../src/cli/_lib/text.js';
import { jsonErrorOffset, lineAndColumn } from '../../src/cli/_lib/files.js';
import { parseCsv } from './csv-oracle.js';

// Cells mixing ASCII, CJK (two cells wide) and combining marks (zero wide).
const cell = fc.array(fc.constantFrom('a', 'Z', '7', ' ', '虾', '米', '阿', '里', 'é', 'e\u0301', '¥', '—'), { maxLength: 8 }).map((cs) => cs.join(''));

describe('displayWidth', () => {
  it('counts CJK as two cells, combining marks as none', () => {
    expect(displayWidth('Xiami')).toBe(5);
    expect(displayWidth('虾米音乐')).toBe(8);
    expect(displayWidth('阿里巴巴 Alibaba')).toBe(16);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('ＡＢ')).toBe(4); // fullwidth Latin
  });
});

describe('renderTable', () => {
  it('right-aligns numbers and lines CJK names up by terminal cells', () => {
    const columns: Column[] = [
      { key: 'name', header: 'Name' },
      { key: 'amount', header: 'Amount', align: 'right' },
    ];
    const text = renderTable(columns, [
      { name: '虾米', amount: 'CN¥0.80' },
      { name: 'Alibaba Group', amount: '$25B' },
    ]);
    expect(text.split('\n')).toEqual(['Name            Amount', '-------------  -------', '虾米           CN¥0.80', 'Alibaba Group     $25B', '']);
  });

  it('renders a listing of 200,000 rows (column widths without spreading the rows into one call)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ n: String(i) }));
    const lines = renderTable([{ key: 'n', header: 'N', align: 'right' }], rows).split('\n');
    expect(lines).toHaveLength(200_003);
    expect(lines.at(-2)).toBe('199999');
    expect(lines[2]).toBe('     0');
  });

  test.prop([fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 6 })])(
    'every line of a table ending in a right-aligned column has the same display width',
    (cells) => {
      const columns: Column[] = [
        { key: 'a', header: 'A' },
        { key: 'b', header: 'B' },
        { key: 'c', header: 'C', align: 'right' },
      ];
      const rows = cells.map(([a, b, c]) => ({ a, b, c: c.trim() === '' ? 'x' : c.trim() }));
      const lines = renderTable(columns, rows).split('\n').slice(0, -1);
      const widths = new Set(lines.map(displayWidth));
      expect(widths.size).toBe(1);
    },
  );
});

describe('CSV', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
  });

  test.prop([fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 5 })])('reads back exactly what it wrote', (pairs) => {
    const rows = pairs.map(([a, b]) => ({ a, b }));
    const records = parseCsv(toCsv(['a', 'b'], rows));
    expect(records).toEqual([['a', 'b'], ...pairs.map(([a, b]) => [a, b])]);
  });
});

describe('formatFigure', () => {
  it('shows currencies and large counts compactly, small ones whole', () => {
    expect(formatFigure(4_250_000_000, 'USD')).toBe('$4.25B');
    expect(formatFigure(1_000_000_000, 'CNY')).toBe('CN¥1B');
    expect(formatFigure(0.8, 'CNY')).toBe('CN¥0.80');
    expect(formatFigure(400_000, 'CNY')).toBe('CN¥400,000');
    expect(formatFigure(200_000_000, 'users')).toBe('200M');
    expect(formatFigure(360, 'cities')).toBe('360');
    expect(formatFigure(66, 'percent')).toBe('66%');
    expect(formatFigure(3, 'rank')).toBe('#3');
  });
});

describe('truncate', () => {
  test.prop([cell, fc.integer({ min: 1, max: 10 })])('never exceeds the width and keeps short text whole', (text, width) => {
    const cut = truncate(text, width);
    expect(displayWidth(cut)).toBeLessThanOrEqual(width);
    if (displayWidth(text) <= width) expect(cut).toBe(text);
    else expect(cut.endsWith('…')).toBe(true);
  });
});

describe('jsonErrorOffset', () => {
  test.prop([fc.json()])('finds no error in valid JSON', (text) => {
    expect(jsonErrorOffset(text)).toBe(-1);
  });

  test.prop([fc.json(), fc.nat(), fc.constantFrom('', ',', '}', '"', ':', 'x')])(
    'agrees with JSON.parse on damaged JSON',
    (text, at, insert) => {
      const i = at % (text.length + 1);
      const damaged = text.slice(0, i) + insert + text.slice(i + 1);
      let valid = true;
      try {
        JSON.parse(damaged);
      } catch {
        valid = false;
      }
      expect(jsonErrorOffset(damaged) === -1).toBe(valid);
    },
  );

  it('points at the first offending character, by line and column', () => {
    const text = '{\n  "t1": [\n    { "role": "lyricist" "payee": "ann", "share": 1 }\n  ]\n}\n';
    expect(lineAndColumn(text, jsonErrorOffset(text))).toEqual({ line: 3, column: 26 });
  });
});

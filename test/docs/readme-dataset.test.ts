import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deals, entities, metrics, rules } from '../../src/data/index.js';
import { conflicts } from '../../src/query/conflicts.js';

// The README tells the dataset as it is: its counts, and a table of known conflicts that is what
// conflicts() returns (one row per group, in order, each row's sources those of its claims in id order).

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function knownConflictRows(): string[][] {
  const section = readme.slice(readme.indexOf('### Known conflicts'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| fact |')) + 1);
  return table
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| fact') && !line.startsWith('| ---'))
    .map((line) => line.slice(2, -2).split(' | '));
}

describe('README and the dataset', () => {
  it('gives the counts of the data', () => {
    const markets = entities.filter((e) => e.kind === 'market').length;
    const counts = `${deals.length} deals, ${metrics.length} metrics, ${rules.length} rules and ${entities.length} entities (${markets} of them\n  markets)`;
    expect(readme).toContain(`**A dataset you can check.** ${counts}`);
  });

  it('lists every group conflicts() returns, in order, with the sources of its claims', () => {
    const rows = knownConflictRows();
    expect(rows.length).toBe(conflicts().length);
    const expected = conflicts().map((g) => g.records.map((r) => `\`${r.citations[0]?.source}\``).join(' / '));
    expect(rows.map((cells) => cells[2])).toEqual(expected);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Example } from './examples.js';
import { typeErrors } from './type-check.js';

// The README's TypeScript blocks compile as a strict consumer's code would (see type-check.ts).
// A block for another runtime or a fragment that leans on names it does not declare says so in
// its info string (```ts nocheck); a line meant not to compile carries `// @ts-expect-error`.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README's ```ts blocks, each with the README line its code starts on. */
function typeScriptBlocks(markdown: string, file: string): { checked: Example[]; unchecked: Example[] } {
  const checked: Example[] = [];
  const unchecked: Example[] = [];
  let open: { info: string; line: number; lines: string[] } | undefined;
  markdown.split('\n').forEach((text, i) => {
    const fence = /^```(.*)$/.exec(text);
    if (fence && !open) open = { info: (fence[1] ?? '').trim(), line: i + 2, lines: [] };
    else if (fence && open) {
      const [language, ...flags] = open.info.split(/\s+/);
      if (language === 'ts' || language === 'typescript') {
        (flags.includes('nocheck') ? unchecked : checked).push({ file, line: open.line, code: open.lines.join('\n') });
      }
      open = undefined;
    } else open?.lines.push(text);
  });
  return { checked, unchecked };
}

// Compiling the package's sources takes seconds on a loaded machine; this bounds a hang, it times nothing.
describe('README TypeScript blocks', { timeout: 120_000 }, () => {
  const { checked, unchecked } = typeScriptBlocks(readme, 'README.md');

  it('are found', () => {
    expect(checked.length).toBeGreaterThan(10);
  });

  it('compile under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes', () => {
    expect(typeErrors(checked)).toEqual([]);
  });

  it('leave unchecked only blocks whose first line is a comment saying why', () => {
    expect(unchecked.filter((block) => !block.code.startsWith('// ')).map((block) => `README.md:${block.line}`)).toEqual([]);
  });

  it('the check can fail: a wrong type, or an index without a check, is an error; @ts-expect-error allows one', () => {
    const snippet = (code: string): Example => ({ file: 'self-check.ts', line: 1, code });
    const errors = typeErrors([
      snippet("const kind: DealKind = 'aquisition';"),
      snippet("citationFor(metricsFor('Xiami')[0]);"),
      snippet("// @ts-expect-error not a deal kind\nconst kind: DealKind = 'aquisition';"),
      snippet("const first = dealsBy('Alibaba')[0];\nif (first) describe(first);\nfunction describe(d: Deal): string { return d.id; }"),
    ]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^self-check\.ts:1: .*aquisition/);
    expect(errors[1]).toMatch(/^self-check\.ts:1: .*undefined/);
  });
});

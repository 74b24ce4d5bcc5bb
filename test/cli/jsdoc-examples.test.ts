// The CLI's modules are not package exports, so test/docs skips them; their @examples run here
// with the same runner and conventions, every CLI module's exports in scope.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import * as root from '../../src/index.js';
import { examplesOf, runExample } from '../docs/examples.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const files = readdirSync(`${ROOT}src/cli`, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/cli/${f}`)
  .sort();

const scope: Record<string, unknown> = { ...root };
for (const file of files.filter((f) => f !== 'src/cli/main.ts')) Object.assign(scope, await import(`${ROOT}${file}`));

const examples = files.flatMap((file) => {
  const sf = ts.createSourceFile(file, readFileSync(ROOT + file, 'utf8'), ts.ScriptTarget.Latest, true);
  return sf.statements.flatMap((statement) =>
    ts.getJSDocCommentsAndTags(statement).flatMap((doc) => (ts.isJSDoc(doc) ? examplesOf(doc, file) : [])),
  );
});

test('the CLI modules have examples to run', () => {
  expect(examples.length).toBeGreaterThanOrEqual(15);
});

describe('CLI @example', () => {
  for (const example of examples) {
    test(`${example.file}:${example.line}`, async () => {
      expect(await runExample(example, scope)).toBeGreaterThan(0);
    });
  }
});

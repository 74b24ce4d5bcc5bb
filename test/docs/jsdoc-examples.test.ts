/**
 * Examples are tests: every public function needs a JSDoc `@example`, and every `@example` of a
 * public export runs here, so the docs cannot drift from the code.
 *
 * Public = the runtime exports of the package entries below, found by walking their real exports
 * with the TypeScript compiler (so `export *` chains count, type-only exports do not).
 *
 * Conventions an example must follow (anything else fails its test, saying why):
 * - A JS or TS snippet (types are stripped with esbuild) that uses the package's exports by name,
 *   all in scope; `import … from 'ecosystem-ledger'` (or a subpath) lines are allowed and dropped,
 *   other imports are not. Top-level `await` works.
 * - `expr // → value` — on the statement's last line, or alone on the line right after it — asserts
 *   that the statement's value deep-equals (vitest `toEqual`) `value` read as a JS expression in
 *   the snippet's scope: `'0.30'` is a string and only equals a string, `[10n]` holds a bigint,
 *   `{ amount: 1250, … }` is an object literal. The result must fit on that one comment line.
 * - `expr // → throws CODE` asserts that `expr` throws (or rejects with) a LedgerError whose `code`
 *   is CODE, one of ERROR_CODES.
 * - Only expression statements carry results; for a value computed inside `try`/`catch`, wrap it
 *   in an arrow function and call it. A `// →` anywhere else is an error, not prose.
 * - Comments without the arrow are prose: `f() // 'x'` asserts nothing. An example that asserts
 *   nothing fails, since nothing would notice it drift.
 * - Inside ``` fences (typedoc's titled-example form) only the fenced code runs.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import * as data from '../../src/entries/data.js';
import * as root from '../../src/index.js';
import * as royalty from '../../src/entries/royalty.js';
import * as schema from '../../src/schema/index.js';
import * as warehouse from '../../src/warehouse/index.js';
import { exampleBlocks, examplesOf, runExample, type Example } from './examples.js';
import { typeErrors } from './type-check.js';

const ENTRIES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'src/index.ts': root,
  'src/entries/data.ts': data,
  'src/entries/royalty.ts': royalty,
  'src/schema/index.ts': schema,
  'src/warehouse/index.ts': warehouse,
};
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every runtime export of every entry, by name (one name means one value across entries). */
const scope: Record<string, unknown> = {};
for (const [entry, exports] of Object.entries(ENTRIES)) {
  for (const [name, value] of Object.entries(exports)) {
    if (name in scope && scope[name] !== value) throw new Error(`${entry} exports a different ${name} than another entry`);
    scope[name] = value;
  }
}

interface PublicExport {
  readonly id: string; // file:name
  readonly isFunction: boolean;
  readonly examples: readonly Example[];
}

function publicExports(): PublicExport[] {
  const program = ts.createProgram(
    Object.keys(ENTRIES).map((entry) => ROOT + entry),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, resolveJsonModule: true, noEmit: true, types: [] },
  );
  const checker = program.getTypeChecker();
  const found = new Map<ts.Symbol, PublicExport>();
  for (const [entry, runtime] of Object.entries(ENTRIES)) {
    const sf = program.getSourceFile(ROOT + entry);
    const module = sf && checker.getSymbolAtLocation(sf);
    if (module === undefined) throw new Error(`cannot read the exports of ${entry}`);
    for (const exported of checker.getExportsOfModule(module)) {
      if (!(exported.name in runtime)) continue; // type-only
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (found.has(symbol)) continue;
      const declarations = symbol.declarations ?? [];
      const file = declarations[0]?.getSourceFile().fileName.slice(ROOT.length) ?? entry;
      const isFunction =
        declarations.some(ts.isFunctionDeclaration) ||
        (declarations.some(ts.isVariableDeclaration) && checker.getTypeOfSymbol(symbol).getCallSignatures().length > 0);
      // overloads share one comment; a Set drops the repeats
      const docs = new Set(declarations.flatMap((d) => ts.getJSDocCommentsAndTags(d)));
      const examples = [...docs].flatMap((doc) => (ts.isJSDoc(doc) ? examplesOf(doc, file) : []));
      found.set(symbol, { id: `${file}:${exported.name}`, isFunction, examples });
    }
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

const exports = publicExports();

test('the public API is found (the walk reaches every entry)', () => {
  const ids = exports.map((e) => e.id);
  expect(ids).toContain('src/money/money.ts:money');
  expect(ids).toContain('src/royalty/revenue-split.ts:revenueSplit');
  expect(ids).toContain('src/query/deals-by.ts:dealsBy');
  expect(ids).toContain('src/errors.ts:isLedgerError');
  expect(ids.some((id) => id.startsWith('src/schema/'))).toBe(true);
});

test('every public function has an @example', () => {
  expect(exports.filter((e) => e.isFunction && e.examples.length === 0).map((e) => e.id)).toEqual([]);
});

// Compiling takes seconds on a loaded machine; the timeout bounds a hang, it times nothing.
test('every @example type-checks under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes', { timeout: 120_000 }, () => {
  expect(typeErrors(exports.flatMap((e) => e.examples))).toEqual([]);
});

describe('@example', () => {
  for (const { id, examples } of exports) {
    examples.forEach((example, i) => {
      test(examples.length > 1 ? `${id} #${i + 1}` : id, async () => {
        expect(await runExample(example, scope)).toBeGreaterThan(0);
      });
    });
  }
});

describe('the example runner can fail', () => {
  const example = (code: string): Example => ({ file: 'self-check.ts', line: 1, code });

  test('a right example passes, with TS syntax, a result on the next line, and throws', async () => {
    const code = [
      "import { money } from 'ecosystem-ledger';",
      "const m: Money = money('0.10', 'CNY');",
      'toDecimal(add(m, m))',
      "// → '0.20'",
      "money('12.50', 'CNY') // → { amount: 1250, currency: 'CNY', scale: 2 }",
      "money('0.805', 'CNY'); // → throws TOO_MANY_DECIMALS",
    ].join('\n');
    expect(await runExample(example(code), scope)).toBe(3);
  });

  test('a wrong value fails', async () => {
    await expect(runExample(example("money('12.50', 'CNY').amount // → 1251"), scope)).rejects.toThrow(/1251/);
  });

  test('a string result does not equal a number', async () => {
    await expect(runExample(example("parseMinorUnits('12.5', 2) // → '1250'"), scope)).rejects.toThrow();
  });

  test('a wrong error code fails, and so does a call that throws nothing', async () => {
    await expect(runExample(example("money('0.805', 'CNY') // → throws UNSAFE_AMOUNT"), scope)).rejects.toThrow(/UNSAFE_AMOUNT/);
    await expect(runExample(example("money('0.80', 'CNY') // → throws TOO_MANY_DECIMALS"), scope)).rejects.toThrow(/nothing was thrown/);
  });

  test('an example that asserts nothing, or misplaces a result, fails', async () => {
    await expect(runExample(example("isLedgerError(new Error('x')) // false"), scope)).rejects.toThrow(/asserts nothing/);
    const misplaced = "try { money('x', 'CNY') } catch (e) { e.code } // → 'INVALID_AMOUNT'";
    await expect(runExample(example(misplaced), scope)).rejects.toThrow(/must follow an expression statement/);
    const unquoted = 'toDecimal(money(1, "CNY")) // → 1.00 CNY';
    await expect(runExample(example(unquoted), scope)).rejects.toThrow(/not a JS expression/);
  });

  test('a function without @example is seen as one', () => {
    const sf = ts.createSourceFile('f.ts', '/**\n * Doc.\n * @returns one\n */\nexport function f() { return 1; }', ts.ScriptTarget.Latest, true);
    const [declaration] = sf.statements;
    expect(declaration && ts.getJSDocCommentsAndTags(declaration).flatMap((d) => (ts.isJSDoc(d) ? examplesOf(d, 'f.ts') : []))).toEqual([]);
  });

  test('JSDoc is split at tags, and fenced examples run only their code', () => {
    const comment = ['/**', ' * Doc.', ' * @example', ' * f() // → 1', ' * @example Title', ' * ```ts', ' * g() // → 2', ' * ```', ' * @returns x', ' */'].join('\n');
    expect(exampleBlocks(comment, 'f.ts', 10)).toEqual([
      { file: 'f.ts', line: 13, code: 'f() // → 1' },
      { file: 'f.ts', line: 16, code: 'g() // → 2' },
    ]);
  });
});

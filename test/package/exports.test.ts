import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What each entry point's declarations promise must be what its builds deliver: a value the
// .d.ts declares but the module lacks type-checks and then fails at runtime.
const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { import: { types: string; default: string }; require: { types: string; default: string } }>;
};
const require = createRequire(import.meta.url);

/** The names a declaration file exports as values (functions, constants, classes), not types. */
function declaredValues(declarationFile: string): string[] {
  const program = ts.createProgram([declarationFile], { noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(declarationFile);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${declarationFile} declares no module`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return (target.flags & ts.SymbolFlags.Value) !== 0;
    })
    .map((symbol) => symbol.name)
    .sort();
}

const entryPoints = Object.entries(pkg.exports).flatMap(([subpath, target]) => (typeof target === 'string' ? [] : [[subpath, target] as const]));

describe('every value an entry point declares exists at runtime', () => {
  it('covers every entry point of package.json', () => {
    expect(entryPoints.map(([subpath]) => subpath)).toEqual(['.', './data', './royalty', './schema', './warehouse']);
  });

  for (const [subpath, target] of entryPoints) {
    it(`${subpath}: the ESM build exports exactly what its .d.ts declares`, async () => {
      const runtime = Object.keys(await import(pathToFileURL(join(root, target.import.default)).href)).sort();
      expect(runtime).toEqual(declaredValues(join(root, target.import.types)));
    });

    it(`${subpath}: the CJS build exports exactly what its .d.cts declares`, () => {
      const runtime = Object.keys(require(join(root, target.require.default)) as object).sort();
      expect(runtime).toEqual(declaredValues(join(root, target.require.types)));
    });
  }

  it('the check can fail: the root declares no schema, and ./schema declares and ships dealSchema', () => {
    expect(declaredValues(join(root, 'dist/index.d.ts'))).not.toContain('dealSchema');
    expect(declaredValues(join(root, 'dist/schema.d.ts'))).toContain('dealSchema');
  });
});

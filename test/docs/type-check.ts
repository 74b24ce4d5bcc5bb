// Type-checks doc snippets (JSDoc `@example`s, README blocks) as a careful team's project would
// compile them: `strict` plus `noUncheckedIndexedAccess` and `exactOptionalPropertyTypes`.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { Example } from './examples.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a snippet's `import … from 'ecosystem-ledger…'` means here: the entry's source (Deno
 * snippets import the same package as `npm:ecosystem-ledger`). */
const ENTRY_SOURCES: Readonly<Record<string, string>> = {
  'npm:ecosystem-ledger': 'src/index.js',
  'ecosystem-ledger': 'src/index.js',
  'ecosystem-ledger/data': 'src/entries/data.js',
  'ecosystem-ledger/royalty': 'src/entries/royalty.js',
  'ecosystem-ledger/schema': 'src/schema/index.js',
  'ecosystem-ledger/warehouse': 'src/warehouse/index.js',
};

/** The flags the snippets must compile under. */
export const STRICT_CONSUMER: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  types: ['node'],
  resolveJsonModule: true,
  skipLibCheck: true,
  noEmit: true,
};

/** Names a snippet declares at its top level (imports, variables, functions, classes). */
function declaredNames(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of sf.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bind(declaration.name);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** Every name the package's entries export (values and types), by the entry that exports it. */
function packageNames(program: ts.Program): Map<string, string> {
  const checker = program.getTypeChecker();
  const names = new Map<string, string>();
  for (const entry of ['src/index.ts', 'src/schema/index.ts', 'src/warehouse/index.ts']) {
    const sf = program.getSourceFile(ROOT + entry);
    const module = sf && checker.getSymbolAtLocation(sf);
    if (!module) throw new Error(`cannot read the exports of ${entry}`);
    for (const symbol of checker.getExportsOfModule(module)) if (!names.has(symbol.name)) names.set(symbol.name, entry.replace(/\.ts$/, '.js'));
  }
  return names;
}

let compiled: { host: ts.CompilerHost; entries: ts.Program; exported: Map<string, string> } | undefined;

/** The package's sources compiled once, reused by every call as the base of its program. */
function packageProgram(): NonNullable<typeof compiled> {
  if (!compiled) {
    const host = ts.createCompilerHost(STRICT_CONSUMER);
    const entries = ts.createProgram([ROOT + 'src/index.ts', ROOT + 'src/schema/index.ts', ROOT + 'src/warehouse/index.ts'], STRICT_CONSUMER, host);
    compiled = { host, entries, exported: packageNames(entries) };
  }
  return compiled;
}

/**
 * Compiles each snippet as its own module, with the package's exports in scope as the doc runner
 * gives them (a snippet's own imports and declarations take precedence), and returns every error
 * as `file:line: message`. A snippet that is meant not to compile marks the line with
 * `// @ts-expect-error`.
 */
export function typeErrors(snippets: readonly Example[]): string[] {
  const { host, entries, exported } = packageProgram();
  const files = new Map<string, { text: string; snippet: Example }>();
  snippets.forEach((snippet, i) => {
    let code = snippet.code;
    for (const [specifier, source] of Object.entries(ENTRY_SOURCES)) {
      code = code.replaceAll(`'${specifier}'`, `'${ROOT + source}'`).replaceAll(`"${specifier}"`, `'${ROOT + source}'`);
    }
    const own = declaredNames(ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.Latest, true));
    const bySource = new Map<string, string[]>();
    for (const [name, source] of exported) if (!own.has(name)) bySource.set(source, [...(bySource.get(source) ?? []), name]);
    // one preamble line, so a diagnostic's line minus one is the snippet's line
    const preamble = [...bySource].map(([source, names]) => `import { ${names.join(', ')} } from '${ROOT + source}';`).join(' ');
    files.set(`${ROOT}test/docs/snippet-${i}.ts`, { text: `${preamble} export {};\n${code}\n`, snippet });
  });
  const snippetHost: ts.CompilerHost = {
    ...host,
    fileExists: (name) => files.has(name) || host.fileExists(name),
    readFile: (name) => files.get(name)?.text ?? host.readFile(name),
    getSourceFile: (name, language, onError, create) => {
      const file = files.get(name);
      return file ? ts.createSourceFile(name, file.text, language) : host.getSourceFile(name, language, onError, create);
    },
  };
  const program = ts.createProgram([...files.keys()], STRICT_CONSUMER, snippetHost, entries);
  return [...files].flatMap(([name, { snippet }]) => {
    const sf = program.getSourceFile(name);
    if (!sf) return [`${snippet.file}:${snippet.line}: not compiled`];
    return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
      const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line - 1;
      return `${snippet.file}:${snippet.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  });
}

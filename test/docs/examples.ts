// Reads `@example` blocks out of JSDoc and runs them as assertions; conventions in jsdoc-examples.test.ts.
import { transform } from 'esbuild';
import ts from 'typescript';
import { expect } from 'vitest';
import { ERROR_CODES, isLedgerError, type ErrorCode } from '../../src/errors.js';

/** One `@example` block: its code and where its first line is (`file:line`, 1-based line). */
export interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

const RESULT = /^\/\/\s*→\s*(.*?)\s*$/;
const THROWS = /^throws\s+(\S+)$/;
const TAG = /^@(\w+)\s?(.*)$/;
const FENCE = /^\s*```/;

/** The `@example` blocks of one JSDoc comment, named by the file it is in. */
export function examplesOf(doc: ts.JSDoc, file: string): Example[] {
  const sf = doc.getSourceFile();
  const start = doc.getStart(sf);
  return exampleBlocks(sf.text.slice(start, doc.end), file, sf.getLineAndCharacterOfPosition(start).line + 1);
}

/**
 * Splits one raw `/** … *\/` comment into its `@example` blocks. A block runs to the next line that
 * starts with a tag; when it holds ``` fences only the fenced code counts (typedoc then reads the
 * first line as the example's title), otherwise all of it is code, as typedoc renders it.
 */
export function exampleBlocks(comment: string, file: string, firstLine: number): Example[] {
  const lines = comment.split('\n').map((raw, i) => ({
    text: raw.replace(/\s*\*\/\s*$/, '').replace(/^\s*\/\*\*\s?/, '').replace(/^\s*\* ?/, ''),
    line: firstLine + i,
  }));
  const blocks: (typeof lines)[] = [];
  let current: typeof lines | undefined;
  for (const { text, line } of lines) {
    const tag = TAG.exec(text);
    if (tag) {
      current = tag[1] === 'example' ? [{ text: tag[2] ?? '', line }] : undefined;
      if (current) blocks.push(current);
    } else {
      current?.push({ text, line });
    }
  }
  return blocks.map((block) => {
    const fenced = block.some((l) => FENCE.test(l.text));
    let inside = false;
    const code = block.filter((l) => {
      if (!fenced) return true;
      if (FENCE.test(l.text)) inside = !inside;
      else if (inside) return true;
      return false;
    });
    while (code.length > 0 && code[0]?.text.trim() === '') code.shift();
    while (code.length > 0 && code.at(-1)?.text.trim() === '') code.pop();
    return { file, line: code[0]?.line ?? firstLine, code: code.map((l) => l.text).join('\n') };
  });
}

interface Instrumented {
  readonly code: string;
  readonly assertions: number;
  readonly problems: readonly string[];
}

/**
 * Rewrites each top-level `expr // → value` statement into an assertion call, drops imports from
 * the package itself, and lists what breaks the conventions (so the example fails, naming why).
 */
function instrument(example: Example): Instrumented {
  const text = example.code;
  const sf = ts.createSourceFile('example.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const at = (pos: number) => `${example.file}:${example.line + sf.getLineAndCharacterOfPosition(pos).line}`;
  const problems: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const used = new Set<number>();
  for (const statement of sf.statements) {
    const start = statement.getStart(sf);
    if (ts.isImportDeclaration(statement)) {
      const from = (statement.moduleSpecifier as ts.StringLiteral).text;
      if (from === 'ecosystem-ledger' || from.startsWith('ecosystem-ledger/')) edits.push({ start, end: statement.end, text: '' });
      else problems.push(`${at(start)}: imports "${from}"; examples may use only the package's own exports`);
      continue;
    }
    const result = resultComment(sf, statement);
    if (result === undefined) continue;
    used.add(result.pos);
    const where = `${at(result.pos)} (// → ${result.value})`;
    if (!ts.isExpressionStatement(statement)) {
      problems.push(`${where}: a \`// →\` result must follow an expression statement, not a ${ts.SyntaxKind[statement.kind]}`);
      continue;
    }
    const expr = statement.expression.getText(sf);
    const throws = THROWS.exec(result.value);
    if (throws) {
      const code = throws[1] as string;
      if (!(ERROR_CODES as readonly string[]).includes(code)) problems.push(`${where}: ${code} is not one of ERROR_CODES`);
      edits.push({ start, end: statement.end, text: `await __throws(async () => {\n${expr}\n}, ${JSON.stringify(code)}, ${JSON.stringify(where)});` });
      continue;
    }
    try {
      new Function(`return (${result.value}\n);`);
    } catch {
      problems.push(`${where}: the result is not a JS expression (quote strings, e.g. // → 'text')`);
      continue;
    }
    edits.push({ start, end: statement.end, text: `__expect((${expr}\n), () => (${result.value}\n), ${JSON.stringify(where)});` });
  }
  for (const pos of resultComments(sf)) {
    if (!used.has(pos)) problems.push(`${at(pos)}: this \`// →\` result is not right after a top-level statement (same line or the next)`);
  }
  if (used.size === 0) problems.push(`${at(0)}: the example asserts nothing; add a \`// → value\` result`);
  let code = text;
  for (const edit of edits.reverse()) code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  return { code, assertions: used.size, problems };
}

/** The `// → value` comment ending a statement: on its last line, or first thing on the next. */
function resultComment(sf: ts.SourceFile, statement: ts.Statement): { pos: number; value: string } | undefined {
  const after = [...(ts.getTrailingCommentRanges(sf.text, statement.end) ?? []), ...(ts.getLeadingCommentRanges(sf.text, statement.end) ?? [])];
  const first = after[0];
  if (first === undefined) return undefined;
  const lines = sf.getLineAndCharacterOfPosition(first.pos).line - sf.getLineAndCharacterOfPosition(statement.end).line;
  const match = RESULT.exec(sf.text.slice(first.pos, first.end));
  return match && lines <= 1 ? { pos: first.pos, value: match[1] ?? '' } : undefined;
}

/** Where every `// →` comment of the snippet starts (the trivia before each token holds them all). */
function resultComments(sf: ts.SourceFile): Set<number> {
  const found = new Set<number>();
  const visit = (node: ts.Node): void => {
    const children = node.getChildren(sf);
    if (children.length > 0) {
      children.forEach(visit);
      return;
    }
    for (const range of ts.getLeadingCommentRanges(sf.text, node.pos) ?? []) {
      if (RESULT.test(sf.text.slice(range.pos, range.end))) found.add(range.pos);
    }
  };
  visit(sf);
  return found;
}

function expectResult(actual: unknown, expected: () => unknown, where: string): void {
  expect(actual, where).toEqual(expected());
}

async function expectThrows(run: () => Promise<unknown>, code: ErrorCode, where: string): Promise<void> {
  try {
    await run();
  } catch (error) {
    expect(isLedgerError(error) ? error.code : error, `${where}: the error thrown`).toBe(code);
    return;
  }
  expect.fail(`${where}: nothing was thrown`);
}

/**
 * Runs one example with `scope` (name → value) in scope and returns how many results it checked;
 * rejects when the example breaks the conventions, throws, or a result differs.
 */
export async function runExample(example: Example, scope: Readonly<Record<string, unknown>>): Promise<number> {
  const { code, assertions, problems } = instrument(example);
  if (problems.length > 0) throw new Error(`example does not follow the conventions:\n${problems.join('\n')}`);
  const names = Object.keys(scope);
  // the inner block lets a snippet declare a name that is also an export, as user code may
  const source = `async function __example(__expect, __throws, ${names.join(', ')}) {\n{\n${code}\n}\n}`;
  const { code: js } = await transform(source, { loader: 'ts', sourcefile: `${example.file}:${example.line}` });
  const run = new Function(`${js}\nreturn __example;`)() as (...args: unknown[]) => Promise<void>;
  await run(expectResult, expectThrows, ...names.map((name) => scope[name]));
  return assertions;
}

// The layout is the architecture (docs/architecture.md): each folder of src/ imports only the
// layers it may, and no module imports itself back through others. Read from the sources, so a
// stray import fails here, naming the file and the import.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

// what each folder may import (besides itself); `_lib` is src/_lib, `errors` src/errors.ts
const BASE = ['_lib', 'errors'];
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  _lib: [],
  errors: [],
  money: BASE,
  royalty: ['money', ...BASE],
  settlement: ['royalty', 'money', ...BASE],
  ingest: ['settlement', 'money', ...BASE],
  schema: ['money', ...BASE],
  data: ['schema', ...BASE],
  query: ['data', 'schema', ...BASE],
  warehouse: ['settlement', 'royalty', 'money', ...BASE],
  entries: ['ingest', 'settlement', 'royalty', 'money', 'query', 'data', 'schema', ...BASE],
  index: ['entries', 'schema'],
  cli: ['entries', 'warehouse', 'ingest', 'settlement', 'royalty', 'money', 'query', 'data', 'schema', ...BASE],
};

const modules = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.split(path.sep).join('/'))
  .sort();

/** The layer of a module: its top folder under src/, or its name for a top-level file. */
const layerOf = (file: string): string => (file.includes('/') ? (file.split('/')[0] as string) : file.replace(/\.ts$/, ''));

/**
 * The src/ modules `file` imports (`import`, `import type`, `export … from`), as paths under
 * src/; `runtime` leaves out the `import type`/`export type` ones, which the build erases.
 */
function importsOf(file: string, runtime = false): string[] {
  const text = readFileSync(SRC + file, 'utf8');
  const found = [...text.matchAll(/(?:^|\n)\s*(import|export)(\s+type\b)?[^'";]*?from\s*'(\.{1,2}\/[^']+)'/g)];
  return found
    .filter((m) => (m[3] as string).endsWith('.js') && !(runtime && m[2]))
    .map((m) => path.posix.normalize(path.posix.join(path.posix.dirname(file), m[3] as string)).replace(/\.js$/, '.ts'));
}

const graph = new Map(modules.map((file) => [file, importsOf(file)]));
const runtimeGraph = new Map(modules.map((file) => [file, importsOf(file, true)]));

describe('the layers of src/', () => {
  test('every folder has its rules', () => {
    expect(modules.map(layerOf).filter((layer) => !(layer in MAY_IMPORT))).toEqual([]);
  });

  test('no import runs back up: each module imports only its own layer and those below it', () => {
    const stray = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => layerOf(target) !== layerOf(file) && !MAY_IMPORT[layerOf(file)]?.includes(layerOf(target))).map((target) => `${file} → ${target}`),
    );
    expect(stray).toEqual([]);
  });

  test('settlement never reads a file format: none of its modules imports ingest/', () => {
    // the seam is an interface (settlement/sale-batch.ts); the CSV reader implements it
    const intoIngest = [...graph].filter(([file, targets]) => file.startsWith('settlement/') && targets.some((t) => t.startsWith('ingest/')));
    expect(intoIngest.map(([file]) => file)).toEqual([]);
    expect(readFileSync(`${SRC}settlement/settle-monthly.ts`, 'utf8')).not.toMatch(/Symbol\.for/);
  });

  // (a type may point back — schema/records.ts re-exports the types derived from its schemas — as
  // the build erases it; a value may not, since module order would then decide what is defined)
  test('no cycles between modules at run time', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of runtimeGraph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of modules) visit(file, []);
    expect(cycles).toEqual([]);
  });

  test('every import names a module that exists', () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${file} → ${t}`));
    expect(missing).toEqual([]);
  });
});

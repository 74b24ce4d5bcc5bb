import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportData } from '../../scripts/export-data.js';
import { deals, entities, metrics, rules, sources } from '../../src/data/index.js';
import { DEAL_KINDS, METRIC_NAMES, PARTY_ROLES } from '../../src/schema/vocabulary.js';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { name: string; version: string; license: string };
const collections = { sources, entities, deals, metrics, rules } as const;

interface JsonSchema {
  $schema?: string;
  type?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

let dir: string;
let written: readonly string[];
const read = (path: string): unknown => JSON.parse(readFileSync(join(dir, path), 'utf8'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-export-'));
  written = exportData(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/export-data', () => {
  it('writes one JSON file and one schema per collection, and the package descriptor', () => {
    const names = Object.keys(collections);
    expect([...written].sort()).toEqual([...names.map((n) => `${n}.json`), ...names.map((n) => `schema/${n}.schema.json`), 'datapackage.json'].sort());
    expect(readdirSync(join(dir, 'schema')).sort()).toEqual(names.map((n) => `${n}.schema.json`).sort());
  });

  it('writes each collection as plain JSON equal to the dataset', () => {
    for (const [name, records] of Object.entries(collections)) expect(read(`${name}.json`)).toEqual(JSON.parse(JSON.stringify(records)));
  });

  it('writes JSON Schemas (draft 2020-12) for arrays of records that fit every record', () => {
    for (const [name, records] of Object.entries(collections)) {
      const schema = read(`schema/${name}.schema.json`) as JsonSchema;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('array');
      const item = schema.items!;
      expect(item.required).toContain('id');
      for (const record of records) {
        for (const key of Object.keys(record)) expect(item.properties, `${name}: ${key}`).toHaveProperty(key);
        for (const key of item.required ?? []) expect(record, `${name}: ${key}`).toHaveProperty(key);
      }
    }
  });

  it('carries the closed vocabularies into the schemas', () => {
    const deal = (read('schema/deals.schema.json') as JsonSchema).items!;
    expect(deal.properties!.kind!.enum).toEqual([...DEAL_KINDS]);
    expect(deal.properties!.parties!.items!.properties!.role!.enum).toEqual([...PARTY_ROLES]);
    expect((read('schema/metrics.schema.json') as JsonSchema).items!.properties!.metric!.enum).toEqual([...METRIC_NAMES]);
  });

  it('describes every file in a Frictionless datapackage.json with size, hash and schema', () => {
    const descriptor = read('datapackage.json') as {
      profile: string;
      name: string;
      version: string;
      licenses: { name: string }[];
      sources: { title: string }[];
      resources: { name: string; path: string; profile: string; format: string; mediatype: string; bytes: number; hash: string; schema: string }[];
    };
    expect(descriptor).toMatchObject({ profile: 'data-package', name: pkg.name, version: pkg.version });
    expect(descriptor.licenses.map((l) => l.name)).toEqual([pkg.license]);
    expect(descriptor.sources).toHaveLength(sources.length);
    expect(descriptor.sources[4]!.title).toBe('"Alibaba cloud biz is on a run rate over $4B" — Ron Miller, TechCrunch, 2019');
    expect(descriptor.resources.map((r) => r.name)).toEqual(Object.keys(collections));
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(join(dir, resource.path));
      expect(resource).toMatchObject({ profile: 'data-resource', format: 'json', mediatype: 'application/json', schema: `schema/${resource.name}.schema.json` });
      expect(resource.bytes).toBe(bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(() => read(resource.schema)).not.toThrow();
    }
  });

  it('writes the same bytes every time (no timestamps), so builds are reproducible', () => {
    const again = mkdtempSync(join(tmpdir(), 'ledger-export-again-'));
    try {
      exportData(again);
      for (const path of written) expect(readFileSync(join(again, path)).equals(readFileSync(join(dir, path))), path).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('runs from the command line with tsx, writing into the given directory', () => {
    const other = mkdtempSync(join(tmpdir(), 'ledger-export-cli-'));
    try {
      const run = spawnSync(join(root.pathname, 'node_modules/.bin/tsx'), ['scripts/export-data.ts', other], { cwd: root, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      for (const path of written) expect(() => JSON.parse(readFileSync(join(other, path), 'utf8')), path).not.toThrow();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

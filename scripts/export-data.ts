/**
 * Writes the dataset for other languages: plain JSON per collection, a JSON Schema per collection
 * generated from the zod schemas, and a Frictionless Data Package descriptor tying them together.
 * Run after tsup (which may clean dist/): `tsx scripts/export-data.ts [outDir]`, default dist/data.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { deals, entities, metrics, rules, sources } from '../src/data/index.js';
import { sourceReference } from '../src/query/_lib/dataset.js';
import { dealSchema, entitySchema, metricSchema, ruleSchema, sourceSchema } from '../src/schema/index.js';

const resources = [
  {
    name: 'sources',
    records: sources,
    schema: sourceSchema,
    title: 'Sources',
    description: 'The articles every citation points to: title, author, publisher, publication date (metadata only, never their text).',
  },
  {
    name: 'entities',
    records: entities,
    schema: entitySchema,
    title: 'Entities',
    description: 'Companies, business units, products, funds, people and public bodies, with aliases, parent links and former parents.',
  },
  {
    name: 'deals',
    records: deals,
    schema: dealSchema,
    title: 'Deals',
    description: 'Acquisitions, investments, joint ventures, partnerships, listings and other deals, with parties, roles, stakes and amounts.',
  },
  {
    name: 'metrics',
    records: metrics,
    schema: metricSchema,
    title: 'Metrics',
    description: 'Quantitative claims about entities (users, revenue, growth, fees, …) dated by asOf or period.',
  },
  {
    name: 'rules',
    records: rules,
    schema: ruleSchema,
    title: 'Rules',
    description: 'Revenue-share, royalty, commission and fee rules the sources state.',
  },
] as const;

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly license: string;
}

/** Writes every export file into `outDir` and returns their paths relative to it. */
export function exportData(outDir: string): readonly string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;
  const written: string[] = [];
  const write = (path: string, value: unknown): string => {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    writeFileSync(join(outDir, path), text);
    written.push(path);
    return text;
  };
  mkdirSync(join(outDir, 'schema'), { recursive: true });

  const descriptors = resources.map(({ name, records, schema, title, description }) => {
    const schemaPath = `schema/${name}.schema.json`;
    // The file holds an array of records, so its schema is an array of the record schema.
    const { $schema, ...jsonSchema } = z.toJSONSchema(z.array(schema));
    write(schemaPath, { $schema, title: `${pkg.name} ${name}`, description, ...jsonSchema });
    const text = write(`${name}.json`, records);
    return {
      name,
      path: `${name}.json`,
      profile: 'data-resource',
      title,
      description,
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(text),
      hash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
      schema: schemaPath,
    };
  });

  write('datapackage.json', {
    profile: 'data-package',
    name: pkg.name,
    title: 'Ecosystem ledger',
    description: pkg.description,
    version: pkg.version,
    licenses: [{ name: pkg.license, path: `https://opensource.org/licenses/${pkg.license}`, title: `${pkg.license} License` }],
    sources: sources.map((source) => ({ title: sourceReference(source) })),
    resources: descriptors,
  });
  return written;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = process.argv[2] ?? 'dist/data';
  console.log(`export-data: wrote ${exportData(outDir).join(', ')} to ${outDir}`);
}

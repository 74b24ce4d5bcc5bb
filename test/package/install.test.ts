import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packs the built package, installs the tarball into an empty project and uses it the ways
// people do: ESM, CJS, every subpath, a nodenext type check, the CLI, Deno and Bun.
const root = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
let project = '';

const run = (cmd: string, args: string[], cwd = project) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'ecosystem-ledger-consumer-'));
  run('npm', ['pack', '--pack-destination', project, '--silent'], root);
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', `./${tarball}`, '--no-audit', '--no-fund', '--prefer-offline', '--silent']);
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the packed package, installed into an empty project', () => {
  it('imports as ESM from every subpath', () => {
    const out = run('node', [
      '--input-type=module',
      '-e',
      `import { deals, dealsBy, revenueSplit, musicianPlatformRule } from 'ecosystem-ledger';
       import * as data from 'ecosystem-ledger/data';
       import * as royalty from 'ecosystem-ledger/royalty';
       import * as schema from 'ecosystem-ledger/schema';
       const split = revenueSplit(musicianPlatformRule, '12.50');
       console.log(JSON.stringify([deals.length > 100, dealsBy('Alibaba').length > 0, split.lines.map((l) => l.amount.amount),
         data.deals === deals, typeof royalty.allocate, typeof schema.dealSchema.parse, 'deals' in royalty]));`,
    ]);
    expect(JSON.parse(out)).toEqual([true, true, [125, 125, 1000], true, 'function', 'function', false]);
  });

  it('requires as CJS from every subpath', () => {
    const out = run('node', [
      '-e',
      `const l = require('ecosystem-ledger'); const r = require('ecosystem-ledger/royalty');
       const d = require('ecosystem-ledger/data'); const s = require('ecosystem-ledger/schema');
       console.log(JSON.stringify([l.deals.length === d.deals.length, r.allocate(r.money('0.10', 'CNY'), [1, 1, 1]).map((m) => m.amount), typeof s.metricSchema.parse]));`,
    ]);
    expect(JSON.parse(out)).toEqual([true, [4, 3, 3], 'function']);
  });

  it('type-checks a consumer under moduleResolution nodenext, where a misspelt deal kind is an error', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
    );
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { dealsBy, metricsFor, revenueSplit, xiamiDownloadRule, type Deal } from 'ecosystem-ledger';
       import { allocate, money } from 'ecosystem-ledger/royalty';
       import { dealSchema } from 'ecosystem-ledger/schema';
       const acquisitions: readonly { readonly id: string }[] = dealsBy({ party: 'Alibaba', kind: 'acquisition' });
       const kind: Deal['kind'] = 'acquisition';
       // @ts-expect-error a misspelt deal kind is a type error
       dealsBy({ kind: 'aquisition' });
       metricsFor('Xiami', { metric: 'registered-users' });
       revenueSplit(xiamiDownloadRule, '0.80');
       allocate(money('1.00', 'CNY'), [1, 2]);
       dealSchema.parse({});
       export { acquisitions, kind };`,
    );
    expect(() => run(bin('tsc'), ['-p', project])).not.toThrow();
  });

  it('runs the CLI from node_modules/.bin', () => {
    const version = run(join(project, 'node_modules/.bin/ecosystem-ledger'), ['--version']).trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  const runtimes = [
    ['deno', ['eval', '--node-modules-dir=manual']],
    ['bun', ['-e']],
  ] as const;
  for (const [name, args] of runtimes) {
    it.runIf(existsSync(bin(name)))(`imports the built package in ${name}`, () => {
      const out = run(bin(name), [
        ...args,
        `import { currencyScale, deals, revenueSplit, xiamiDownloadRule } from 'ecosystem-ledger';
         const scales = ['HUF', 'COP', 'IQD', 'CLF', 'JPY'].map(currencyScale);
         console.log(JSON.stringify([deals.length > 100, revenueSplit(xiamiDownloadRule, '0.80').lines.map((l) => l.amount.amount), scales]));`,
      ]);
      // currency scales come from the library's ISO 4217 table, not the runtime's own currency data
      expect(JSON.parse(out.trim().split('\n').at(-1) ?? '')).toEqual([true, [20, 40, 20], [2, 2, 3, 4, 0]]);
    });
  }
});

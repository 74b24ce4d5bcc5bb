import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
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

  it('type-checks a strict consumer (nodenext, noUncheckedIndexedAccess, exactOptionalPropertyTypes) that types query results with the record types', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { dealsBy, entityOf, metricsFor, resolveEntity, revenueSplit, rules, xiamiDownloadRule, type DatasetRule, type Deal, type Entity, type Metric } from 'ecosystem-ledger';
       import { allocate, ERROR_CODES, isLedgerError, LedgerError, money, settleTotals, type ErrorCode } from 'ecosystem-ledger/royalty';
       import { dealSchema, type DealInput } from 'ecosystem-ledger/schema';
       function describeDeal(d: Deal): string { return \`\${d.kind}: \${d.parties.map((p) => p.entity).join(', ')}\`; }
       const latest = (ms: readonly Metric[]): Metric | undefined => ms.at(-1);
       const ruleIds = (rs: readonly DatasetRule[]): string[] => rs.map((r) => r.id);
       const acquisitions: readonly Deal[] = dealsBy({ party: 'Alibaba', kind: 'acquisition' });
       const first = acquisitions[0];
       const described: string = first ? describeDeal(first) : 'none';
       const e: Entity = resolveEntity('Xiami');
       const parent: Entity = entityOf('alibaba-group');
       latest(metricsFor('Xiami', { metric: 'registered-users' }));
       ruleIds(rules);
       const kind: Deal['kind'] = 'acquisition';
       // @ts-expect-error a misspelt deal kind is a type error
       dealsBy({ kind: 'aquisition' });
       revenueSplit(xiamiDownloadRule, '0.80');
       let code: ErrorCode | undefined;
       try {
         allocate(money('1.00', 'CNY'), []);
       } catch (error) {
         if (error instanceof LedgerError) code = error.code;
         if (isLedgerError(error, ERROR_CODES[0])) code = error.code;
       }
       const june = settleTotals([{ track: 't1', month: '2011-03', gross: '0.80', units: 1 }], { rule: xiamiDownloadRule, credits: {}, minimumPayout: '1.00' });
       settleTotals([], { rule: xiamiDownloadRule, credits: {}, minimumPayout: '1.00', openingBalances: june.closingBalances });
       const parsed: DealInput = dealSchema.parse({});
       export { described, e, parent, kind, code, parsed };`,
    );
    const check = () => {
      try {
        return run(bin('tsc'), ['-p', project]);
      } catch (error) {
        // tsc reports its errors on stdout; show them rather than only "Command failed".
        throw new Error(String((error as { stdout?: string }).stdout ?? error));
      }
    };
    expect(check).not.toThrow();
  });

  it('runs the CLI from node_modules/.bin', () => {
    const version = run(join(project, 'node_modules/.bin/ecosystem-ledger'), ['--version']).trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  // Deno and Bun are not devDependencies (together they would double node_modules): the checks
  // use whichever is installed, and .ci/run installs both.
  const runtimes = [
    ['deno', ['eval', '--node-modules-dir=manual']],
    ['bun', ['-e']],
  ] as const;
  const installed = (name: string) =>
    [bin(name), ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name))].find((path) => existsSync(path));
  for (const [name, args] of runtimes) {
    const runtime = installed(name);
    it.skipIf(!runtime)(`imports the built package in ${name}${runtime ? '' : ` (skipped: ${name} is not installed)`}`, () => {
      const out = run(runtime ?? name, [
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

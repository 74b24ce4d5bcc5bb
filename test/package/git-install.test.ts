import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Installs the committed package from git, as `npm install git+https://…` does: git holds no
// dist/, so this only works if npm's `prepare` builds it in the clone.
const root = resolve(import.meta.dirname, '../..');
const isGitCheckout = existsSync(join(root, '.git'));
let scratch = '';
let project = '';

const run = (cmd: string, args: string[], cwd = project) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  if (!isGitCheckout) return;
  scratch = mkdtempSync(join(tmpdir(), 'ecosystem-ledger-git-'));
  const clone = join(scratch, 'ecosystem-ledger');
  run('git', ['clone', '--quiet', root, clone], scratch);
  project = join(scratch, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', `git+${pathToFileURL(clone).href}`, '--no-audit', '--no-fund', '--prefer-offline', '--silent']);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(!isGitCheckout)('the package installed from a git clone (git+file://)', () => {
  it('arrives built: importing it (ESM) gives the dataset and the royalty functions', () => {
    const out = run('node', [
      '--input-type=module',
      '-e',
      `import { deals, revenueSplit, xiamiDownloadRule } from 'ecosystem-ledger';
       console.log(JSON.stringify([deals.length > 100, revenueSplit(xiamiDownloadRule, '0.80').lines.map((l) => l.amount.amount)]));`,
    ]);
    expect(JSON.parse(out)).toEqual([true, [20, 40, 20]]);
  });

  it('runs its ecosystem-ledger bin', () => {
    expect(run(join(project, 'node_modules/.bin/ecosystem-ledger'), ['--version']).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

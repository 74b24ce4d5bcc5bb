import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const COMMANDS = ['deals', 'metrics', 'sources', 'conflicts', 'split', 'settle'];

describe('ecosystem-ledger', () => {
  it('--version prints the package version', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists every command', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it.each(COMMANDS)('%s --help prints its usage and exits 0', async (command) => {
    const { code, stdout, stderr } = await runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^Usage: ecosystem-ledger ${command}\\b`));
    expect((await runCli(['help', command])).stdout).toBe(stdout);
  });

  it('help alone prints the usage; help for an unknown command exits 2', async () => {
    expect(await runCli(['help'])).toMatchObject({ code: 0, stdout: (await runCli(['--help'])).stdout });
    const unknown = await runCli(['help', 'deal']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no help for unknown command "deal"');
  });

  it('no command or an unknown one exits 2 with the usage', async () => {
    for (const argv of [[], ['deal'], ['--verbose']]) {
      const { code, stdout, stderr } = await runCli(argv);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: ecosystem-ledger <command>');
    }
  });

  it('runs as a program from its shebang entry, with exit codes', () => {
    const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
    const main = new URL('../../src/cli/main.ts', import.meta.url).pathname;
    expect(readFileSync(main, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const ok = spawnSync(tsx, [main, '--version'], { encoding: 'utf8' });
    expect([ok.status, ok.stdout]).toEqual([0, `${version}\n`]);
    const unknown = spawnSync(tsx, [main, 'deals', 'Alibab'], { encoding: 'utf8' });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Alibaba Group');
  }, 30_000);
});

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
    expect(unknown.stderr).toBe("error: no help for unknown command 'deal'; did you mean 'deals'?\nRun 'ecosystem-ledger --help' for usage.\n");
  });

  it.each([
    [[], 'missing command'],
    [['dels'], "unknown command 'dels'; did you mean 'deals'?"],
    [['settel'], "unknown command 'settel'; did you mean 'settle'?"],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['--verison'], "unknown option '--verison'; did you mean '--version'?"],
  ])('%j exits 2 with the error first and one line pointing to --help, not the whole help', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`error: ${message}\nRun 'ecosystem-ledger --help' for usage.\n`);
  });

  it.each([
    [['deals', '--knd', 'acquisition'], "unknown option '--knd'; did you mean '--kind'?", 'deals'],
    [['metrics', 'Xiami', '--metrc', 'users'], "unknown option '--metrc'; did you mean '--metric'?", 'metrics'],
    [['settle', 's.csv', '--credit', 'c.json'], "unknown option '--credit'; did you mean '--credits'?", 'settle'],
    [['deals', '--kind'], "option '--kind' needs a value", 'deals'],
    [['split', 'xiami-download', '-3'], "unknown option '-3'; a value that starts with '-' goes after '--', as in '-- -3'", 'split'],
  ])('%j: the mistake, with a suggestion, on the first line', async (argv, message, command) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`error: ${message}\nRun 'ecosystem-ledger ${command} --help' for usage.\n`);
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

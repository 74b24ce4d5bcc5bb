import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { run } from '../../src/cli/run.js';

/** What one in-process CLI run printed and returned. */
export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs the CLI in-process with string collectors for stdout and stderr. */
export async function runCli(argv: readonly string[], isTTY = false): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    isTTY,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary directory with the given files, removed after the test file; returns its path. */
export function tempFiles(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecosystem-ledger-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

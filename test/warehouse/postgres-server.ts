// A throw-away PostgreSQL server for the tests: a fresh cluster in a temp directory, reached over
// a Unix socket in that directory (no TCP), run as the unprivileged `postgres` user when the
// tests run as root (root cannot run the server). psql talks to it, so no client library is needed.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../cli/csv-oracle.js';

export type PostgresServer = Readonly<{
  /** Runs SQL (statements separated by `;`) and returns the last statement's rows as objects of text (NULL → null). */
  query: (sql: string) => Record<string, string | null>[];
  /** Loads CSV text (with a header) into an existing table. */
  copy: (table: string, csv: string) => void;
  stop: () => void;
}>;

const NULL = '\\N';

function binDirectory(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

/** Starts a server, or returns why it cannot (no initdb, no `postgres` user, a failed start). */
export function startPostgres(): PostgresServer | string {
  const bin = binDirectory();
  if (bin === undefined) return 'no PostgreSQL server binaries (initdb) under /usr/lib/postgresql';
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'ledger-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const asServerUser = (command: string, args: string[]): string =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { encoding: 'utf8', stdio: 'pipe' })
      : execFileSync(join(bin, command), args, { encoding: 'utf8', stdio: 'pipe' });
  let started = false;
  const stop = (): void => {
    if (started) {
      started = false;
      try {
        asServerUser('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already gone: the directory goes below either way
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    asServerUser('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    asServerUser('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-k ${dir} -c listen_addresses='' -c fsync=off`, 'start']);
    started = true;
  } catch (error) {
    stop();
    const { stderr, message } = error as { stderr?: string; message: string };
    return `PostgreSQL could not start: ${(stderr || message).trim().split('\n')[0]}`;
  }
  const psql = (args: string[], input?: string): string =>
    execFileSync('psql', ['-h', dir, '-U', 'postgres', '-d', 'postgres', '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...args], {
      encoding: 'utf8',
      input,
      maxBuffer: 1 << 28,
    });
  return {
    query: (sql) => {
      const [header = [], ...rows] = parseCsv(psql(['--csv', '-P', `null=${NULL}`, '-c', sql]));
      return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] === NULL ? null : (row[i] ?? null)])));
    },
    copy: (table, csv) => {
      psql(['-c', `COPY ${table} FROM STDIN WITH (FORMAT csv, HEADER true)`], csv);
    },
    stop,
  };
}

// The CLI never destroys or half-writes a file (#9): outputs that would overwrite an input or
// each other are refused before anything is written, a failed or interrupted run leaves every
// earlier file byte for byte as it was, with no temporary file behind, and file-system errors
// are worded.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, chownSync, createWriteStream, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from '../cli/run-cli.js';

const credits = {
  t1: [
    { role: 'lyricist', payee: 'ann', share: 1 },
    { role: 'composer', payee: 'ann', share: 1 },
    { role: 'producer', payee: 'bo', share: 1 },
  ],
};
const SALES = 'sale_id,track_id,sold_at,price\ns1,t1,2013-08-02T10:00:00+08:00,28.24\ns2,t9,2013-08-02T10:00:00+08:00,1.00\n';
const EARLIER = 'month,payee,amount\n2013-07,ann,1.00\n';
const dir = tempFiles({});
const MAIN = new URL('../../src/cli/main.ts', import.meta.url).pathname;
let cases = 0;

/** A fresh folder with the sales, the credits, and earlier outputs that a failed run must keep. */
function workspace(): { folder: string; at: (name: string) => string; files: () => Record<string, string> } {
  const folder = join(dir, `case-${++cases}`);
  mkdirSync(folder);
  const at = (name: string) => join(folder, name);
  writeFileSync(at('sales.csv'), SALES);
  writeFileSync(at('credits.json'), JSON.stringify(credits));
  writeFileSync(at('out.csv'), EARLIER);
  writeFileSync(at('rejected.csv'), EARLIER);
  // what the folder holds: each file's text, where each link points, and nothing else
  const files = () =>
    Object.fromEntries(
      readdirSync(folder)
        .sort()
        .map((name) => {
          const stats = lstatSync(at(name));
          return [name, stats.isSymbolicLink() ? `→ ${readlinkSync(at(name))}` : stats.isFile() ? readFileSync(at(name), 'utf8') : '(not a file)'];
        }),
    );
  return { folder, at, files };
}

const settleIn = (at: (name: string) => string, ...argv: string[]) => runCli(['settle', at('sales.csv'), '--credits', at('credits.json'), ...argv]);

describe('an output that is an input or the other output is refused before anything is written', () => {
  it.each([
    ['--out', 'sales.csv', 'the sales file'],
    ['--rejected', 'sales.csv', 'the sales file'],
    ['--out', 'credits.json', 'the credits file'],
    ['--rejected', 'credits.json', 'the credits file'],
  ])('%s %s: exit 2, every file as it was', async (option, name, what) => {
    const { at, files } = workspace();
    const before = files();
    const { code, stdout, stderr } = await settleIn(at, option, at(name));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`error: ${option} ${at(name)} is ${what}: writing it would destroy it; choose another file`);
    expect(files()).toEqual(before);
  });

  it('links, hard links and ./ spellings of an input count as the input', async () => {
    const { folder, at, files } = workspace();
    symlinkSync(at('sales.csv'), at('link.csv'));
    linkSync(at('credits.json'), at('hard-link.json'));
    const before = files();
    for (const [spelling, what] of [
      [at('link.csv'), 'the sales file'],
      [`${folder}/./sales.csv`, 'the sales file'],
      [`${folder}/../${folder.split('/').at(-1)}/credits.json`, 'the credits file'],
      [at('hard-link.json'), 'the credits file'],
    ] as const) {
      const { code, stderr } = await settleIn(at, '--rejected', spelling);
      expect(code).toBe(2);
      const input = at(what === 'the sales file' ? 'sales.csv' : 'credits.json');
      expect(stderr.split('\n')[0]).toBe(`error: --rejected ${spelling} is ${what} (${input}): writing it would destroy it; choose another file`);
    }
    expect(files()).toEqual(before);
  });

  it('--out x --rejected x (or a link to x) is refused: exit 2, x as it was', async () => {
    const { at, files } = workspace();
    symlinkSync(at('out.csv'), at('other-name.csv'));
    const before = files();
    for (const rejected of [at('out.csv'), at('other-name.csv')]) {
      const { code, stderr } = await settleIn(at, '--out', at('out.csv'), '--rejected', rejected);
      expect(code).toBe(2);
      const shown = rejected === at('out.csv') ? '' : ` (${at('out.csv')})`;
      expect(stderr.split('\n')[0]).toBe(`error: --rejected ${rejected} is the file of --out${shown}: writing it would destroy it; choose another file`);
    }
    expect(files()).toEqual(before);
  });

  it('--rejected - takes stdout only when the statements go to a file', async () => {
    const { at, files } = workspace();
    const before = files();
    for (const argv of [['--out', '-', '--rejected', '-'], ['--rejected', '-'], ['--rejected', '-', '--json', '--out', at('new.csv')]]) {
      const { code, stdout, stderr } = await settleIn(at, ...argv);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr.split('\n')[0]).toBe('error: --rejected - takes stdout: write the statements with --out <file>, not to stdout');
    }
    expect(files()).toEqual(before);
    const piped = await settleIn(at, '--rejected', '-', '--out', at('out.csv'));
    expect(piped.code).toBe(0);
    expect(piped.stdout).toMatch(/^line,id,code,reason,amount\n3,s2,UNKNOWN_TRACK,/);
    expect(piped.stderr).toContain('Rows read');
  });

  it('--out - writes nothing to stdout when the run fails', async () => {
    const { at } = workspace();
    writeFileSync(at('sales.csv'), 'sale,track\ns1,t1\n');
    const { code, stdout } = await settleIn(at, '--out', '-');
    expect([code, stdout]).toEqual([1, '']);
  });
});

describe('a failed run leaves every earlier output exactly as it was, and no temporary file', () => {
  it.each([
    ['a bad --tz', (at: (n: string) => string) => ['settle', at('sales.csv'), '--credits', at('credits.json'), '--tz', 'Mars/Olympus'], 2],
    ['a bad header', (at: (n: string) => string) => (writeFileSync(at('sales.csv'), 'sale,track\ns1,t1\n'), ['settle', at('sales.csv'), '--credits', at('credits.json')]), 1],
    ['a missing input', (at: (n: string) => string) => ['settle', at('missing.csv'), '--credits', at('credits.json')], 1],
    ['missing credits', (at: (n: string) => string) => ['settle', at('sales.csv'), '--credits', at('missing.json')], 1],
    [
      'credits missing a role',
      (at: (n: string) => string) => (writeFileSync(at('credits.json'), JSON.stringify({ t1: [{ role: 'lyricist', payee: 'ann', share: 1 }] })), ['settle', at('sales.csv'), '--credits', at('credits.json')]),
      1,
    ],
    ['credits that are not JSON', (at: (n: string) => string) => (writeFileSync(at('credits.json'), '{'), ['settle', at('sales.csv'), '--credits', at('credits.json')]), 1],
  ])('%s', async (_, argvOf, exitCode) => {
    const { at, files } = workspace();
    const argv = argvOf(at);
    const before = files();
    const { code, stderr } = await runCli([...argv, '--out', at('out.csv'), '--rejected', at('rejected.csv')]);
    expect(code).toBe(exitCode);
    expect(stderr).not.toContain('internal error');
    expect(files()).toEqual(before);
  });

  it('a full disk (ENOSPC, /dev/full behind a link) is worded, exit 1, and the other output stays as it was', async () => {
    const { at, files } = workspace();
    symlinkSync('/dev/full', at('full.csv'));
    const before = files();
    const { code, stderr } = await settleIn(at, '--rejected', at('rejected.csv'), '--out', at('full.csv'));
    expect(code).toBe(1);
    expect(stderr).toBe(`error: cannot write ${at('full.csv')}: no space left on the device\n`);
    expect(files()).toEqual(before);
  });

  it('a write that fails midway through a temporary file (EFBIG under a file-size limit) is worded, and nothing is replaced', () => {
    const { at, files } = workspace();
    // 3,000 rejected rows make a --rejected file far larger than the limit the shell sets
    const rows = Array.from({ length: 3000 }, (_, i) => `s${i},t-none,2013-08-02T10:00:00+08:00,1.00\n`).join('');
    writeFileSync(at('sales.csv'), `sale_id,track_id,sold_at,price\n${rows}`);
    const before = files();
    const argv = [process.execPath, '--import', 'tsx', MAIN, 'settle', at('sales.csv'), '--credits', at('credits.json'), '--out', at('out.csv'), '--rejected', at('rejected.csv')];
    // SIGXFSZ ignored, so that a write past the limit fails with EFBIG instead of killing the process
    const script = `ulimit -f 64; trap '' XFSZ; exec ${argv.map((a) => `'${a}'`).join(' ')}`;
    const result = spawnSync('sh', ['-c', script], { encoding: 'utf8', env: { ...process.env, TSX_DISABLE_CACHE: '1' } });
    expect([result.status, result.stderr]).toEqual([1, `error: cannot write ${at('rejected.csv')}: the file is too large\n`]);
    expect(files()).toEqual(before);
  }, 60_000);

  it('a directory, or a path through a file, as an output is worded: exit 1, nothing written', async () => {
    const { at, files } = workspace();
    mkdirSync(at('folder'));
    const before = files();
    const directory = await settleIn(at, '--out', at('folder'), '--rejected', at('rejected.csv'));
    expect([directory.code, directory.stderr]).toEqual([1, `error: cannot write ${at('folder')}: it is a directory\n`]);
    const throughFile = await settleIn(at, '--rejected', at('rejected.csv'), '--out', at('sales.csv/out.csv'));
    expect([throughFile.code, throughFile.stderr]).toEqual([1, `error: cannot write ${at('sales.csv/out.csv')}: a part of the path is not a directory\n`]);
    const folderToBe = await settleIn(at, '--out', `${at('new-folder')}/`);
    expect([folderToBe.code, folderToBe.stderr]).toEqual([1, `error: cannot write ${at('new-folder')}/: no such file\n`]);
    expect(files()).toEqual(before);
  });

  // Permissions bind no superuser: as root, these run the CLI as "nobody" (setpriv), in a folder
  // that user owns; they are skipped only when neither is possible.
  const asRoot = process.getuid?.() === 0;
  const canDropRoot = !asRoot || spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0;
  const settleAsUser = (at: (name: string) => string, ...argv: string[]) => {
    const command = [process.execPath, '--import', 'tsx', MAIN, 'settle', at('sales.csv'), '--credits', at('credits.json'), ...argv];
    const [program, ...args] = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command] : command;
    const result = spawnSync(program as string, args, { encoding: 'utf8', env: { ...process.env, TSX_DISABLE_CACHE: '1' } });
    return { code: result.status, stderr: result.stderr };
  };
  const userWorkspace = () => {
    const space = workspace();
    if (asRoot) {
      chmodSync(dir, 0o755);
      for (const name of ['', ...readdirSync(space.folder)]) chownSync(space.at(name), 65534, 65534);
    }
    return space;
  };

  it.skipIf(!canDropRoot)('a folder it may not write to (EACCES) is worded: exit 1', () => {
    const { at, files } = userWorkspace();
    mkdirSync(at('locked'), 0o555);
    const before = files();
    const result = settleAsUser(at, '--rejected', at('rejected.csv'), '--out', at('locked/out.csv'));
    expect(result).toEqual({ code: 1, stderr: `error: cannot write ${at('locked/out.csv')}: permission denied\n` });
    expect(files()).toEqual(before);
  }, 60_000);

  it.skipIf(!canDropRoot)('a read-only output or an unreadable input (EACCES) is worded: exit 1, nothing written', () => {
    const { at, files } = userWorkspace();
    chmodSync(at('out.csv'), 0o444);
    const before = files();
    const readOnly = settleAsUser(at, '--rejected', at('rejected.csv'), '--out', at('out.csv'));
    expect(readOnly).toEqual({ code: 1, stderr: `error: cannot write ${at('out.csv')}: permission denied\n` });
    chmodSync(at('credits.json'), 0o000);
    const unreadable = settleAsUser(at, '--out', at('new.csv'));
    chmodSync(at('credits.json'), 0o644);
    expect(unreadable).toEqual({ code: 1, stderr: `error: cannot read ${at('credits.json')}: permission denied\n` });
    expect(files()).toEqual(before);
  }, 60_000);
});

describe('a run that succeeds replaces its outputs whole', () => {
  it('writes both files, keeps the permissions of the files it replaces, and leaves no temporary file', async () => {
    const { at, files } = workspace();
    chmodSync(at('out.csv'), 0o640);
    const { code } = await settleIn(at, '--out', at('out.csv'), '--rejected', at('rejected.csv'));
    expect(code).toBe(0);
    expect(Object.keys(files())).toEqual(['credits.json', 'out.csv', 'rejected.csv', 'sales.csv']);
    expect(files()['out.csv']).toBe('month,payee,amount\n2013-08,ann,5.65\n2013-08,bo,22.59\n');
    expect(files()['rejected.csv']).toMatch(/^line,id,code,reason,amount\n3,s2,UNKNOWN_TRACK,.*the credits file.*,1\.00\n$/);
    expect(statSync(at('out.csv')).mode & 0o777).toBe(0o640);
  });

  it('writes through a link to the file it points at, leaving the link a link', async () => {
    const { at, files } = workspace();
    symlinkSync(at('out.csv'), at('link.csv'));
    expect((await settleIn(at, '--out', at('link.csv'))).code).toBe(0);
    expect(files()['out.csv']).toMatch(/^month,payee,amount\n2013-08,ann,5\.65\n/);
    expect(readdirSync(at('')).sort()).toEqual(['credits.json', 'link.csv', 'out.csv', 'rejected.csv', 'sales.csv']);
  });
});

describe('an interrupted run', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s mid-run leaves the earlier outputs byte for byte, and no temporary file', async (signal) => {
    const { folder, at, files } = workspace();
    // A large generated input fed through a FIFO: the settlement is certainly running, reading
    // rows, when the signal comes, however fast or loaded the machine.
    spawnSync('mkfifo', [at('sales.fifo')]);
    const rows = Array.from({ length: 200_000 }, (_, i) => `s${i},t1,2013-08-02T10:00:00+08:00,1.00\n`).join('');
    const before = files();
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'settle', at('sales.fifo'), '--credits', at('credits.json'), '--out', at('out.csv'), '--rejected', at('rejected.csv')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = once(child, 'exit');
    const feed = createWriteStream(at('sales.fifo'));
    feed.on('error', () => undefined); // the reader is gone once interrupted
    await new Promise((resolve) => feed.write(`sale_id,track_id,sold_at,price\n${rows}`, resolve));
    // the rows are being read: wait until the temporary outputs exist, then interrupt
    while (!readdirSync(folder).some((name) => name.endsWith('.tmp'))) await sleep(20);
    child.kill(signal);
    const [status, killedBy] = await exited;
    feed.destroy();
    expect({ status, signal: killedBy }).toEqual({ status: null, signal });
    expect(files()).toEqual(before);
  }, 60_000);
});

import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Tree-shaking budgets: what a bundler keeps when an app imports only the royalty functions.
const root = resolve(import.meta.dirname, '../..');

async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // settleInDuckDB imports @duckdb/node-api and os (node:os, as the build writes it) on call
    external: ['zod', 'date-fns', 'date-fns/*', '@duckdb/node-api', 'os'],
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

// Strings that only dataset records contain (an entity id and a deal source's words).
const datasetMarkers = ['aliexpress-russia', 'Flutterwave', 'Barefoot'];

describe('bundle budgets', () => {
  for (const entry of ['ecosystem-ledger/royalty', 'ecosystem-ledger']) {
    it(`a bundle of allocate from '${entry}' carries no dataset records and stays small`, async () => {
      const code = await bundle(`import { allocate, money } from '${entry}'; console.log(allocate(money('1.00', 'CNY'), [1, 2]));`);
      for (const marker of datasetMarkers) expect(code).not.toContain(marker);
      expect(code).not.toMatch(/from ?"zod"/);
      expect(code.length).toBeLessThan(12_000);
    });
  }

  it("a bundle of settlementSql from 'ecosystem-ledger/warehouse' carries no dataset, no zod and no DuckDB", async () => {
    const code = await bundle(
      `import { settlementSql } from 'ecosystem-ledger/warehouse'; import { xiamiDownloadRule as rule } from 'ecosystem-ledger/royalty'; console.log(settlementSql({ dialect: 'duckdb', rule, sales: 's', credits: 'c' }));`,
    );
    for (const marker of datasetMarkers) expect(code).not.toContain(marker);
    expect(code).not.toMatch(/from ?"zod"/);
    // @duckdb/node-api stays a lazy import inside settleInDuckDB, which this bundle drops
    expect(code).not.toContain('@duckdb/node-api');
    expect(code).not.toMatch(/import\("os"\)/);
    expect(code).toContain('UNION ALL BY NAME');
  });

  it('a bundle of dealsBy does carry the dataset (the check above can fail)', async () => {
    const code = await bundle(`import { dealsBy } from 'ecosystem-ledger/data'; console.log(dealsBy('Alibaba'));`);
    expect(code).toContain('Flutterwave');
  });
});

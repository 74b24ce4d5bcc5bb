import { defineConfig } from 'tsup';

const entries = {
  index: 'src/index.ts',
  data: 'src/entries/data.ts',
  royalty: 'src/entries/royalty.ts',
  schema: 'src/schema/index.ts',
  warehouse: 'src/warehouse/index.ts',
};

// One entry per public subpath plus the `ecosystem-ledger` bin (dist/cli.js, which needs no
// declarations). ESM output is code-split so `./royalty` shares chunks with `.` instead of
// duplicating them; runtime dependencies stay external (they are in `dependencies`), and so does
// the optional peer @duckdb/node-api, which settleInDuckDB imports only when called.
export default defineConfig({
  entry: { ...entries, cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: entries },
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'node20',
  platform: 'neutral',
  external: ['@duckdb/node-api'],
});

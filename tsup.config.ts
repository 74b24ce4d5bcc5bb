import { defineConfig } from 'tsup';

// One entry per public subpath. ESM output is code-split so `./royalty` shares chunks with `.`
// instead of duplicating them; runtime dependencies stay external (they are in `dependencies`).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    data: 'src/entries/data.ts',
    royalty: 'src/royalty/index.ts',
    schema: 'src/schema/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'node20',
  platform: 'neutral',
});

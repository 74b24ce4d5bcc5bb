import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/package/**', 'node_modules/**'],
    pool: 'threads',
    // Reports once whether the citation tests can run (see test/source-texts.ts).
    globalSetup: ['test/source-check.ts'],
  },
});

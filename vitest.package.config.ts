import { defineConfig } from 'vitest/config';

// Checks of the built and packed package; `npm test` runs them after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});

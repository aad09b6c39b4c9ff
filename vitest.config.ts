import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser specs (tests/browser/*.spec.mjs) run under Playwright, not vitest.
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

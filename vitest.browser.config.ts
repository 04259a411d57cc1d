// `npm run test:browser`: the HTML pages opened in Debian's Chromium through
// playwright-core (no browser download). Kept out of `npm test`, which stays fast.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    setupFiles: ['tests/helpers/setup.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A real browser: `npm run test:browser` (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    setupFiles: ['tests/helpers/setup.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
  },
});

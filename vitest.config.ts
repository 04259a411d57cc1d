import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A real browser: `npm run test:browser` (vitest.browser.config.ts). OCR takes seconds per page (about a minute
    // for tests/ocr.test.ts on 2 cores): its own script, `npm run test:ocr`.
    exclude: [...configDefaults.exclude, 'tests/browser/**', ...(process.env.ASM_TEST_OCR ? [] : ['tests/ocr.test.ts'])],
    setupFiles: ['tests/helpers/setup.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
  },
});

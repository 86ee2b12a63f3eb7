import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // The end-to-end suites build real decks with Slidev and Chromium: minutes, not milliseconds.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Two cores: parallel Slidev builds only fight each other.
    fileParallelism: false,
    globalSetup: ['tests/global-setup.ts'],
  },
})

import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts',
      'tests/pdf/**/*.test.ts',
      'tests/safety/**/*.test.ts',
      'tests/lint/**/*.test.ts',
      'tests/word/**/*.test.ts'
    ],
    environment: 'node',
    testTimeout: 30000,
    hookTimeout: 30000,
    // Two cores: keep workers few so kill and PDF tests are not starved.
    maxWorkers: 2
  }
})

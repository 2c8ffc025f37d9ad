import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/** Debian's Chromium from apt; Playwright never downloads a browser here. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

export default defineConfig({
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  projects: [
    {
      name: 'chromium-loopback',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1366, height: 860 },
        locale: 'vi-VN',
        launchOptions: {
          // Debian's Chromium here; on CI runners without it, Playwright's own (installed by the workflow).
          executablePath:
            process.env['CHROMIUM_PATH'] ||
            (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
          args: CHROMIUM_ARGS
        },
        trace: 'retain-on-failure'
      }
    },
    {
      name: 'electron',
      testDir: 'tests/e2e-electron'
    }
  ]
})

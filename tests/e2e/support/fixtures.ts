import { test as base, expect } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RENDERER_DIR, startLoopbackApp, type LoopbackApp } from './loopbackServer'
import { installWindowApi } from './windowApiShim'

export const SCREENSHOT_DIR = join(process.cwd(), 'artifacts', 'screenshots')

/** Each test gets its own data folder and its own loopback app, then a page opened on it. */
export const test = base.extend<{ app: LoopbackApp }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'hoinghi-e2e-'))
    const app = await startLoopbackApp(RENDERER_DIR, dataDir)
    await use(app)
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  },
  page: async ({ page, app }, use) => {
    await page.addInitScript(installWindowApi)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto(app.url)
    await use(page)
    // A CSP violation or an uncaught error is a failure even when the flow looked fine.
    expect(errors, 'errors in the page').toEqual([])
  }
})

export { expect }

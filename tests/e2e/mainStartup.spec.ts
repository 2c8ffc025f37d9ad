import { test, expect } from '@playwright/test'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { heavyLibrariesIn } from '../support/moduleLog/heavyModules'

/**
 * The built main process (out/main/index.js) started in plain Node against the fake Electron, with
 * every module it resolves logged: by the time its handlers are registered and its window shown,
 * nothing of SheetJS, ExcelJS, Papa Parse, pdfkit or docx is loaded; each loads when a handler
 * first needs it. (How long the start takes is measured by `npm run bench`, not here.)
 */
const run = promisify(execFile)

type Milestone = { at: number; cpu: number; modules: string[] }

test('the main process registers its handlers and shows its window before loading any heavy library', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hoinghi-start-'))
  try {
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        './tests/support/moduleLog/register.mjs',
        '--import',
        './tests/main/fake-electron/register.mjs',
        'tests/main/fake-electron/startup.mjs',
        join(process.cwd(), 'out', 'main', 'index.js')
      ],
      { env: { ...process.env, HOINGHI_DATA_DIR: join(dir, 'data'), MODULE_LOG: join(dir, 'modules.log') } }
    )
    const startup = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, Milestone>
    const { handlersRegistered, windowCreated, windowShown } = startup
    if (!handlersRegistered || !windowCreated || !windowShown) throw new Error(stdout)
    // The log works: the main process's own packages are in it.
    expect(handlersRegistered.modules.some((url) => url.includes('/node_modules/lowdb/'))).toBe(true)
    expect(heavyLibrariesIn(handlersRegistered.modules)).toEqual([])
    expect(heavyLibrariesIn(windowShown.modules)).toEqual([])
    expect(windowShown.at).toBeGreaterThanOrEqual(windowCreated.at)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('the built preload is under 5 KB', async () => {
  expect((await stat(join(process.cwd(), 'out', 'preload', 'index.cjs'))).size).toBeLessThan(5 * 1024)
})

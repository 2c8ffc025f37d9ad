import { test, expect } from '@playwright/test'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/windowSecurity'
import { SAMPLE_FILES, samplePath } from '../fixtures/samples/samplePaths'

/**
 * The built main process (out/main/index.js) run in plain Node against a recording fake of
 * Electron (tests/main/fake-electron): no Electron binary can be downloaded here, but the wiring
 * of window, protocol, IPC guard, menu, permissions and quit is still checked for real.
 */
const run = promisify(execFile)
const MAIN = join(process.cwd(), 'out', 'main', 'index.js')

async function drive(env: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hoinghi-main-'))
  const { stdout } = await run(
    process.execPath,
    ['--import', './tests/main/fake-electron/register.mjs', 'tests/main/fake-electron/drive.mjs', MAIN],
    { env: { ...process.env, HOINGHI_DATA_DIR: dataDir, ...env }, timeout: 30_000 }
  )
  return { ...(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>), dataDir }
}

test('the main process opens one locked-down window and guards every way in', async () => {
  const report = await drive({
    FAKE_OPEN_FILE: samplePath(SAMPLE_FILES.delegatesXlsx)
  })
  expect(report['windows']).toBe(1)
  expect(report['switches']).toEqual({ lang: 'vi' })
  expect(report['privilegedSchemes']).toEqual([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }
  ])
  expect(report['webPreferences']).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webviewTag: false
  })
  expect(existsSync(String((report['webPreferences'] as { preload: string }).preload))).toBe(true)
  expect(report['loaded']).toEqual(['app://hoinghi/index.html'])
  expect(report['index']).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, hasRoot: true })
  expect(report['refused']).toEqual([404, 404])
  expect(report['ipc']).toEqual({
    created: true,
    listed: 1,
    subFrame: 'forbidden',
    remote: 'forbidden',
    badName: 'invalid-input'
  })
  // Read by out/main/table-worker.js in a utility process with its heap capped, which the app
  // stops when a file runs too long and which alone ends when a file exhausts its memory.
  expect(report['importPreview']).toEqual({ rows: 60, first: 'Võ Trọng Hải' })
  expect(report['readerProcesses']).toEqual([
    { module: 'table-worker.js', execArgv: ['--max-old-space-size=1024'] }
  ])
  expect(report['menuBefore']).toEqual(['Tệp', 'Sửa', 'Xem'])
  expect(report['menuAfter']).toEqual(['File', 'Edit', 'View'])
  expect(report['undoItem']).toEqual({ accelerator: 'CmdOrCtrl+Z', registers: false })
  expect(report['sentUndo']).toBe(true)
  expect(report['permission']).toEqual({ request: false, check: false })
  expect(report['navigationPrevented']).toBe(true)
  expect(report['windowOpen']).toEqual({ action: 'deny' })
  expect(report['quit']).toEqual({ prevented: true, thenQuit: 1 })
  const settings = JSON.parse(
    readFileSync(join(String(report['dataDir']), 'settings.json'), 'utf8')
  ) as Record<string, unknown>
  expect(settings['language']).toBe('en')
  expect(settings['windowBounds']).toEqual({ x: 64, y: 48, width: 1280, height: 860, maximized: false })
})

test('a second instance hands over and quits without opening a window', async () => {
  const report = await drive({ FAKE_SINGLE_INSTANCE: 'taken' })
  expect(report).toMatchObject({ windows: 0, quitCalls: 1 })
})

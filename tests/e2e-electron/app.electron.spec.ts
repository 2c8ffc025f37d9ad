import { test, expect, _electron as electron } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Where the electron package keeps its binary once downloaded; null when it never was. */
function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url)
    const packageDir = dirname(require.resolve('electron/package.json'))
    const pathFile = join(packageDir, 'path.txt')
    if (!existsSync(pathFile)) return null
    const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

const binary = electronBinary()
const skipReason =
  'Electron binary not installed (no network to download it here): the same flows run in Chromium through the loopback transport (tests/e2e).'
if (!binary) console.log(`[electron suite] skipped: ${skipReason}`)

test.describe('the real Electron app', () => {
  test.skip(!binary, skipReason)

  test('create a conference, edit, undo, relaunch: persisted', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'hoinghi-electron-'))
    const launch = () => electron.launch({ args: ['.'], env: { ...process.env, HOINGHI_DATA_DIR: dataDir } })
    let app = await launch()
    let window = await app.firstWindow()
    await window.getByRole('button', { name: 'Hội nghị mới' }).click()
    await window.getByRole('dialog').getByLabel('Tên hội nghị').fill('Hội nghị giao ban Quý III năm 2024')
    await window.getByRole('dialog').getByRole('button', { name: 'Tạo' }).click()
    await window.getByRole('tabpanel').getByLabel('Địa điểm').fill('Hội trường Bộ CHQS tỉnh Nghệ An')
    await window.getByRole('tabpanel').getByLabel('Kỳ tổng kết').fill('Nhầm')
    await window.keyboard.press('Control+z')
    await expect(window.locator('[data-save-state="saved"]')).toBeVisible()
    // The page sees neither Node nor ipcRenderer: only the typed window.api.
    const exposed = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((globalThis as unknown as { api: object }).api).sort()
    }))
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', api: ['invoke', 'on'] })
    await app.close()
    app = await launch()
    window = await app.firstWindow()
    await window.getByRole('button', { name: 'Hội nghị giao ban Quý III năm 2024' }).click()
    await expect(window.getByRole('tabpanel').getByLabel('Địa điểm')).toHaveValue(
      'Hội trường Bộ CHQS tỉnh Nghệ An'
    )
    await expect(window.getByRole('tabpanel').getByLabel('Kỳ tổng kết')).toHaveValue('')
    await app.close()
  })
})

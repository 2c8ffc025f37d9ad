import { spawnSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SettingsStore } from './settingsStore'

async function freshStore(): Promise<{ dir: string; file: string; store: SettingsStore }> {
  const dir = await fs.mkdtemp(join(tmpdir(), 'hoinghi-settings-'))
  const file = join(dir, 'settings.json')
  const store = new SettingsStore(file)
  await store.load()
  return { dir, file, store }
}

describe('SettingsStore writes', () => {
  it('leaves the disk equal to memory after concurrent updates, every time', async () => {
    for (let run = 0; run < 20; run++) {
      const { file, store } = await freshStore()
      await Promise.all([
        store.update({
          externalFiles: { 'tong-ket-2023': '/mnt/chung/Hội nghị tổng kết 2023.hoinghi.json' }
        }),
        store.update({ language: 'en' }),
        store.update({ windowBounds: { x: 10, y: 20, width: 1280, height: 800, maximized: false } })
      ])
      expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual(store.data)
    }
  })

  it('flush() waits for a write nobody awaited (the window size saved on close)', async () => {
    const { file, store } = await freshStore()
    void store.update({ windowBounds: { x: 0, y: 0, width: 1024, height: 768, maximized: true } })
    await store.flush()
    expect(JSON.parse(await fs.readFile(file, 'utf8')).windowBounds).toMatchObject({ maximized: true })
  })

  it('removes the temp file of a settings write cut short by a crash, and keeps a live one', async () => {
    const { dir } = await freshStore()
    const gone = spawnSync(process.execPath, ['-e', '']).pid ?? 0
    const stale = join(dir, `.settings.json.${gone}.0123456789ab.tmp`)
    const live = join(dir, `.settings.json.${process.pid}.ba9876543210.tmp`)
    await fs.writeFile(stale, '{"language":"v')
    await fs.writeFile(live, '{"language":"v')
    await new SettingsStore(join(dir, 'settings.json')).load()
    await expect(fs.access(stale)).rejects.toThrow()
    await expect(fs.access(live)).resolves.toBeUndefined()
  })

  it('is flushed by the main process before it quits', async () => {
    const source = await fs.readFile(join(__dirname, '../main/index.ts'), 'utf8')
    const handler = /app\.on\('before-quit'[\s\S]*?\n {2}\}\)/.exec(source)?.[0] ?? ''
    expect(handler).toMatch(/settings\.flush\(\)/)
    expect(handler).toMatch(/store\.close\(\)/)
  })
})

import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listQuarantined, quarantineFile } from '../../electron/storage/quarantine'
import { tempDir } from './support/testContext'

describe('quarantine copies of a broken file on a shared folder', () => {
  it('keeps one copy per distinct content, however many times the file fails to load', async () => {
    const shared = await tempDir('hoinghi-share-')
    const quarantine = join(await tempDir('hoinghi-data-'), 'quarantine')
    const name = 'hoi-nghi-bien-phong-2023.hoinghi.json'
    const file = join(shared, name)
    await fs.writeFile(file, '{"format":"hoinghi.conference","title":"Hội nghị tổng kết công tác biên ph')
    const first = await quarantineFile(file, quarantine, new Date('2026-11-22T08:00:00Z'), true)
    for (const minute of [1, 2, 3])
      expect(await quarantineFile(file, quarantine, new Date(`2026-11-22T08:0${minute}:00Z`), true)).toBe(
        first
      )
    expect(await listQuarantined(quarantine, name)).toHaveLength(1)

    // Broken differently (someone edited it again): that content is kept too.
    await fs.writeFile(file, '{"format":"hoinghi.conference","title":"Hội nghị')
    const second = await quarantineFile(file, quarantine, new Date('2026-11-22T08:05:00Z'), true)
    expect(second).not.toBe(first)
    expect(await listQuarantined(quarantine, name)).toHaveLength(2)
    expect(await fs.readFile(second, 'utf8')).toBe('{"format":"hoinghi.conference","title":"Hội nghị')
    // The original on the shared folder is never touched.
    await expect(fs.access(file)).resolves.toBeUndefined()
  })
})

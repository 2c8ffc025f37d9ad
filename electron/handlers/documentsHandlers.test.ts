import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTestApp, hashTree } from '../../tests/safety/support/testContext'

describe('documents handlers never write over the app’s own files', () => {
  it('documents:save refuses the live conference file as a target', async () => {
    const app = await createTestApp()
    const created = await app.dispatch('conferences:create', {
      title: 'Hội nghị sơ kết 6 tháng đầu năm 2024'
    })
    if (!created.ok) throw new Error(created.error.message)
    const { key } = created.value as { key: string }
    const live = app.ctx.store.paths.conferenceFile(key)
    const before = await fs.readFile(live)
    app.answers.saveFile = live
    expect(await app.dispatch('documents:save', { key, docId: 'agenda' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', file: `${key}.hoinghi.json` }
    })
    expect(await fs.readFile(live)).toEqual(before)
  })

  it('documents:printAll refuses a folder inside the data folder before writing anything', async () => {
    const app = await createTestApp()
    const created = await app.dispatch('conferences:create', { title: 'Hội nghị giao ban Quý III năm 2024' })
    if (!created.ok) throw new Error(created.error.message)
    const { key } = created.value as { key: string }
    const before = await hashTree(app.dataDir)
    for (const folder of [join(app.dataDir, 'conferences'), join(app.dataDir, 'snapshots', key)]) {
      app.answers.chooseFolder = folder
      expect(await app.dispatch('documents:printAll', { key })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' }
      })
    }
    expect(await hashTree(app.dataDir)).toEqual(before)
  })
})

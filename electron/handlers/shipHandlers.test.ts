import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ConferenceDocument } from '../../shared/model/conference'
import { createTestApp, tempDir } from '../../tests/safety/support/testContext'
import type { Dispatch } from '../api/dispatch'

async function ok<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as T
}

describe('first run, about and backups through the channels', () => {
  it('"Mở hội nghị mẫu" copies the sample under a new id each time; the copy can be changed and deleted', async () => {
    const { dispatch } = await createTestApp()
    const first = await ok<{ key: string }>(dispatch, 'samples:openConference', {})
    const second = await ok<{ key: string }>(dispatch, 'samples:openConference', {})
    expect(first.key).not.toBe(second.key)
    const loaded = await ok<{ doc: ConferenceDocument }>(dispatch, 'conferences:load', { key: first.key })
    expect(loaded.doc.id).toBe(first.key)
    expect(loaded.doc.delegates).toHaveLength(60)
    await ok(dispatch, 'conferences:rename', { key: first.key, title: 'Hội nghị của tôi, sửa từ mẫu' })
    await ok(dispatch, 'conferences:close', { key: first.key })
    await ok(dispatch, 'conferences:trash', { key: second.key })
    const list = await ok<{ key: string; title: string }[]>(dispatch, 'conferences:list', {})
    expect(list.map((entry) => entry.title)).toEqual(['Hội nghị của tôi, sửa từ mẫu'])
  })

  it('"Tải tệp Excel mẫu" writes the template where the clerk chose; cancel writes nothing', async () => {
    const { dispatch, answers } = await createTestApp()
    expect(await ok(dispatch, 'samples:saveImportTemplate', {})).toBeNull()
    const out = join(await tempDir(), 'mẫu đại biểu.xlsx')
    answers.saveFile = out
    expect(await ok(dispatch, 'samples:saveImportTemplate', {})).toEqual({ fileName: 'mẫu đại biểu.xlsx' })
    expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe('PK')
  })

  it('"Mở thư mục dữ liệu" opens the data folder', async () => {
    const { dispatch, openedPaths, dataDir } = await createTestApp()
    await ok(dispatch, 'app:openDataFolder', {})
    expect(openedPaths).toEqual([dataDir])
  })

  it('backup:create → backup:inspect shows the plan → backup:restore reports, asking before a newer one', async () => {
    const { dispatch, answers, ctx } = await createTestApp()
    const { key } = await ok<{ key: string }>(dispatch, 'samples:openConference', {})
    await ok(dispatch, 'conferences:close', { key })
    const zip = join(await tempDir(), 'sao-luu.zip')
    answers.saveFile = zip
    expect(await ok(dispatch, 'backup:create', { includeSnapshots: true })).toMatchObject({
      fileName: 'sao-luu.zip',
      conferences: 1
    })

    // On the new PC the same conference exists and is newer: kept unless ticked.
    const file = ctx.store.paths.conferenceFile(key)
    const doc = JSON.parse(await fs.readFile(file, 'utf8')) as ConferenceDocument
    await fs.writeFile(file, JSON.stringify({ ...doc, updatedAt: '2099-01-01T00:00:00.000Z' }))
    answers.openFile = zip
    const inspected = await ok<{ token: string; plan: { path: string; action: string }[] }>(
      dispatch,
      'backup:inspect',
      {}
    )
    expect(inspected.plan).toEqual([expect.objectContaining({ action: 'keep-newer' })])
    const kept = await ok<{ restored: unknown[]; keptNewer: { title: string }[] }>(
      dispatch,
      'backup:restore',
      {
        token: inspected.token,
        overwrite: []
      }
    )
    expect(kept.restored).toEqual([])
    expect(kept.keptNewer[0]?.title).toMatch(/Thạch Lam/)
    // The token is spent; a forged one is refused by the schema.
    expect((await dispatch('backup:restore', { token: inspected.token, overwrite: [] })).ok).toBe(false)
    expect((await dispatch('backup:restore', { token: '../../etc/passwd', overwrite: [] })).ok).toBe(false)

    const again = await ok<{ token: string; plan: { path: string }[] }>(dispatch, 'backup:inspect', {})
    const replaced = await ok<{ restored: { title: string }[] }>(dispatch, 'backup:restore', {
      token: again.token,
      overwrite: [again.plan[0]?.path]
    })
    expect(replaced.restored).toHaveLength(1)
    expect((JSON.parse(await fs.readFile(file, 'utf8')) as ConferenceDocument).updatedAt).toBe(doc.updatedAt)
  })
})

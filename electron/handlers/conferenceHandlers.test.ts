import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ConferenceDocument } from '../../shared/model/conference'
import { newDelegate } from '../../shared/model/defaults'
import { createTestApp, tempDir } from '../../tests/safety/support/testContext'
import type { Dispatch } from '../api/dispatch'

async function ok<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as T
}

async function loadDoc(dispatch: Dispatch, key: string): Promise<ConferenceDocument> {
  return (await ok<{ doc: ConferenceDocument }>(dispatch, 'conferences:load', { key })).doc
}

describe('conference handlers', () => {
  it('create → save → list → rename, with the bytes on disk', async () => {
    const { dispatch, ctx } = await createTestApp()
    const { key } = await ok<{ key: string }>(dispatch, 'conferences:create', {
      title: 'Hội nghị tổng kết năm 2023',
      date: '2023-12-26',
      place: 'Hà Tĩnh'
    })
    const doc = await loadDoc(dispatch, key)
    const edited = { ...doc, delegates: [newDelegate('d1', { name: 'Võ Trọng Hải', role: 'chair' })] }
    await ok(dispatch, 'conferences:save', { key, doc: edited })
    const onDisk = JSON.parse(
      await fs.readFile(ctx.store.paths.conferenceFile(key), 'utf8')
    ) as ConferenceDocument
    expect(onDisk.delegates[0]?.name).toBe('Võ Trọng Hải')

    await ok(dispatch, 'conferences:rename', { key, title: 'Hội nghị tổng kết công tác QP - AN năm 2023' })
    const list = await ok<{ key: string; title: string; delegates: number }[]>(
      dispatch,
      'conferences:list',
      {}
    )
    expect(list).toEqual([
      expect.objectContaining({ key, title: 'Hội nghị tổng kết công tác QP - AN năm 2023', delegates: 1 })
    ])
  })

  it('duplicates last year: same delegates and settings, attendance and agenda number reset, awards dropped unless kept', async () => {
    const { dispatch } = await createTestApp()
    const { key } = await ok<{ key: string }>(dispatch, 'conferences:create', { title: 'Hội nghị năm 2023' })
    const doc = await loadDoc(dispatch, key)
    await ok(dispatch, 'conferences:save', {
      key,
      doc: {
        ...doc,
        delegates: [
          newDelegate('d1', { name: 'Nguyễn Xuân Thắng', rank: 'Đại tá', attendance: 'confirmed' })
        ],
        documents: { ...doc.documents, signerName: 'Đại tá Nguyễn Xuân Thắng', agendaNumber: '02' }
      }
    })
    const copy = await ok<{ key: string }>(dispatch, 'conferences:duplicate', {
      key,
      title: 'Hội nghị năm 2024',
      keepAwards: false
    })
    const copied = await loadDoc(dispatch, copy.key)
    expect(copied.id).not.toBe(doc.id)
    expect(copied.conference.title).toBe('Hội nghị năm 2024')
    expect(copied.delegates[0]).toMatchObject({ name: 'Nguyễn Xuân Thắng', attendance: 'invited' })
    expect(copied.documents).toMatchObject({ signerName: 'Đại tá Nguyễn Xuân Thắng', agendaNumber: '' })
  })

  it('trash is recoverable', async () => {
    const { dispatch } = await createTestApp()
    const { key } = await ok<{ key: string }>(dispatch, 'conferences:create', {
      title: 'Hội nghị giao ban Quý III năm 2024'
    })
    await ok(dispatch, 'conferences:trash', { key })
    expect(await ok<unknown[]>(dispatch, 'conferences:list', {})).toEqual([])
    const trash = await ok<{ trashId: string; title: string }[]>(dispatch, 'conferences:listTrash', {})
    expect(trash).toEqual([expect.objectContaining({ title: 'Hội nghị giao ban Quý III năm 2024' })])
    const restored = await ok<{ key: string }>(dispatch, 'conferences:restoreFromTrash', {
      trashId: trash[0]?.trashId
    })
    expect(restored.key).toBe(key)
    expect(await ok<unknown[]>(dispatch, 'conferences:list', {})).toHaveLength(1)
  })

  it('opens a file from a USB stick through the dialog, never from a path the renderer sends', async () => {
    const source = await createTestApp()
    const { key } = await ok<{ key: string }>(source.dispatch, 'conferences:create', {
      title: 'Hội nghị trực tuyến toàn quốc'
    })
    const usb = await tempDir('hoinghi-usb-')
    const usbFile = join(usb, 'hoi-nghi.hoinghi.json')
    await fs.copyFile(source.ctx.store.paths.conferenceFile(key), usbFile)

    const app = await createTestApp()
    expect(await ok(app.dispatch, 'conferences:openExternal', {})).toBeNull() // cancelled dialog
    app.answers.openFile = usbFile
    const opened = await ok<{ key: string }>(app.dispatch, 'conferences:openExternal', {})
    expect(opened.key).toMatch(/^ext-/)
    expect((await loadDoc(app.dispatch, opened.key)).conference.title).toBe('Hội nghị trực tuyến toàn quốc')
    expect(await app.dispatch('conferences:load', { key: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
  })

  it('saves a copy only where the save dialog says', async () => {
    const app = await createTestApp()
    const { key } = await ok<{ key: string }>(app.dispatch, 'conferences:create', {
      title: 'Hội nghị sơ kết 6 tháng'
    })
    expect(await ok(app.dispatch, 'conferences:saveCopy', { key })).toBeNull()
    const target = join(await tempDir('hoinghi-copy-'), 'ban-sao.hoinghi.json')
    app.answers.saveFile = target
    expect(await ok(app.dispatch, 'conferences:saveCopy', { key })).toEqual({
      fileName: 'ban-sao.hoinghi.json'
    })
    expect(JSON.parse(await fs.readFile(target, 'utf8'))).toMatchObject({
      conference: { title: 'Hội nghị sơ kết 6 tháng' }
    })
  })

  it('keeps a quarantined conference in the list, with its problem, until it is restored', async () => {
    const { dispatch, ctx } = await createTestApp()
    const { key } = await ok<{ key: string }>(dispatch, 'conferences:create', {
      title: 'Hội nghị giao ban Quý III năm 2024'
    })
    const doc = await loadDoc(dispatch, key)
    await ok(dispatch, 'conferences:save', {
      key,
      doc: { ...doc, conference: { ...doc.conference, place: 'Nghệ An' } }
    })
    await ok(dispatch, 'conferences:close', { key })
    await fs.writeFile(ctx.store.paths.conferenceFile(key), '{"format":"hoinghi.conference","schemaVe')
    expect(await dispatch('conferences:load', { key })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file' }
    })

    const listed = await ok<{ key: string; problem: string | null }[]>(dispatch, 'conferences:list', {})
    expect(listed).toEqual([expect.objectContaining({ key, problem: expect.stringMatching(/cách ly/) })])

    await ok(dispatch, 'recovery:restore', { key, source: 'bak', id: 'bak' })
    const restored = await ok<{ key: string; problem: string | null; title: string }[]>(
      dispatch,
      'conferences:list',
      {}
    )
    expect(restored).toEqual([
      expect.objectContaining({ key, problem: null, title: 'Hội nghị giao ban Quý III năm 2024' })
    ])
  })
})

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

  it('documents:save and printAll go through the safe writer: links to a conference are refused, other links replaced (issue 12, item 2)', async () => {
    const app = await createTestApp()
    const created = await app.dispatch('conferences:create', { title: 'Hội nghị tổng kết năm 2024' })
    if (!created.ok) throw new Error(created.error.message)
    const { key } = created.value as { key: string }
    const live = app.ctx.store.paths.conferenceFile(key)
    const before = await fs.readFile(live)
    const outside = await fs.mkdtemp(join(app.dataDir, '..', 'hoinghi-out-'))
    await fs.symlink(live, join(outside, 'chuong-trinh.pdf'))
    app.answers.saveFile = join(outside, 'chuong-trinh.pdf')
    expect(await app.dispatch('documents:save', { key, docId: 'agenda' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
    // A folder that holds a hard link to the conference under a document's name.
    const folder = join(outside, 'in-tat-ca')
    await fs.mkdir(folder)
    await fs.link(live, join(folder, 'agenda.pdf'))
    app.answers.chooseFolder = folder
    expect(await app.dispatch('documents:printAll', { key })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
    expect(await fs.readFile(live)).toEqual(before)
    // A hard link to somebody's ordinary file is replaced by the PDF, their file left as it was.
    const theirs = join(outside, 'cua-nguoi-khac.pdf')
    await fs.writeFile(theirs, 'bản của phòng Tham mưu')
    await fs.link(theirs, join(outside, 'ban-in.pdf'))
    app.answers.saveFile = join(outside, 'ban-in.pdf')
    expect(await app.dispatch('documents:save', { key, docId: 'agenda' })).toMatchObject({ ok: true })
    expect(await fs.readFile(theirs, 'utf8')).toBe('bản của phòng Tham mưu')
    expect((await fs.readFile(join(outside, 'ban-in.pdf'))).subarray(0, 5).toString()).toBe('%PDF-')
    await fs.rm(outside, { recursive: true, force: true })
  }, 60_000)

  it('documents:save writes the Word file and printAll writes both formats side by side (issue 16)', async () => {
    const app = await createTestApp()
    const created = await app.dispatch('conferences:create', {
      title: 'Hội nghị tổng kết công tác phối hợp giữa Quân đội và Công an năm 2024'
    })
    if (!created.ok) throw new Error(created.error.message)
    const { key } = created.value as { key: string }
    const outside = await fs.mkdtemp(join(app.dataDir, '..', 'hoinghi-word-'))
    app.answers.saveFile = join(outside, 'chuong-trinh.docx')
    expect(await app.dispatch('documents:save', { key, docId: 'agenda', format: 'docx' })).toMatchObject({
      ok: true,
      value: { fileName: 'chuong-trinh.docx' }
    })
    const docx = await fs.readFile(join(outside, 'chuong-trinh.docx'))
    expect(docx.subarray(0, 2).toString()).toBe('PK')
    expect(docx.includes(Buffer.from('word/document.xml'))).toBe(true)

    app.answers.chooseFolder = join(outside, 'tat-ca')
    const all = await app.dispatch('documents:printAll', { key, formats: ['pdf', 'docx'] })
    if (!all.ok) throw new Error(all.error.message)
    const files = (all.value as { files: string[] }).files
    expect(files).toContain('agenda.pdf')
    expect(files).toContain('agenda.docx')
    expect(files.filter((name) => name.endsWith('.docx'))).toHaveLength(
      files.filter((name) => name.endsWith('.pdf')).length
    )
    await fs.access(join(outside, 'tat-ca', 'agenda.docx'))
  })
})

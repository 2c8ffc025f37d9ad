import ExcelJS from 'exceljs'
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ChannelOutput } from '../../shared/api/channels'
import { newDelegate, newVenue } from '../../shared/model/defaults'
import { createTestApp, hashTree, tempDir, unwrap } from '../../tests/safety/support/testContext'

async function appWithVenues() {
  const app = await createTestApp()
  const { key } = unwrap(
    await app.dispatch('conferences:create', { title: 'Hội nghị tổng kết năm 2024' })
  ) as {
    key: string
  }
  const file = app.ctx.store.paths.conferenceFile(key)
  const doc = (await app.ctx.store.openFile(file)).db.data
  await app.ctx.store.save(file, {
    ...doc,
    venues: [newVenue('v1', { name: 'Huyện Cẩm Xuyên', expectedCount: 1 })],
    delegates: [
      newDelegate('d1', { name: 'Hồ Sỹ Tuấn', venueId: 'v1', role: 'chair' }),
      newDelegate('d2', { name: 'Dương Thị Quỳnh', venueId: 'v1' })
    ]
  })
  return { app, key }
}

describe('collect handlers', () => {
  it('writes templates into the chosen folder and refuses the data folder', async () => {
    const { app, key } = await appWithVenues()
    const before = await hashTree(app.dataDir)
    app.answers.chooseFolder = join(app.dataDir, 'conferences')
    const input = { key, venueIds: ['v1'], deadline: '2024-12-20', contact: '' }
    expect(await app.dispatch('collect:writeTemplates', input)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
    expect(await hashTree(app.dataDir)).toEqual(before)
    const folder = await tempDir('hoinghi-mau-')
    app.answers.chooseFolder = folder
    const written = unwrap(
      await app.dispatch('collect:writeTemplates', input)
    ) as ChannelOutput<'collect:writeTemplates'>
    expect(written?.written).toEqual([{ venueId: 'v1', fileName: 'mau-01-Huyện Cẩm Xuyên.xlsx' }])
    expect(await fs.readdir(folder)).toEqual(['mau-01-Huyện Cẩm Xuyên.xlsx'])
  })

  it('picks one file where the dialogs cannot pick several, and reads it back', async () => {
    const { app } = await appWithVenues()
    const folder = await tempDir('hoinghi-tra-ve-')
    const path = join(folder, 'Huyện Cẩm Xuyên.csv')
    await fs.writeFile(path, 'Họ và tên,Vai trò\nHồ Sỹ Tuấn,Chủ trì\n')
    app.answers.openFile = path
    const picked = unwrap(
      await app.dispatch('collect:pickReplies', { mode: 'files' })
    ) as ChannelOutput<'collect:pickReplies'>
    expect(picked?.files).toEqual(['Huyện Cẩm Xuyên.csv'])
    const { replies } = unwrap(
      await app.dispatch('collect:readReplies', { token: picked?.token ?? '' })
    ) as ChannelOutput<'collect:readReplies'>
    expect(replies.map((reply) => [reply.fileName, reply.records.map((person) => person.name)])).toEqual([
      ['Huyện Cẩm Xuyên.csv', ['Hồ Sỹ Tuấn']]
    ])
    unwrap(await app.dispatch('collect:release', { token: picked?.token ?? '' }))
    expect(await app.dispatch('collect:readReplies', { token: picked?.token ?? '' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
  })

  it('exports the board as Excel', async () => {
    const { app, key } = await appWithVenues()
    const target = join(await tempDir('hoinghi-bang-'), 'tong-hop')
    app.answers.saveFile = target
    expect(unwrap(await app.dispatch('collect:exportBoard', { key, format: 'xlsx' }))).toEqual({
      fileName: 'tong-hop.xlsx'
    })
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(`${target}.xlsx`)
    const sheet = book.worksheets[0]
    expect(sheet?.getRow(3).getCell(2).value).toBe('Điểm cầu')
    expect(sheet?.getRow(4).getCell(2).value).toBe('Huyện Cẩm Xuyên')
    expect(sheet?.getRow(4).getCell(6).value).toBe('2')
    expect(sheet?.getRow(4).getCell(8).value).toBe('Có')
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { modelText } from '../../shared/documents/model/documentModel'
import { tinosMeasure } from '../../electron/documents/word/measureText'
import { renderWord, WORD_FONT, WORD_STYLES } from '../../electron/documents/word/renderWord'
import { documentText, readDocx } from './readDocx'
import { sampleAgendaModel } from './sampleModel'

const measure = tinosMeasure(join(__dirname, '..', '..', 'resources', 'fonts'))

describe('Word writer', () => {
  it('writes every word of the model, in order, with its diacritics', async () => {
    const model = sampleAgendaModel(30)
    const { document } = await readDocx(await renderWord(model, { measure }))
    const words = documentText(document).split(/\s+/u).filter(Boolean)
    expect(words).toEqual(modelText(model))
    expect(words).toContain('Trọng')
    expect(words.join(' ')).toContain('03/2019/NĐ-CP')
  })

  it('keeps the line break of a two-line signer title as a break, not a space', async () => {
    const { document } = await readDocx(await renderWord(sampleAgendaModel(2), { measure }))
    expect(documentText(document)).toContain('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH')
  })

  it('repeats the table header on each page and keeps rows whole', async () => {
    const { document } = await readDocx(await renderWord(sampleAgendaModel(30), { measure }))
    const body = document.slice(document.indexOf('Thời gian') - 2000)
    expect(body).toMatch(/<w:tblHeader\/>/)
    const rows = document.match(/<w:tr>|<w:tr [^>]*>/g) ?? []
    const whole = document.match(/<w:cantSplit\/>/g) ?? []
    // Every row of the agenda table, its header, the two header rows and the signature row.
    expect(whole.length).toBe(rows.length)
  })

  it('lets a row the model marks as breakable continue on the next page', async () => {
    const model = sampleAgendaModel(1)
    const blocks = model.blocks.map((block) =>
      block.type === 'table'
        ? {
            ...block,
            rows: block.rows.map((row) => (row.type === 'row' ? { ...row, mayBreak: true } : row))
          }
        : block
    )
    const { document } = await readDocx(await renderWord({ ...model, blocks }, { measure }))
    const rows = document.match(/<w:tr>|<w:tr [^>]*>/g) ?? []
    const whole = document.match(/<w:cantSplit\/>/g) ?? []
    expect(rows.length - whole.length).toBe(1)
  })

  it('sets A4, the Decree 30 margins, Times New Roman and the Vietnamese language', async () => {
    const { document, styles, core } = await readDocx(await renderWord(sampleAgendaModel(2), { measure }))
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/)
    expect(styles).toContain(`w:ascii="${WORD_FONT}"`)
    expect(styles).toMatch(/<w:lang w:val="vi-VN"/)
    for (const id of Object.values(WORD_STYLES)) expect(styles).toContain(`w:styleId="${id}"`)
    expect(core).toContain('<dc:title>Hội nghị tổng kết công tác phối hợp năm 2023</dc:title>')
    expect(core).toContain('<dc:creator>Ủy ban nhân dân tỉnh Hà Tĩnh</dc:creator>')
  })

  it('numbers pages with a field from the second page on', async () => {
    const { document, headers } = await readDocx(await renderWord(sampleAgendaModel(2), { measure }))
    expect(document).toContain('<w:titlePg/>')
    expect(headers.some((header) => /PAGE/.test(header))).toBe(true)
    expect(headers.some((header) => !/PAGE/.test(header))).toBe(true)
  })

  it('turns a landscape model into a landscape section', async () => {
    const model = { ...sampleAgendaModel(2), orientation: 'landscape' as const }
    const { document } = await readDocx(await renderWord(model, { measure }))
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/)
  })
})

import ExcelJS from 'exceljs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newConferenceDocument, newDelegate, newVenue } from '../../shared/model/defaults'
import { readTable } from '../importExport/readTable'
import { buildTemplate } from './buildTemplate'
import { readEmbeddedIdentity, readReply } from './readReply'
import { readZipParts } from './zipParts'

const doc = {
  ...newConferenceDocument(
    'hn2023',
    { title: 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2023' },
    new Date('2023-12-01T00:00:00Z')
  ),
  venues: [newVenue('v1', { name: 'Điểm cầu huyện Hương Khê' })],
  delegates: [
    newDelegate('d1', {
      name: 'Nguyễn Thị Ánh Tuyết',
      rank: 'Thượng tá',
      position: 'Phó Chỉ huy trưởng',
      unit: 'Ban CHQS huyện Hương Khê',
      venueId: 'v1',
      role: 'chair',
      attendance: 'confirmed'
    }),
    newDelegate('d2', { name: 'Đoàn Văn Sỹ', unit: '=Công an huyện', venueId: 'v1', phone: '0912 345 678' })
  ]
}
const options = { deadline: '2023-12-20', contact: 'Đ/c Trần Thị Hà, Văn phòng UBND tỉnh, 0239 385 5555' }

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hoinghi-template-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('buildTemplate', () => {
  it('reads back as the venue’s own list, recognising itself', async () => {
    const path = join(dir, 'mau-01-Điểm cầu huyện Hương Khê.xlsx')
    await writeFile(path, await buildTemplate(doc, doc.venues[0]!, options))
    const reply = await readReply(path, 'k', (file) => readTable(file))
    expect(reply.error).toBeNull()
    expect(reply.problems).toEqual([])
    expect(reply.identity).toEqual({ conferenceId: 'hn2023', venueId: 'v1' })
    expect(reply.titleCells).toContain('Điểm cầu: Điểm cầu huyện Hương Khê')
    expect(reply.titleCells).toContain('Hạn gửi lại danh sách: 20/12/2023')
    const keep = ({
      name,
      rank,
      position,
      unit,
      role,
      attendance,
      phone
    }: (typeof doc.delegates)[number]) => ({
      name,
      rank,
      position,
      unit,
      role,
      attendance,
      phone
    })
    expect(reply.records.map(keep)).toEqual(doc.delegates.map(keep))
    expect(reply.presentFields).not.toContain('venue')
  })

  it('protects the header, leaves data rows free, lists choices and hides its identity', async () => {
    const bytes = await buildTemplate(doc, doc.venues[0]!, options)
    const parts = new Map(
      readZipParts(bytes, () => true, 1 << 24).map((part) => [part.name, part.data.toString('utf8')])
    )
    expect(parts.get('docProps/custom.xml')).toContain('hoinghi-collect/1;conference=hn2023;venue=v1')
    expect(parts.get('[Content_Types].xml')).toContain('/docProps/custom.xml')
    expect(parts.get('xl/workbook.xml')).toMatch(/<sheet [^>]*name="HoiNghi"[^>]*state="veryHidden"/)
    const list = parts.get('xl/worksheets/sheet1.xml') ?? ''
    expect(list).toMatch(/<sheetProtection [^>]*sheet="1"/)
    expect(list).toMatch(/insertRows="0"/)
    expect(list.match(/<dataValidation /g)).toHaveLength(3)
    expect(list).toContain('Chủ trì,Đồng chủ trì')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer)
    const sheet = book.getWorksheet('Danh sách')!
    expect(sheet.getCell('A6').value).toBe('Họ và tên')
    expect(sheet.getCell('A6').protection?.locked).not.toBe(false)
    expect(sheet.getCell('A7').protection?.locked).toBe(false)
    expect(sheet.getCell('A60').protection?.locked).toBe(false)
    // Whole rows, beyond the last column too, or Excel would refuse to delete a row.
    expect(list).toMatch(/<row r="7"[^>]* s="\d+" customFormat="1"/)
    expect(sheet.getRow(8).getCell(30).protection?.locked).toBe(false)
    expect(sheet.getRow(5).getCell(30).protection?.locked).not.toBe(false)
    expect(book.worksheets.map((each) => each.name)).toEqual(['Danh sách', 'Hướng dẫn', 'HoiNghi'])
  })

  it('still knows itself by its hidden sheet when a program drops the document properties', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await buildTemplate(doc, doc.venues[0]!, options)) as unknown as ExcelJS.Buffer)
    const path = join(dir, 'luu-lai.xlsx')
    await book.xlsx.writeFile(path)
    const saved = await readFile(path)
    expect(readZipParts(saved, (name) => name === 'docProps/custom.xml', 1 << 20)).toEqual([])
    expect(readEmbeddedIdentity(saved)).toEqual({ conferenceId: 'hn2023', venueId: 'v1' })
  })

  it('is recognised by its title row once copied into a new workbook', async () => {
    const source = new ExcelJS.Workbook()
    await source.xlsx.load((await buildTemplate(doc, doc.venues[0]!, options)) as unknown as ExcelJS.Buffer)
    const copy = new ExcelJS.Workbook()
    const sheet = copy.addWorksheet('Sheet1')
    source.getWorksheet('Danh sách')!.eachRow((row, number) => {
      sheet.getRow(number).values = row.values as ExcelJS.CellValue[]
    })
    const path = join(dir, 'danh sach moi.xlsx')
    await copy.xlsx.writeFile(path)
    const reply = await readReply(path, 'k', (file) => readTable(file))
    expect(reply.identity).toBeNull()
    expect(reply.records.map((person) => person.name)).toEqual(['Nguyễn Thị Ánh Tuyết', 'Đoàn Văn Sỹ'])
    expect(reply.records[1]?.unit).toBe('=Công an huyện')
  })
})

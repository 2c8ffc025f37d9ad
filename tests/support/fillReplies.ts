import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { TEMPLATE_FIELDS, templateRow } from '../../shared/collect/templateLayout'
import type { ConferenceDocument, Delegate } from '../../shared/model/conference'
import { newDelegate } from '../../shared/model/defaults'

/**
 * Plays the 90 venues: each opens its template, edits its list and sends it back, the ways real
 * offices do. Returns the list each venue means to end with (by venue id), to compare against.
 */
export interface FilledReplies {
  intended: Map<string, Delegate[]>
  /** Venue ids by what was done to their file. */
  copiedWithoutIdentity: string
  csvWindows1258: string
  sentTwice: string
}

const NEW_PEOPLE = [
  'Hoàng Thị Diệu Linh',
  'Bùi Quang Khải',
  'Đinh Thị Hồng Nhung',
  'Lương Văn Đức',
  'Trịnh Xuân Trường',
  'Vũ Thị Thu Hằng'
]

/** Windows-1258 writes tone marks as separate combining characters after the (possibly hatted) letter. */
function toWindows1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g
  const spelled = [...text.normalize('NFC')]
    .map((char) => {
      const parts = char.normalize('NFD')
      const marks = parts.match(tones)?.join('') ?? ''
      return parts.replace(tones, '').normalize('NFC') + marks
    })
    .join('')
  return iconv.encode(spelled, 'windows1258')
}

function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')
}

async function headerRowOf(sheet: ExcelJS.Worksheet): Promise<number> {
  for (let row = 1; row <= 20; row++) if (sheet.getRow(row).getCell(1).value === 'Họ và tên') return row
  throw new Error('no header row')
}

function writeRows(
  sheet: ExcelJS.Worksheet,
  first: number,
  people: readonly Delegate[],
  clearUntil: number
): void {
  for (let line = first; line <= clearUntil; line++)
    for (let column = 1; column <= TEMPLATE_FIELDS.length; column++)
      sheet.getRow(line).getCell(column).value = null
  people.forEach((person, index) => {
    templateRow(person).forEach((text, column) => {
      sheet.getRow(first + index).getCell(column + 1).value = text === '' ? null : text
    })
  })
}

export async function fillReplies(
  doc: ConferenceDocument,
  templateDir: string,
  outDir: string
): Promise<FilledReplies> {
  await fs.mkdir(outDir, { recursive: true })
  const files = (await fs.readdir(templateDir)).filter((name) => name.endsWith('.xlsx')).sort()
  const intended = new Map<string, Delegate[]>()
  const roles = {
    copiedWithoutIdentity: doc.venues[9]?.id ?? '',
    csvWindows1258: doc.venues[19]?.id ?? '',
    sentTwice: doc.venues[29]?.id ?? ''
  }
  let added = 0
  for (const [index, venue] of doc.venues.entries()) {
    const name = files[index]
    if (!name?.startsWith(`mau-${String(index + 1).padStart(2, '0')}-`))
      throw new Error(`template ${index + 1} missing`)
    const people = doc.delegates
      .filter((person) => person.venueId === venue.id)
      .map((person) => ({ ...person }))
    // What a venue does with its list: correct a position, reorder, drop one and add one.
    if (index % 3 === 0 && people[0])
      people[0] = { ...people[0], position: `${people[0].position} (kiêm nhiệm)` }
    if (index % 4 === 1) people.reverse()
    if (index % 5 === 2) {
      people.pop()
      people.push(
        newDelegate(`added${added}`, {
          name: NEW_PEOPLE[added % NEW_PEOPLE.length] ?? 'Nguyễn Văn Mới',
          rank: 'Thiếu tá',
          position: 'Trợ lý tác chiến',
          unit: `Ban CHQS ${venue.name}`,
          venueId: venue.id,
          attendance: 'confirmed'
        })
      )
      added++
    }
    intended.set(venue.id, people)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(join(templateDir, name))
    const sheet = book.getWorksheet('Danh sách')
    if (!sheet) throw new Error('no list sheet')
    const header = await headerRowOf(sheet)
    writeRows(sheet, header + 1, people, header + 40)
    if (venue.id === roles.copiedWithoutIdentity) {
      // Copied cell by cell into a new workbook: no hidden sheet, no document properties.
      const copy = new ExcelJS.Workbook()
      const target = copy.addWorksheet('Sheet1')
      sheet.eachRow((row, number) => {
        target.getRow(number).values = row.values as ExcelJS.CellValue[]
      })
      await copy.xlsx.writeFile(join(outDir, `Danh sach dai bieu (gui lai).xlsx`))
    } else if (venue.id === roles.csvWindows1258) {
      const lines: string[] = []
      for (let row = 1; row < header; row++)
        lines.push(csvLine([String(sheet.getRow(row).getCell(1).value ?? '')]))
      lines.push(csvLine(TEMPLATE_FIELDS.map((field) => field.label)))
      for (const person of people) lines.push(csvLine(templateRow(person)))
      await fs.writeFile(
        join(outDir, name.replace(/\.xlsx$/, '.csv')),
        toWindows1258(`${lines.join('\r\n')}\r\n`)
      )
    } else if (venue.id === roles.sentTwice) {
      // A first version with a mistake, then the corrected one a day later.
      const wrong = [...people, newDelegate('wrong', { name: 'Người Ghi Nhầm', unit: 'Không rõ' })]
      writeRows(sheet, header + 1, wrong, header + 40)
      const first = join(outDir, name.replace(/\.xlsx$/, ' (ban dau).xlsx'))
      await book.xlsx.writeFile(first)
      await fs.utimes(first, new Date('2023-12-18T08:00:00Z'), new Date('2023-12-18T08:00:00Z'))
      writeRows(sheet, header + 1, people, header + 41)
      const second = join(outDir, name.replace(/\.xlsx$/, ' (sua lai).xlsx'))
      await book.xlsx.writeFile(second)
      await fs.utimes(second, new Date('2023-12-19T08:00:00Z'), new Date('2023-12-19T08:00:00Z'))
    } else {
      await book.xlsx.writeFile(join(outDir, name))
    }
  }
  return { intended, ...roles }
}

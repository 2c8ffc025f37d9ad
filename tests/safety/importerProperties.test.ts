import { promises as fs } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { previewImport } from '../../electron/importExport/previewImport'
import type { Table } from '../../electron/importExport/readTable'
import { importKinds, type ImportKind } from '../../shared/importExport/importFields'
import { applyImport } from '../../shared/importExport/applyImport'
import { conferenceDocumentSchema } from '../../shared/model/conference'
import { newConferenceDocument } from '../../shared/model/defaults'
import { ChildReader } from './support/readTableInChild'
import { SAMPLE_FILES, samplePath } from '../fixtures/samples/samplePaths'

/**
 * Properties of every importer (CSV, XLSX, XLS; every kind), fed random and hostile files:
 * reading gives a table or a typed AppError naming the file, never another exception and never
 * a hang; and whatever the table, what an import would apply leaves a conference that still
 * validates, with each problem pointing at a row of the file. Reading happens in a child process
 * killed after 15 s, so a reader that loops forever fails the test instead of stalling CI.
 */

const SAMPLE_XLSX = samplePath(SAMPLE_FILES.delegatesXlsx)
let dir: string
let counter = 0
const reader = new ChildReader()
// A failing run is reported as found: shrinking a hang would cost 15 s a step.
const settings = { endOnFailure: true }

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hoinghi-import-props-'))
})
afterAll(async () => {
  reader.stop()
  await fs.rm(dir, { recursive: true, force: true })
})

async function writeTemp(extension: string, content: Uint8Array | string): Promise<string> {
  const path = join(dir, `tep-${counter++}.${extension}`)
  await fs.writeFile(path, content)
  return path
}

/** Reads a file as the import dialog does: a table, or null after checking the refusal is typed and names the file. */
async function readOrRefuse(path: string): Promise<Table | null> {
  const outcome = await reader.read(path)
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (outcome.kind === 'hung') expect.fail(`readTable did not finish within ${outcome.afterMs} ms on ${name}`)
  if (outcome.kind === 'crashed') expect.fail(`readTable threw a non-AppError on ${name}: ${outcome.message}`)
  if (outcome.kind === 'table') return outcome.table
  expect(outcome.error.message.length).toBeGreaterThan(0)
  expect(outcome.error.file).toBe(name)
  return null
}

const base = newConferenceDocument(
  'hatinh2023',
  { title: 'Hội nghị tổng kết công tác phối hợp năm 2023' },
  new Date('2023-12-01T00:00:00Z')
)

/** Every kind of import of `table` gives records that keep the conference valid, and row-numbered problems. */
function checkEveryKind(table: Table): void {
  for (const kind of importKinds as readonly ImportKind[]) {
    const result = previewImport(table, kind)
    for (const problem of result.problems) {
      expect(problem.row).toBeGreaterThanOrEqual(1)
      expect(problem.row).toBeLessThanOrEqual(Math.max(table.rows.length, 1))
      expect(problem.field.length).toBeGreaterThan(0)
    }
    const applied = applyImport(base, result)
    const checked = conferenceDocumentSchema.safeParse(applied)
    expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues[0])).toBe(true)
  }
}

/** Cell text the way office files carry it: Vietnamese with every diacritic, legacy-font text, formulas, separators, quotes, controls. */
const cellText = fc.oneof(
  fc.constantFrom(
    'Họ và tên',
    'Cấp bậc',
    'Chức vụ',
    'Đơn vị',
    'Điểm cầu',
    'Vai trò',
    'STT',
    'Hình thức',
    'Cấp khen',
    'Thời gian',
    'Nội dung',
    'Nguyễn Xuân Thắng',
    'Đại tá',
    'Thiếu tướng',
    'Chủ trì',
    'Huyện Kỳ Anh',
    'NguyÔn V¨n Th¾ng',
    'Cờ thi đua',
    '14:00 - 14:15',
    '26/12/2023',
    '=cmd|" /C calc"!A0',
    '"',
    ';',
    ',',
    '\r\n',
    '\t',
    '\u0000',
    '\ufeff',
    '../../etc/passwd'
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 })
)

describe('importers fed random and hostile files (properties)', () => {
  it('CSV text of any shape: a table or a typed refusal, and every import of it keeps the conference valid', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellText, { maxLength: 8 }), { maxLength: 14 }),
        fc.constantFrom(',', ';', '\t'),
        fc.boolean(),
        async (rows, separator, bom) => {
          const text = rows.map((row) => row.join(separator)).join(bom ? '\r\n' : '\n')
          const table = await readOrRefuse(await writeTemp('csv', `${bom ? '\ufeff' : ''}${text}`))
          if (table) checkEveryKind(table)
        }
      ),
      { ...settings, numRuns: 150 }
    )
  })

  it('random bytes named .csv, .xlsx or .xls: a table or a typed refusal, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.constantFrom('csv', 'xlsx', 'xls'),
        fc.constantFrom(
          new Uint8Array(),
          Uint8Array.from([0x50, 0x4b, 0x03, 0x04]),
          Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
        ),
        async (bytes, extension, magic) => {
          const table = await readOrRefuse(await writeTemp(extension, Buffer.concat([magic, bytes])))
          if (table) checkEveryKind(table)
        }
      ),
      { ...settings, numRuns: 150 }
    )
  })

  it('the sample workbook with random bytes overwritten or cut short: a table or a typed refusal', async () => {
    const sample = await fs.readFile(SAMPLE_XLSX)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: sample.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 6
        }),
        fc.option(fc.nat({ max: sample.length }), { nil: undefined }),
        async (edits, cut) => {
          const bytes = Buffer.from(sample.subarray(0, cut ?? sample.length))
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value
          const table = await readOrRefuse(await writeTemp('xlsx', bytes))
          if (table) checkEveryKind(table)
        }
      ),
      { ...settings, numRuns: 60 }
    )
  })

  it('the sample workbook with the XML inside damaged, in a well-formed ZIP: a table or a typed refusal', async () => {
    const sample = await fs.readFile(SAMPLE_XLSX)
    const parts = XLSX.CFB.read(sample, { type: 'buffer' })
    const names = parts.FullPaths.filter((_: string, index: number) => parts.FileIndex[index]?.type === 2)
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (name, edits, cut) => {
          const copy = XLSX.CFB.read(sample, { type: 'buffer' })
          const entry = XLSX.CFB.find(copy, name)
          if (!entry) throw new Error(`${name} vanished from the sample`)
          const content = Buffer.from(entry.content as Uint8Array)
          const bytes = Buffer.from(
            content.subarray(0, cut === undefined ? content.length : cut % (content.length + 1))
          )
          for (const [at, value] of edits) if (bytes.length > 0) bytes[at % bytes.length] = value
          entry.content = bytes
          entry.size = bytes.length
          const zip = XLSX.CFB.write(copy, { type: 'buffer', fileType: 'zip' }) as Buffer
          const table = await readOrRefuse(await writeTemp('xlsx', zip))
          if (table) checkEveryKind(table)
        }
      ),
      { ...settings, numRuns: 80 }
    )
  })

  it('an Excel 97–2003 workbook with random bytes overwritten or cut short: a table or a typed refusal', async () => {
    const workbook = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(
      workbook,
      XLSX.utils.aoa_to_sheet([
        ['DANH SÁCH ĐẠI BIỂU'],
        [],
        ['STT', 'Họ và tên', 'Cấp bậc', 'Đơn vị'],
        ['1', 'Nguyễn Xuân Thắng', 'Đại tá', 'Bộ CHQS tỉnh Hà Tĩnh'],
        ['2', 'Hồ Thị Vinh', 'Thượng tá', 'Ban CHQS huyện Kỳ Anh']
      ]),
      'DS'
    )
    const sample = XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' }) as Buffer
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: sample.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 10
        }),
        fc.option(fc.nat({ max: sample.length }), { nil: undefined }),
        async (edits, cut) => {
          const bytes = Buffer.from(sample.subarray(0, cut ?? sample.length))
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value
          const table = await readOrRefuse(await writeTemp('xls', bytes))
          if (table) checkEveryKind(table)
        }
      ),
      { ...settings, numRuns: 80 }
    )
  })

  it('workbooks of random cells, in .xlsx and Excel 97–2003 .xls: every import keeps the conference valid', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellText, { maxLength: 7 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom<'xlsx' | 'biff8'>('xlsx', 'biff8'),
        async (rows, bookType) => {
          const workbook = XLSX.utils.book_new()
          // Spreadsheet cells cannot hold NUL; everything else goes in as typed.
          const cells = rows.map((row) => row.map((cell) => cell.replaceAll('\u0000', '')))
          XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(cells), 'Danh sách')
          const bytes = XLSX.write(workbook, { type: 'buffer', bookType }) as Buffer
          const table = await readOrRefuse(await writeTemp(bookType === 'xlsx' ? 'xlsx' : 'xls', bytes))
          if (table) checkEveryKind(table)
        }
      ),
      { ...settings, numRuns: 60 }
    )
  })
})

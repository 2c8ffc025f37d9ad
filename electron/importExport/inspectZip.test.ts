import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import XLSX from 'xlsx'
import { afterAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../tests/safety/support/testContext'
import { ChildReader } from '../../tests/safety/support/readTableInChild'
import { readTable } from './readTable'
import { inspectZip, MAX_ZIP_PARTS } from './inspectZip'
import { buildZip, timestampField, zip64Field, type ZipPart } from '../../tests/safety/support/buildZip'
import { craftedXlsx, delegateRows } from '../../tests/import/craftedXlsx'
import { SAMPLE_FILES, samplePath } from '../../tests/fixtures/samples/samplePaths'

const SAMPLE = samplePath(SAMPLE_FILES.delegatesXlsx)
const LIMIT = 256 * 1024 * 1024

/** Offset of the first central-directory entry and of the first local header. */
function headers(bytes: Buffer): { entry: number; local: number } {
  return {
    entry: bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])),
    local: bytes.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
  }
}

/** The sample with its first entry's declared inflated size changed, in the directory and the local header. */
function withDeclaredSize(bytes: Buffer, size: number): Buffer {
  const copy = Buffer.from(bytes)
  const { entry, local } = headers(copy)
  copy.writeUInt32LE(size, entry + 24)
  copy.writeUInt32LE(size, local + 22)
  return copy
}

/** What XLSX.CFB.read returns (SheetJS types it as any). */
interface Container {
  FullPaths: string[]
  FileIndex: { name: string; type: number; content?: Uint8Array }[]
}

/** The sample workbook's parts, to write again with the headers a test chooses. */
async function sampleParts(): Promise<ZipPart[]> {
  const container = XLSX.CFB.read(await fs.readFile(SAMPLE), { type: 'buffer' }) as Container
  const root = container.FullPaths[0] ?? ''
  return container.FileIndex.flatMap((file, index) =>
    file.type === 2 && file.content && !file.name.startsWith('\u0001')
      ? [{ name: (container.FullPaths[index] ?? '').slice(root.length), data: Buffer.from(file.content) }]
      : []
  )
}

/** The sample's parts with the one holding the delegates changed. */
async function withSheetPart(change: (part: ZipPart) => ZipPart): Promise<Buffer> {
  const parts = await sampleParts()
  return buildZip(parts.map((part) => (part.name === 'xl/worksheets/sheet1.xml' ? change(part) : part)))
}

const reader = new ChildReader()
afterAll(() => reader.stop())

describe('inspectZip', () => {
  it('inflates every entry of the sample workbook and reports what it holds', async () => {
    const bytes = await fs.readFile(SAMPLE)
    const result = inspectZip(bytes, LIMIT)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.inflated).toBeGreaterThan(bytes.length)
      expect(result.inflated).toBeLessThan(1024 * 1024)
    }
  })

  it('finds no directory in bytes that only start like a ZIP', () => {
    expect(inspectZip(Buffer.from('PK\u0003\u0004 không phải zip'), LIMIT)).toEqual({
      ok: false,
      problem: 'no-directory'
    })
  })

  it('refuses the sample cut short at any length, without inflating past the cut', async () => {
    const bytes = await fs.readFile(SAMPLE)
    for (let length = 0; length < bytes.length; length += 7) {
      const result = inspectZip(bytes.subarray(0, length), LIMIT)
      expect(result.ok, `cut at ${length} bytes`).toBe(false)
    }
  })

  it('refuses a declared bomb by its sizes, and a lying one by what it really inflates to', async () => {
    const bytes = await fs.readFile(SAMPLE)
    expect(inspectZip(withDeclaredSize(bytes, 3_000_000_000), LIMIT)).toMatchObject({
      ok: false,
      problem: 'too-large',
      inflated: expect.any(Number)
    })
    // 8 MB of one repeated letter deflates to a few KB; the headers then claim 100 bytes.
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Họ và tên'], ['A'.repeat(32_000)]]), 'S')
    const zip = XLSX.CFB.read(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer, {
      type: 'buffer'
    })
    XLSX.CFB.utils.cfb_add(zip, '/xl/media/nen.bin', Buffer.alloc(8 * 1024 * 1024, 0x41))
    const packed = XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Buffer
    expect(packed.length).toBeLessThan(200 * 1024)
    expect(inspectZip(packed, LIMIT).ok).toBe(true)
    expect(inspectZip(packed, 4 * 1024 * 1024)).toMatchObject({ ok: false, problem: 'too-large' })
    const nameAt = packed.indexOf(Buffer.from('xl/media/nen.bin'))
    const lying = Buffer.from(packed)
    // The local header of that entry precedes its name by 30 bytes; its directory entry comes later.
    lying.writeUInt32LE(100, nameAt - 30 + 22)
    const entryAt = lying.indexOf(Buffer.from('xl/media/nen.bin'), nameAt + 1)
    lying.writeUInt32LE(100, entryAt - 46 + 24)
    expect(inspectZip(lying, LIMIT)).toMatchObject({
      ok: false,
      problem: 'damaged',
      entry: 'xl/media/nen.bin'
    })
  })

  it('makes readTable refuse a workbook that would inflate to gigabytes, naming the file', async () => {
    const dir = await tempDir('hoinghi-zipbomb-')
    const file = join(dir, 'dai-bieu.xlsx')
    await fs.writeFile(file, withDeclaredSize(await fs.readFile(SAMPLE), 3_000_000_000))
    await expect(readTable(file)).rejects.toMatchObject({
      code: 'invalid-file',
      file: 'dai-bieu.xlsx',
      message: expect.stringMatching(/quá nhiều dữ liệu/)
    })
  })

  // SheetJS 0.18 looped forever on these: the whole main process froze on a copy cut short.
  it('makes readTable refuse, not hang on, a workbook cut short or with a damaged entry', async () => {
    const dir = await tempDir('hoinghi-cut-')
    const bytes = await fs.readFile(SAMPLE)
    for (const length of [10, 12, 30, 100, 4000, bytes.length - 23]) {
      const file = join(dir, `dai-bieu-${length}.xlsx`)
      await fs.writeFile(file, bytes.subarray(0, length))
      const outcome = await reader.read(file)
      expect(outcome, `cut at ${length} bytes`).toMatchObject({
        kind: 'refused',
        error: {
          code: 'invalid-file',
          file: `dai-bieu-${length}.xlsx`,
          message: expect.stringMatching(/không đầy đủ/)
        }
      })
    }
    const damaged = Buffer.from(bytes)
    const { local } = headers(damaged)
    const at = local + 30 + damaged.readUInt16LE(local + 26) + 5
    damaged.writeUInt8(damaged.readUInt8(at) ^ 0xff, at)
    const file = join(dir, 'dai-bieu-hong.xlsx')
    await fs.writeFile(file, damaged)
    expect(await reader.read(file)).toMatchObject({
      kind: 'refused',
      error: { code: 'invalid-file', message: expect.stringMatching(/bị hỏng/) }
    })
  })
})

// SheetJS allocates an entry's output from the sizes in its local header (or a ZIP64 field)
// before it compares them with the directory: a 6 KB file could make it reserve gigabytes.
describe('inspectZip and the sizes SheetJS trusts', () => {
  it('accepts the sample written again by the test writer, and readTable reads it', async () => {
    const bytes = buildZip(await sampleParts())
    expect(inspectZip(bytes, LIMIT).ok).toBe(true)
    const file = join(await tempDir('hoinghi-zipok-'), 'dai-bieu.xlsx')
    await fs.writeFile(file, bytes)
    expect((await readTable(file)).rows.flat()).toContain('Đại tá')
  })

  it('accepts a data descriptor with local sizes left at zero, as streaming writers leave them', async () => {
    const bytes = await withSheetPart((part) => ({
      ...part,
      descriptor: true,
      localSizes: { compressed: 0, inflated: 0 }
    }))
    expect(inspectZip(bytes, LIMIT).ok).toBe(true)
    const file = join(await tempDir('hoinghi-zipdesc-'), 'dai-bieu.xlsx')
    await fs.writeFile(file, bytes)
    expect((await readTable(file)).rows.flat()).toContain('Đại tá')
  })

  it('refuses a data descriptor whose local header declares a different size', async () => {
    const bytes = await withSheetPart((part) => ({
      ...part,
      descriptor: true,
      localSizes: { compressed: 0, inflated: 0xfffffff0 }
    }))
    expect(bytes.length).toBeLessThan(64 * 1024)
    expect(inspectZip(bytes, LIMIT)).toEqual({
      ok: false,
      problem: 'damaged',
      entry: 'xl/worksheets/sheet1.xml'
    })
  })

  it('counts a ZIP64 field in the directory as the declared size', async () => {
    const huge = await withSheetPart((part) => ({
      ...part,
      localExtra: timestampField(),
      directoryExtra: zip64Field(3_000_000_000, 1000)
    }))
    const result = inspectZip(huge, LIMIT)
    expect(result).toMatchObject({ ok: false, problem: 'too-large' })
    expect(result.ok === false && result.problem === 'too-large' && result.inflated).toBeGreaterThan(3e9)
    // In the local header alone it is a size that differs from the directory's.
    const local = await withSheetPart((part) => ({ ...part, localExtra: zip64Field(3_000_000_000, 1000) }))
    expect(inspectZip(local, LIMIT)).toMatchObject({ ok: false, problem: 'damaged' })
  })

  it('accepts ZIP64 fields that state the true sizes, and refuses one too short to hold them', async () => {
    const parts = await sampleParts()
    const sheet = parts.find((part) => part.name === 'xl/worksheets/sheet1.xml')
    if (!sheet) throw new Error('the sample has no first sheet')
    const honest = await withSheetPart((part) => {
      const field = zip64Field(part.data.length, buildZip([part]).readUInt32LE(18))
      return { ...part, localExtra: field, directoryExtra: field }
    })
    expect(inspectZip(honest, LIMIT).ok).toBe(true)
    const file = join(await tempDir('hoinghi-zip64-'), 'dai-bieu.xlsx')
    await fs.writeFile(file, honest)
    expect((await readTable(file)).rows.flat()).toContain('Đại tá')
    const short = zip64Field(sheet.data.length, 0).subarray(0, 12)
    short.writeUInt16LE(8, 2)
    const cut = await withSheetPart((part) => ({ ...part, directoryExtra: short }))
    expect(inspectZip(cut, LIMIT)).toMatchObject({ ok: false, problem: 'damaged' })
  })

  it('refuses a workbook of more parts than any spreadsheet has, naming the count', async () => {
    const parts = await sampleParts()
    const many = [
      ...parts,
      ...Array.from({ length: MAX_ZIP_PARTS + 1 - parts.length }, (_, index) => ({
        name: `xl/media/anh-${index}.bin`,
        data: Buffer.from([index & 0xff])
      }))
    ]
    const bytes = buildZip(many)
    expect(inspectZip(bytes, LIMIT)).toEqual({
      ok: false,
      problem: 'too-many-parts',
      parts: MAX_ZIP_PARTS + 1
    })
    const file = join(await tempDir('hoinghi-zipmany-'), 'dai-bieu.xlsx')
    await fs.writeFile(file, bytes)
    await expect(readTable(file)).rejects.toMatchObject({
      code: 'invalid-file',
      file: 'dai-bieu.xlsx',
      message: expect.stringMatching(/10001 phần/)
    })
    // At the limit the parts are read, and quickly: SheetJS is given a Buffer it can slice without copying.
    const atLimit = buildZip([
      ...many.slice(0, MAX_ZIP_PARTS - 1),
      { name: 'xl/media/lon.bin', data: Buffer.alloc(12 * 1024 * 1024, 0x41), stored: true }
    ])
    const big = join(await tempDir('hoinghi-zipmany-'), 'dai-bieu-lon.xlsx')
    await fs.writeFile(big, atLimit)
    expect(await reader.read(big)).toMatchObject({ kind: 'table' })
  })
})

/** A workbook whose workbook.xml names `sheets` sheets, every one of them the same worksheet part. */
function oneSheetUnderManyNames(sheets: number, rows: number): Buffer {
  return craftedXlsx({
    sheetNames: Array.from({ length: sheets }, (_, index) => `Điểm cầu ${index + 1}`),
    rows: delegateRows(rows)
  })
}

// SheetJS parses a worksheet part once for every sheet name that points at it, keeping each copy:
// a 20 KB file listing one 5,000-cell sheet under 2,000 names blocked the main process for minutes.
describe('readTable and workbooks that name one sheet many times', () => {
  it('refuses more sheets than any workbook of lists has, naming the count', async () => {
    const file = join(await tempDir('hoinghi-sheets-'), 'dai-bieu.xlsx')
    await fs.writeFile(file, oneSheetUnderManyNames(2000, 500))
    // In a child process: before the fix this blocked for minutes, and a test must fail, not stall.
    expect(await reader.read(file)).toMatchObject({
      kind: 'refused',
      error: {
        code: 'invalid-file',
        file: 'dai-bieu.xlsx',
        message: expect.stringMatching(/2000 trang tính/)
      }
    })
  })

  it('reads only the sheet it needs when every name points at the same part', async () => {
    const file = join(await tempDir('hoinghi-sheets-'), 'dai-bieu.xlsx')
    await fs.writeFile(file, oneSheetUnderManyNames(255, 500))
    const outcome = await reader.read(file)
    expect(outcome).toMatchObject({ kind: 'table' })
    const table = await readTable(file)
    expect(table.sheets).toHaveLength(255)
    expect(table.sheet).toBe('Điểm cầu 1')
    expect(table.rows[0]?.[0]).toBe('Nguyễn Văn Thành 1')
    expect(await readTable(file, { sheet: 'Điểm cầu 200' })).toMatchObject({ sheet: 'Điểm cầu 200' })
  })
})

describe('inspectZip and the buffers SheetJS reserves', () => {
  // Ten thousand directory entries on one empty deflated part: each made SheetJS reserve 256 KB.
  it('counts what SheetJS reserves for parts whose local header gives no size', () => {
    // An empty stored block: SheetJS only skips the reservation for the two-byte empty stream.
    const emptyBlock = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff])
    const parts = Array.from({ length: 2000 }, (_, index) => ({
      name: `xl/media/trong-${index}.bin`,
      data: Buffer.alloc(0),
      deflated: emptyBlock
    }))
    const many = buildZip(parts)
    expect(many.length).toBeLessThan(256 * 1024)
    const result = inspectZip(many, LIMIT)
    expect(result).toMatchObject({ ok: false, problem: 'too-large' })
    expect(result.ok === false && result.problem === 'too-large' && result.inflated).toBeGreaterThan(LIMIT)
    expect(inspectZip(many, 2 ** 30).ok).toBe(true)
    expect(inspectZip(buildZip(parts.slice(0, 20)), LIMIT).ok).toBe(true)
  })
})

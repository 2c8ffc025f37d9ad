import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import XLSX from 'xlsx'
import { afterAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../tests/safety/support/testContext'
import { ChildReader } from '../../tests/safety/support/readTableInChild'
import { readTable } from './readTable'
import { inspectZip } from './inspectZip'

const SAMPLE = join(process.cwd(), '..', 'shared', 'samples', 'ha-tinh-2023-dai-bieu.xlsx')
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

import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../tests/safety/support/testContext'
import { readTable } from './readTable'
import { zipInflatedSize } from './zipInflatedSize'

const SAMPLE = join(process.cwd(), '..', 'shared', 'samples', 'ha-tinh-2023-dai-bieu.xlsx')

/** The sample with its first entry's declared inflated size raised: what a zip bomb looks like from outside. */
function withDeclaredSize(bytes: Buffer, size: number): Buffer {
  const copy = Buffer.from(bytes)
  const entry = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
  copy.writeUInt32LE(size, entry + 24)
  return copy
}

describe('zipInflatedSize', () => {
  it('adds up what the sample workbook declares, without inflating it', async () => {
    const bytes = await fs.readFile(SAMPLE)
    const size = zipInflatedSize(bytes)
    expect(size).toBeGreaterThan(bytes.length)
    expect(size).toBeLessThan(1024 * 1024)
  })

  it('returns null for bytes without a central directory', () => {
    expect(zipInflatedSize(Buffer.from('PK\u0003\u0004 không phải zip'))).toBeNull()
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
})

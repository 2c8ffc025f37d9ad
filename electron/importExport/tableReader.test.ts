import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { craftedXlsx, delegateRows } from '../../tests/import/craftedXlsx'
import { tempDir } from '../../tests/safety/support/testContext'
import { tsReaderProcess } from '../../tests/support/tsReaderProcess'
import { processTableReader } from './tableReader'
import { SAMPLE_FILES, samplePath } from '../../tests/fixtures/samples/samplePaths'

const SAMPLE = samplePath(SAMPLE_FILES.delegatesXlsx)

// Limits well below the app's (30 s, 1 GB) so the test is quick; the mechanism is the same.
const reader = processTableReader(tsReaderProcess, { timeoutMs: 20_000, maxHeapMb: 96 })
afterAll(() => reader.close())

async function file(name: string, bytes: Buffer): Promise<string> {
  const path = join(await tempDir('hoinghi-reader-'), name)
  await fs.writeFile(path, bytes)
  return path
}

/** 1.4 KB: SheetJS makes an empty cell for every cell a hyperlink covers (here 256 million). */
const hyperlinkOverEverything = () =>
  craftedXlsx({
    rows: delegateRows(10),
    after: '<hyperlinks><hyperlink ref="A1:IV1000000" location="A1"/></hyperlinks>'
  })

describe('reading import files in a process of their own', () => {
  it('reads the Hà Tĩnh delegate list, names and all', async () => {
    const table = await reader.read(SAMPLE)
    expect(table.fileName).toBe('ha-tinh-2023-dai-bieu.xlsx')
    expect(table.rows.flat()).toContain('Nguyễn Xuân Thắng')
  })

  it('can be started ahead of the first file, while the clerk is choosing it', async () => {
    const early = processTableReader(tsReaderProcess)
    early.warm()
    early.warm()
    expect((await early.read(SAMPLE)).rows.flat()).toContain('Nguyễn Xuân Thắng')
    await early.close()
  })

  it('passes the reader’s own refusals through with the file named', async () => {
    const path = await file('trong.xlsx', Buffer.alloc(0))
    await expect(reader.read(path)).rejects.toMatchObject({
      code: 'invalid-file',
      file: 'trong.xlsx',
      message: 'tệp rỗng'
    })
  })

  // In a worker thread this aborted the whole app: Node's thread memory limits are best-effort.
  it('answers for a file that exhausts the reader’s memory, and reads the next one', async () => {
    const path = await file('lien-ket.xlsx', hyperlinkOverEverything())
    await expect(reader.read(path)).rejects.toMatchObject({
      code: 'invalid-file',
      file: 'lien-ket.xlsx',
      message: expect.stringMatching(/^tệp cần quá nhiều bộ nhớ hoặc làm trình đọc dừng/)
    })
    expect((await reader.read(SAMPLE)).rows.flat()).toContain('Nguyễn Xuân Thắng')
  })

  it('stops a file that keeps the reader busy past the limit, then reads the next one', async () => {
    const path = await file(
      'cot.xlsx',
      craftedXlsx({
        rows: delegateRows(10),
        before: '<cols><col min="1" max="1000000000" width="9"/></cols>'
      })
    )
    // Room enough in memory that the clock, not the heap, runs out first.
    const patient = processTableReader(tsReaderProcess, { timeoutMs: 3000, maxHeapMb: 4096 })
    const started = Date.now()
    await expect(patient.read(path)).rejects.toMatchObject({
      code: 'invalid-file',
      file: 'cot.xlsx',
      message: expect.stringMatching(/^tệp quá phức tạp, đọc 3 giây chưa xong/)
    })
    expect(Date.now() - started).toBeLessThan(15_000)
    expect((await patient.read(SAMPLE)).rows.flat()).toContain('Nguyễn Xuân Thắng')
    await patient.close()
  })
})

import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { craftedXlsx, delegateRows } from '../../tests/import/craftedXlsx'
import { tempDir } from '../../tests/safety/support/testContext'
import { spawnTsWorker, TABLE_WORKER_ENTRY } from '../../tests/support/spawnTsWorker'
import { workerTableReader } from './tableReader'

const SAMPLE = join(process.cwd(), '..', 'shared', 'samples', 'ha-tinh-2023-dai-bieu.xlsx')

// Limits well below the app's (30 s, 1 GB) so the test is quick; the mechanism is the same.
const reader = workerTableReader(spawnTsWorker(TABLE_WORKER_ENTRY), {
  timeoutMs: 4000,
  maxOldGenerationSizeMb: 96
})
afterAll(() => reader.close())

async function file(name: string, bytes: Buffer): Promise<string> {
  const path = join(await tempDir('hoinghi-worker-'), name)
  await fs.writeFile(path, bytes)
  return path
}

describe('reading import files in a worker thread', () => {
  it('reads the Hà Tĩnh delegate list, names and all', async () => {
    const table = await reader.read(SAMPLE)
    expect(table.fileName).toBe('ha-tinh-2023-dai-bieu.xlsx')
    expect(table.rows.flat()).toContain('Nguyễn Xuân Thắng')
  })

  it('can be started ahead of the first file, while the clerk is choosing it', async () => {
    const early = workerTableReader(spawnTsWorker(TABLE_WORKER_ENTRY))
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

  // A 1.4 KB file: SheetJS makes an empty cell for every cell a hyperlink covers.
  it('stops a file that keeps the reader busy past the limit, then reads the next one', async () => {
    const path = await file(
      'lien-ket.xlsx',
      craftedXlsx({
        rows: delegateRows(10),
        after: '<hyperlinks><hyperlink ref="A1:IV1000000" location="A1"/></hyperlinks>'
      })
    )
    // Room enough in memory that the clock, not the heap, runs out first.
    const patient = workerTableReader(spawnTsWorker(TABLE_WORKER_ENTRY), {
      timeoutMs: 2000,
      maxOldGenerationSizeMb: 2048
    })
    const started = Date.now()
    await expect(patient.read(path)).rejects.toMatchObject({
      code: 'invalid-file',
      file: 'lien-ket.xlsx',
      message: expect.stringMatching(/^tệp quá phức tạp, đọc 2 giây chưa xong/)
    })
    expect(Date.now() - started).toBeLessThan(15_000)
    expect((await patient.read(SAMPLE)).rows.flat()).toContain('Nguyễn Xuân Thắng')
    await patient.close()
  })

  // A 1.4 KB file: with cell styles SheetJS keeps one object per column a <col> spans.
  it('stops a file that needs more memory than the limit, naming it', async () => {
    const path = await file(
      'cot.xlsx',
      craftedXlsx({ rows: delegateRows(10), before: '<cols><col min="1" max="50000000" width="9"/></cols>' })
    )
    await expect(reader.read(path)).rejects.toMatchObject({
      code: 'invalid-file',
      file: 'cot.xlsx',
      message: expect.stringMatching(/^tệp (cần quá nhiều bộ nhớ|quá phức tạp)/)
    })
    expect((await reader.read(SAMPLE)).rows.flat()).toContain('Nguyễn Xuân Thắng')
  })
})

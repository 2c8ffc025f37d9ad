import { promises as fs } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/runCli'
import type { ConferenceDocument } from '../../shared/model/conference'
import { newDelegate } from '../../shared/model/defaults'
import { createTestApp, unwrap } from './support/testContext'

type Loaded = { key: string; doc: ConferenceDocument }

const SAMPLE_DELEGATES = '/work/shared/samples/ha-tinh-2023-dai-bieu.csv'

async function delegatesOnDisk(file: string): Promise<number> {
  return (JSON.parse(await fs.readFile(file, 'utf8')) as ConferenceDocument).delegates.length
}

describe('a data-folder file changed by another writer while the app has it open', () => {
  it('refuses the save, naming the file, and keeps what `hoinghi import` wrote', async () => {
    const app = await createTestApp()
    const { key } = unwrap(
      await app.dispatch('conferences:create', { title: 'Hội nghị tổng kết công tác quốc phòng năm 2023' })
    ) as { key: string }
    const loaded = unwrap(await app.dispatch('conferences:load', { key })) as Loaded
    const file = app.ctx.store.paths.conferenceFile(key)

    // Ordinary consecutive saves by the app itself go through.
    for (const name of ['Võ Trọng Hải', 'Bùi Hồng Thanh', 'Phạm Thanh Phương']) {
      unwrap(
        await app.dispatch('conferences:save', {
          key,
          doc: { ...loaded.doc, delegates: [newDelegate('d1', { name })] }
        })
      )
    }

    const lines: string[] = []
    const io = {
      out: (line: string) => lines.push(line),
      err: (line: string) => lines.push(line),
      cwd: '/',
      env: {}
    }
    expect(await runCli(['import', file, SAMPLE_DELEGATES, '--kind', 'delegates'], io)).toBe(0)
    const imported = await delegatesOnDisk(file)
    expect(imported).toBeGreaterThan(10)
    const afterImport = await fs.readFile(file)

    const refused = await app.dispatch('conferences:save', {
      key,
      doc: { ...loaded.doc, conference: { ...loaded.doc.conference, place: 'Hà Tĩnh' } }
    })
    expect(refused.ok ? 'ok' : refused.error.code).toBe('locked')
    if (!refused.ok) {
      expect(refused.error.file).toBe(`${key}.hoinghi.json`)
      expect(refused.error.message).toMatch(/tệp đã bị thay đổi bên ngoài HoiNghi.*hãy mở lại/)
    }
    expect((await fs.readFile(file)).equals(afterImport)).toBe(true)

    // Reopened, the app sees the imported delegates and saves on top of them.
    unwrap(await app.dispatch('conferences:close', { key }))
    const reopened = unwrap(await app.dispatch('conferences:load', { key })) as Loaded
    expect(reopened.doc.delegates).toHaveLength(imported)
    unwrap(
      await app.dispatch('conferences:save', {
        key,
        doc: { ...reopened.doc, conference: { ...reopened.doc.conference, place: 'Hà Tĩnh' } }
      })
    )
    expect(await delegatesOnDisk(file)).toBe(imported)
    await app.ctx.store.close()
  })

  it('refuses to bring back a file deleted behind its back, and still saves after a restore', async () => {
    const app = await createTestApp()
    const { key } = unwrap(
      await app.dispatch('conferences:create', { title: 'Hội nghị tổng kết công tác biên phòng năm 2023' })
    ) as { key: string }
    const loaded = unwrap(await app.dispatch('conferences:load', { key })) as Loaded
    const file = app.ctx.store.paths.conferenceFile(key)
    const { snapshotId } = unwrap(await app.dispatch('history:snapshot', { key, reason: 'manual' })) as {
      snapshotId: string
    }

    await fs.rename(file, `${file}.moved`)
    const refused = await app.dispatch('conferences:save', { key, doc: loaded.doc })
    expect(refused.ok ? 'ok' : refused.error.code).toBe('locked')
    await expect(fs.access(file)).rejects.toThrow()
    await fs.rename(`${file}.moved`, file)

    // A restore writes over the file on purpose; the next save follows it without complaint.
    const { doc } = unwrap(await app.dispatch('history:restore', { key, snapshotId })) as {
      doc: ConferenceDocument
    }
    const again = unwrap(await app.dispatch('conferences:load', { key })) as Loaded
    expect(again.doc.id).toBe(doc.id)
    unwrap(
      await app.dispatch('conferences:save', {
        key,
        doc: { ...again.doc, delegates: [newDelegate('d1', { name: 'Ngô Nam Cường' })] }
      })
    )
    expect(await delegatesOnDisk(file)).toBe(1)
    await app.ctx.store.close()
  })
})

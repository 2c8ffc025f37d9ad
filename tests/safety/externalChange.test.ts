import { promises as fs } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { runCli } from '../../electron/cli/runCli'
import type { ConferenceDocument } from '../../shared/model/conference'
import { newDelegate } from '../../shared/model/defaults'
import { createTestApp, unwrap } from './support/testContext'
import { SAMPLE_FILES, samplePath } from '../fixtures/samples/samplePaths'

type Loaded = { key: string; doc: ConferenceDocument }

const SAMPLE_DELEGATES = samplePath(SAMPLE_FILES.delegatesCsv)

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
      expect(refused.error.message).toMatch(/tệp đã bị thay đổi bên ngoài HoiNghi.*không ghi đè/)
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

type Snapshot = { snapshotId: string; reason: string; delegates: number }

/** An open conference with one delegate saved by the app, then three hundred-odd imported behind its back. */
async function changedBehindTheApp() {
  const app = await createTestApp()
  const { key } = unwrap(
    await app.dispatch('conferences:create', { title: 'Hội nghị giao ban Quý IV năm 2023' })
  ) as { key: string }
  const loaded = unwrap(await app.dispatch('conferences:load', { key })) as Loaded
  const file = app.ctx.store.paths.conferenceFile(key)
  unwrap(
    await app.dispatch('conferences:save', {
      key,
      doc: { ...loaded.doc, delegates: [newDelegate('d1', { name: 'Võ Trọng Hải' })] }
    })
  )
  const io = { out: () => undefined, err: () => undefined, cwd: '/', env: {} }
  expect(await runCli(['import', file, SAMPLE_DELEGATES, '--kind', 'delegates'], io)).toBe(0)
  const imported = await delegatesOnDisk(file)
  // The clerk's own edit, made on the version the app had: refused.
  const mine: ConferenceDocument = {
    ...loaded.doc,
    conference: { ...loaded.doc.conference, place: 'Hội trường Bộ Chỉ huy Quân sự tỉnh' },
    delegates: [newDelegate('d1', { name: 'Võ Trọng Hải' }), newDelegate('d2', { name: 'Ngô Nam Cường' })]
  }
  const refused = await app.dispatch('conferences:save', { key, doc: mine })
  expect(refused.ok ? 'ok' : refused.error.code).toBe('locked')
  return { app, key, file, mine, imported }
}

describe('choosing a version after the file changed outside HoiNghi', () => {
  it('keeps the newest refused edit in History, in one slot, even if the clerk never chooses', async () => {
    const { app, key, mine } = await changedBehindTheApp()
    const refusedSnapshots = async () =>
      (unwrap(await app.dispatch('history:list', { key })) as Snapshot[]).filter(
        (entry) => entry.reason === 'refused'
      )
    expect(await refusedSnapshots()).toHaveLength(1)
    // The clerk types on; every autosave is refused, and the slot follows the newest edit.
    const later = {
      ...mine,
      delegates: [...mine.delegates, newDelegate('d3', { name: 'Phạm Thanh Phương' })]
    }
    const again = await app.dispatch('conferences:save', { key, doc: later })
    expect(again.ok ? 'ok' : again.error.code).toBe('locked')
    const kept = await refusedSnapshots()
    expect(kept).toHaveLength(1)
    expect(kept[0]?.delegates).toBe(3)
    const id = kept[0]?.snapshotId ?? ''
    const raw = await app.ctx.store.snapshots.read(mine.id, id)
    expect((JSON.parse(raw.toString('utf8')) as ConferenceDocument).conference.place).toBe(
      'Hội trường Bộ Chỉ huy Quân sự tỉnh'
    )
    await app.ctx.store.close()
  })

  it('keeps the version on disk, with the clerk’s own kept as a conflict snapshot', async () => {
    const { app, key, file, mine, imported } = await changedBehindTheApp()
    const onDisk = await fs.readFile(file)
    const { snapshotId } = unwrap(
      await app.dispatch('conflict:resolve', { key, doc: mine, keep: 'theirs' })
    ) as {
      snapshotId: string
    }
    expect((await fs.readFile(file)).equals(onDisk)).toBe(true)
    const reloaded = unwrap(await app.dispatch('conferences:load', { key })) as Loaded
    expect(reloaded.doc.delegates).toHaveLength(imported)

    const history = unwrap(await app.dispatch('history:list', { key })) as Snapshot[]
    expect(history.find((entry) => entry.snapshotId === snapshotId)).toMatchObject({
      reason: 'conflict',
      delegates: 2
    })
    // The set-aside version comes back through History like any other snapshot.
    const { doc } = unwrap(await app.dispatch('history:restore', { key, snapshotId })) as {
      doc: ConferenceDocument
    }
    expect(doc.conference.place).toBe('Hội trường Bộ Chỉ huy Quân sự tỉnh')
    expect(doc.delegates.map((delegate) => delegate.name)).toEqual(['Võ Trọng Hải', 'Ngô Nam Cường'])
    await app.ctx.store.close()
  })

  it('keeps the clerk’s version, with the one on disk kept as a conflict snapshot, and saves go on', async () => {
    const { app, key, file, mine, imported } = await changedBehindTheApp()
    const { snapshotId } = unwrap(
      await app.dispatch('conflict:resolve', { key, doc: mine, keep: 'mine' })
    ) as {
      snapshotId: string
    }
    const written = JSON.parse(await fs.readFile(file, 'utf8')) as ConferenceDocument
    expect(written.conference.place).toBe('Hội trường Bộ Chỉ huy Quân sự tỉnh')
    expect(written.delegates).toHaveLength(2)
    const history = unwrap(await app.dispatch('history:list', { key })) as Snapshot[]
    expect(history.find((entry) => entry.snapshotId === snapshotId)).toMatchObject({
      reason: 'conflict',
      delegates: imported
    })

    const reloaded = unwrap(await app.dispatch('conferences:load', { key })) as Loaded
    unwrap(
      await app.dispatch('conferences:save', {
        key,
        doc: {
          ...reloaded.doc,
          delegates: [...reloaded.doc.delegates, newDelegate('d3', { name: 'Bùi Hồng Thanh' })]
        }
      })
    )
    expect(await delegatesOnDisk(file)).toBe(3)
    await app.ctx.store.close()
  })

  it('sets a broken file aside whole before writing the clerk’s version over it', async () => {
    const { app, key, file, mine } = await changedBehindTheApp()
    await fs.writeFile(file, '{"format":"hoinghi.conference","schemaVersion":3,"delegates":[')
    const resolution = unwrap(await app.dispatch('conflict:resolve', { key, doc: mine, keep: 'mine' }))
    expect(resolution).toEqual({ setAside: 'quarantine', snapshotId: null })
    const quarantined = await fs.readdir(app.ctx.store.paths.quarantine)
    expect(quarantined).toHaveLength(1)
    expect(await fs.readFile(`${app.ctx.store.paths.quarantine}/${quarantined[0]}`, 'utf8')).toMatch(
      /"delegates":\[$/
    )
    expect(await delegatesOnDisk(file)).toBe(2)
    await app.ctx.store.close()
  })

  it('writes nothing over a third change that lands while the version on disk is being kept', async () => {
    const { app, key, file, mine } = await changedBehindTheApp()
    const take = app.ctx.store.snapshots.take.bind(app.ctx.store.snapshots)
    // Another `hoinghi import` lands just after the disk version was snapshotted.
    const spy = vi.spyOn(app.ctx.store.snapshots, 'take').mockImplementation(async (...args) => {
      const taken = await take(...args)
      const doc = JSON.parse(await fs.readFile(file, 'utf8')) as ConferenceDocument
      await fs.writeFile(
        file,
        JSON.stringify({ ...doc, conference: { ...doc.conference, place: 'Nghệ An' } })
      )
      return taken
    })
    try {
      const refused = await app.dispatch('conflict:resolve', { key, doc: mine, keep: 'mine' })
      expect(refused.ok ? 'ok' : refused.error.code).toBe('locked')
      expect((JSON.parse(await fs.readFile(file, 'utf8')) as ConferenceDocument).conference.place).toBe(
        'Nghệ An'
      )
    } finally {
      spy.mockRestore()
    }
    await app.ctx.store.close()
  })

  it('refuses another conference’s document, and "theirs" when the file is gone, changing nothing', async () => {
    const { app, key, file, mine } = await changedBehindTheApp()
    const onDisk = await fs.readFile(file)
    const stranger = await app.dispatch('conflict:resolve', {
      key,
      doc: { ...mine, id: 'hoinghikhac2023' },
      keep: 'mine'
    })
    expect(stranger.ok ? 'ok' : stranger.error.code).toBe('invalid-input')
    expect((await fs.readFile(file)).equals(onDisk)).toBe(true)

    await fs.rename(file, `${file}.moved`)
    const gone = await app.dispatch('conflict:resolve', { key, doc: mine, keep: 'theirs' })
    expect(gone.ok ? 'ok' : gone.error.code).toBe('not-found')
    if (!gone.ok) expect(gone.error.message).toMatch(/chỉ có thể giữ bản đang sửa/)
    expect(unwrap(await app.dispatch('history:list', { key })) as Snapshot[]).not.toContainEqual(
      expect.objectContaining({ reason: 'conflict' })
    )
    await app.ctx.store.close()
  })
})

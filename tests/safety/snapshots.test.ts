import { promises as fs } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KEEP_LAST, SnapshotStore, snapshotFolderName } from '../../electron/storage/snapshots'
import type { ConferenceDocument } from '../../shared/model/conference'
import { newConferenceDocument, newDelegate } from '../../shared/model/defaults'
import { createTestApp, tempDir, unwrap } from './support/testContext'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

function clock(start: string): { now: () => Date; advance: (ms: number) => void } {
  let time = new Date(start).getTime()
  return { now: () => new Date(time), advance: (ms) => (time += ms) }
}

describe('snapshot retention', () => {
  it('keeps the last 20 and the newest of each day for 30 days, and drops the rest', async () => {
    const time = clock('2026-10-01T08:00:00.000Z')
    const store = new SnapshotStore(await tempDir('hoinghi-snap-'), time.now)
    for (let n = 0; n < 90; n++) {
      await store.take('hoinghi2023', JSON.stringify({ n, delegates: [] }), 'edit')
      time.advance(11 * HOUR)
    }
    const now = time.now().getTime()
    const kept = await store.list('hoinghi2023')
    const ids = kept.map((entry) => entry.snapshotId)
    // The 20 newest are always kept.
    const takenTimes = kept.map((entry) => new Date(entry.takenAt).getTime())
    expect(takenTimes).toEqual([...takenTimes].sort((a, b) => b - a))
    expect(ids.length).toBeGreaterThan(KEEP_LAST)
    // Beyond those: nothing older than 30 days, at most one per day.
    const older = kept.slice(KEEP_LAST)
    for (const entry of older)
      expect(now - new Date(entry.takenAt).getTime()).toBeLessThanOrEqual(30 * DAY + 11 * HOUR)
    const days = older.map((entry) => new Date(entry.takenAt).toDateString())
    expect(new Set(days).size).toBe(days.length)
    // Every day of the last 30 that had a snapshot still has one.
    for (let back = 0; back < 30; back++) {
      const day = new Date(now - back * DAY).toDateString()
      if (day === new Date(now).toDateString()) continue
      expect(
        kept.some((entry) => new Date(entry.takenAt).toDateString() === day),
        day
      ).toBe(true)
    }
    expect(kept.length).toBeLessThanOrEqual(KEEP_LAST + 31)
  })

  it('keeps a version set aside in a conflict for 30 days, however much editing follows', async () => {
    const time = clock('2026-10-01T08:00:00.000Z')
    const store = new SnapshotStore(await tempDir('hoinghi-snap-'), time.now)
    const { snapshotId: setAside } = await store.take(
      'hoinghi2023',
      '{"cua":"Trần Thị Hồng Nhung"}',
      'conflict'
    )
    const { snapshotId: morningEdit } = await store.take('hoinghi2023', '{"n":-1}', 'edit')
    // Three days of autosave snapshots, ten minutes apart: far more than the 20 newest.
    for (let n = 0; n < 60; n++) {
      time.advance(HOUR)
      await store.take('hoinghi2023', JSON.stringify({ n }), 'edit')
    }
    const ids = (await store.list('hoinghi2023')).map((entry) => entry.snapshotId)
    expect(ids).toContain(setAside)
    // The edit taken the same morning is not the day's newest and goes, as before.
    expect(ids).not.toContain(morningEdit)
    time.advance(31 * DAY)
    await store.take('hoinghi2023', '{"n":"cuoi"}', 'edit')
    expect((await store.list('hoinghi2023')).map((entry) => entry.snapshotId)).not.toContain(setAside)
  })

  it('does not take a copy identical to the newest one', async () => {
    const store = new SnapshotStore(await tempDir('hoinghi-snap-'))
    const first = await store.take('abc', '{"delegates":[]}', 'open')
    const second = await store.take('abc', '{"delegates":[]}', 'open')
    expect(first.created).toBe(true)
    expect(second).toEqual({ snapshotId: first.snapshotId, created: false })
    expect(await store.ids('abc')).toHaveLength(1)
  })

  it('names the folder of a hostile conference id by its hash, inside the snapshot root', async () => {
    const root = await tempDir('hoinghi-snap-')
    const store = new SnapshotStore(root)
    for (const id of ['../../evil', '..\\..\\x', 'C:\\Windows', '/etc/passwd', '__proto__']) {
      const folder = store.folder(id)
      expect(relative(root, folder).startsWith('..')).toBe(false)
      expect(snapshotFolderName(id)).toMatch(/^[A-Za-z0-9_-]+$/)
    }
  })
})

describe('history channels', () => {
  it('snapshots on open, before import, every 10 minutes while editing, and restores after snapshotting the current state', async () => {
    const time = clock('2026-11-20T01:00:00.000Z')
    const app = await createTestApp(undefined, { now: time.now })
    const { key } = unwrap(
      await app.dispatch('conferences:create', { title: 'Hội nghị tổng kết công tác quốc phòng năm 2023' })
    ) as { key: string }
    let doc = (unwrap(await app.dispatch('conferences:load', { key })) as { doc: ConferenceDocument }).doc
    const list = () =>
      app
        .dispatch('history:list', { key })
        .then((envelope) => unwrap(envelope) as { snapshotId: string; reason: string; delegates: number }[])
    expect((await list()).map((entry) => entry.reason)).toEqual(['open'])

    // Edits every 3 minutes: the open snapshot counts, so the next comes with the save at minute 12 only.
    const names = [
      'Võ Trọng Hải',
      'Nguyễn Xuân Thắng',
      'Bùi Hồng Thanh',
      'Phạm Thanh Phương',
      'Ngô Nam Cường'
    ]
    for (const [index, name] of names.entries()) {
      time.advance(3 * 60 * 1000)
      doc = { ...doc, delegates: [...doc.delegates, newDelegate(`d${index}`, { name })] }
      doc = {
        ...doc,
        updatedAt: (unwrap(await app.dispatch('conferences:save', { key, doc })) as { savedAt: string })
          .savedAt
      }
    }
    const edits = (await list()).filter((entry) => entry.reason === 'edit')
    expect(edits.map((entry) => entry.delegates)).toEqual([4])

    time.advance(1000)
    const before = unwrap(await app.dispatch('history:snapshot', { key, reason: 'import' })) as {
      snapshotId: string
    }
    expect(before.snapshotId).toMatch(/__import$/)

    // An import replaces the delegates; the clerk regrets it and restores.
    time.advance(1000)
    unwrap(
      await app.dispatch('conferences:save', {
        key,
        doc: { ...doc, delegates: [newDelegate('x', { name: 'Đỗ Xuân Thanh' })] }
      })
    )
    time.advance(1000)
    const restored = unwrap(
      await app.dispatch('history:restore', { key, snapshotId: before.snapshotId })
    ) as { doc: ConferenceDocument }
    expect(restored.doc.delegates.map((delegate) => delegate.name)).toEqual(names)
    const reloaded = unwrap(await app.dispatch('conferences:load', { key })) as { doc: ConferenceDocument }
    expect(reloaded.doc.delegates.map((delegate) => delegate.name)).toEqual(names)
    // The state before the restore (the one-delegate import) is itself kept.
    const restoreSnapshot = (await list()).find((entry) => entry.reason === 'restore')
    expect(restoreSnapshot?.delegates).toBe(1)
  })

  it('refuses snapshot ids that are paths', async () => {
    const app = await createTestApp()
    const { key } = unwrap(await app.dispatch('conferences:create', { title: 'Hội nghị sơ kết' })) as {
      key: string
    }
    for (const snapshotId of [
      '../../etc/passwd',
      '..\\..\\x',
      '2026-11-20T01-00-00-000Z__open/../../x',
      '2026-11-20T01-00-00-000Z__open.hoinghi.json'
    ]) {
      const result = await app.dispatch('history:restore', { key, snapshotId })
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid-input')
    }
    const missing = await app.dispatch('history:restore', {
      key,
      snapshotId: '2020-01-01T00-00-00-000Z__open'
    })
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not-found')
  })

  it('snapshots the original bytes before a migration', async () => {
    const app = await createTestApp()
    const current = newConferenceDocument(
      'cu2019',
      { title: 'Hội nghị tổng kết năm 2019' },
      new Date('2019-12-20T02:00:00Z')
    )
    const { awardSettings: _a, documents: _d, ...rest } = current
    const v1 = JSON.stringify({
      ...rest,
      schemaVersion: 1,
      delegates: [newDelegate('d1', { name: 'Võ Trọng Hải' })]
    })
    await fs.writeFile(app.ctx.store.paths.conferenceFile('cu2019'), v1)
    const loaded = unwrap(await app.dispatch('conferences:load', { key: 'cu2019' })) as {
      migratedFrom: number | null
    }
    expect(loaded.migratedFrom).toBe(1)
    const [entry] = unwrap(await app.dispatch('history:list', { key: 'cu2019' })) as {
      snapshotId: string
      reason: string
    }[]
    expect(entry?.reason).toBe('migration')
    const bytes = await fs.readFile(
      join(app.ctx.store.paths.snapshots, 'cu2019', `${entry?.snapshotId}.hoinghi.json`),
      'utf8'
    )
    expect(bytes).toBe(v1)
  })
})

describe('import snapshots name the file', () => {
  it('keeps the imported file name and count with the snapshot, even when the bytes were already snapshotted', async () => {
    const store = new SnapshotStore(await tempDir('hoinghi-snap-note-'))
    const bytes = JSON.stringify({ delegates: [] })
    await store.take('toan-quoc', bytes, 'open')
    const note = { file: 'toan-quoc-2024-dai-bieu.xlsx', count: 1143, kind: 'delegates' as const }
    const { snapshotId } = await store.take('toan-quoc', bytes, 'import', note)
    const [entry] = await store.list('toan-quoc')
    expect(entry).toMatchObject({ snapshotId, note })
    await store.take('toan-quoc', JSON.stringify({ delegates: [1] }), 'edit')
    expect((await store.list('toan-quoc'))[0]?.note).toBeNull()
  })
})

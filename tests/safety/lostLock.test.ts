import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lockPathFor } from '../../electron/storage/fileLock'
import type { ConferenceDocument } from '../../shared/model/conference'
import { newDelegate } from '../../shared/model/defaults'
import { createTestApp, tempDir, unwrap, type TestApp } from './support/testContext'

type Loaded = { key: string; doc: ConferenceDocument; readOnly: boolean; lockHolder: string | null }

/**
 * The first computer holds the file, then loses its lock while asleep: the lock is broken as stale
 * and the second computer takes the file over. The first must stop writing at once.
 */
async function lockTakenOver(heartbeatMs?: number): Promise<{
  first: TestApp
  second: TestApp
  file: string
  key: string
  held: Loaded
}> {
  const shared = await tempDir('hoinghi-share-')
  const first = await createTestApp(undefined, {
    store: { lock: { identity: { host: 'PHONG-TH-01', user: 'nguyenvana', pid: 1 }, heartbeatMs } }
  })
  const second = await createTestApp(undefined, {
    store: { lock: { identity: { host: 'PHONG-TH-02', user: 'tranthib', pid: 2 } } }
  })
  const { key: ownKey } = unwrap(
    await first.dispatch('conferences:create', { title: 'Hội nghị tổng kết công tác quân sự năm 2023' })
  ) as { key: string }
  const file = join(shared, 'tong-ket-2023.hoinghi.json')
  await fs.copyFile(first.ctx.store.paths.conferenceFile(ownKey), file)
  first.answers.openFile = file
  second.answers.openFile = file
  const { key } = unwrap(await first.dispatch('conferences:openExternal', {})) as { key: string }
  unwrap(await second.dispatch('conferences:openExternal', {}))
  const held = unwrap(await first.dispatch('conferences:load', { key })) as Loaded
  expect(held.readOnly).toBe(false)

  // What a stale-lock breaker does, then the second computer opens the file and gets the lock.
  await fs.rm(lockPathFor(file))
  const taken = unwrap(await second.dispatch('conferences:load', { key })) as Loaded
  expect(taken).toMatchObject({ readOnly: false, lockHolder: null })
  expect(JSON.parse(await fs.readFile(lockPathFor(file), 'utf8'))).toMatchObject({ host: 'PHONG-TH-02' })
  return { first, second, file, key, held }
}

describe('a shared-folder lock lost to another computer', () => {
  it('stops the saves of the computer that lost it, naming the new holder', async () => {
    const { first, second, file, key, held } = await lockTakenOver()
    const before = await fs.readFile(file)
    const refused = await first.dispatch('conferences:save', {
      key,
      doc: { ...held.doc, delegates: [newDelegate('d1', { name: 'Bùi Hồng Thanh' })] }
    })
    expect(refused.ok ? 'ok' : refused.error.code).toBe('read-only')
    if (!refused.ok) expect(refused.error.message).toMatch(/tranthib trên máy PHONG-TH-02/)
    expect((await fs.readFile(file)).equals(before)).toBe(true)

    const reloaded = unwrap(await first.dispatch('conferences:load', { key })) as Loaded
    expect(reloaded.readOnly).toBe(true)
    expect(reloaded.lockHolder).toMatch(/^tranthib trên máy PHONG-TH-02 từ /)
    await first.ctx.store.close()
    await second.ctx.store.close()
  })

  it('turns the store read-only as soon as a heartbeat finds the lock taken over', async () => {
    const { first, second, file } = await lockTakenOver(20)
    await expect
      .poll(() => first.ctx.store.lockState(file), { timeout: 2000, interval: 10 })
      .toMatchObject({ readOnly: true, lockHolder: expect.stringMatching(/^tranthib trên máy PHONG-TH-02/) })
    await first.ctx.store.close()
    await second.ctx.store.close()
    // The first computer gave nothing back that was not its own: the second's lock is gone only by its own release.
    await expect(fs.access(lockPathFor(file))).rejects.toThrow()
  })

  it.each([
    ['after its heartbeat noticed the loss', 20],
    ['before any heartbeat noticed', undefined]
  ])(
    'never writes its stale copy over what the other computer saved meanwhile (%s)',
    async (_when, heartbeatMs) => {
      const { first, second, file, key, held } = await lockTakenOver(heartbeatMs)
      if (heartbeatMs !== undefined)
        await expect.poll(() => first.ctx.store.lockState(file).readOnly, { timeout: 2000 }).toBe(true)
      // PHONG-TH-02 saves its work and closes the file: the lock is free again.
      const theirs = unwrap(await second.dispatch('conferences:load', { key })) as Loaded
      unwrap(
        await second.dispatch('conferences:save', {
          key,
          doc: {
            ...theirs.doc,
            delegates: [
              newDelegate('b1', { name: 'Trần Thị Bích' }),
              newDelegate('b2', { name: 'Lê Văn Cường' })
            ]
          }
        })
      )
      unwrap(await second.dispatch('conferences:close', { key }))
      const saved = await fs.readFile(file)

      // PHONG-TH-01 wakes up with edits made on the version it had: refused, as changed outside.
      const mine = { ...held.doc, delegates: [newDelegate('a1', { name: 'Bùi Hồng Thanh' })] }
      const refused = await first.dispatch('conferences:save', { key, doc: mine })
      expect(refused.ok ? 'ok' : refused.error.code).toBe('locked')
      expect((await fs.readFile(file)).equals(saved)).toBe(true)

      // Its clerk takes the other computer's version; their own goes to History.
      unwrap(await first.dispatch('conflict:resolve', { key, doc: mine, keep: 'theirs' }))
      const reloaded = unwrap(await first.dispatch('conferences:load', { key })) as Loaded
      expect(reloaded.readOnly).toBe(false)
      expect(reloaded.doc.delegates.map((delegate) => delegate.name)).toEqual([
        'Trần Thị Bích',
        'Lê Văn Cường'
      ])
      await first.ctx.store.close()
      await second.ctx.store.close()
    }
  )
})

/** One computer (PHONG-TH-02) with a conference opened from the provincial shared folder. */
async function openShared(title: string, name: string) {
  const shared = await tempDir('hoinghi-share-')
  const app = await createTestApp(undefined, {
    store: { lock: { identity: { host: 'PHONG-TH-02', user: 'tranthib', pid: 2 } } }
  })
  const { key: ownKey } = unwrap(await app.dispatch('conferences:create', { title })) as { key: string }
  const file = join(shared, name)
  await fs.copyFile(app.ctx.store.paths.conferenceFile(ownKey), file)
  app.answers.openFile = file
  const { key } = unwrap(await app.dispatch('conferences:openExternal', {})) as { key: string }
  const loaded = unwrap(await app.dispatch('conferences:load', { key })) as Loaded
  const save = (names: string[]) =>
    app.dispatch('conferences:save', {
      key,
      doc: {
        ...loaded.doc,
        delegates: names.map((delegate, index) => newDelegate(`d${index}`, { name: delegate }))
      }
    })
  const lockExists = () =>
    fs.access(lockPathFor(file)).then(
      () => true,
      () => false
    )
  const namesOnDisk = async () =>
    (JSON.parse(await fs.readFile(file, 'utf8')) as ConferenceDocument).delegates.map(
      (delegate) => delegate.name
    )
  return { app, file, key, save, lockExists, namesOnDisk }
}

describe('closing a conference opened from a shared folder', () => {
  it('has given the lock back by the time a close returns, so the other computer can save at once', async () => {
    const { app, key, lockExists } = await openShared(
      'Hội nghị giao ban Quý III năm 2024',
      'quy-3.hoinghi.json'
    )
    expect(await lockExists()).toBe(true)
    unwrap(await app.dispatch('conferences:close', { key }))
    expect(await lockExists()).toBe(false)
    await app.ctx.store.close()
  })

  // The window closes a conference right after its last edit: the autosave is still in the queue.
  it('lands a save still queued when the conference is closed, then gives the lock back', async () => {
    const { app, key, save, lockExists, namesOnDisk } = await openShared(
      'Hội nghị giao ban Quý IV năm 2024',
      'quy-4.hoinghi.json'
    )
    const saves = [save(['Nguyễn Hồng Thái']), save(['Hoàng Văn Đồng'])]
    const closed = app.dispatch('conferences:close', { key })
    for (const outcome of await Promise.all(saves)) expect(outcome.ok ? 'ok' : outcome.error.code).toBe('ok')
    unwrap(await closed)
    expect(await namesOnDisk()).toEqual(['Hoàng Văn Đồng'])
    expect(await lockExists()).toBe(false)
    await app.ctx.store.close()
  })

  // An edit sent while the close was under way arrives after it: it lands, and the lock goes back.
  it('lands a save that arrives after the close, then gives the lock back again', async () => {
    const { app, key, save, lockExists, namesOnDisk } = await openShared(
      'Hội nghị sơ kết 6 tháng đầu năm 2024',
      'so-ket.hoinghi.json'
    )
    unwrap(await app.dispatch('conferences:close', { key }))
    expect(unwrap(await save(['Trần Quốc Vượng']))).toBeDefined()
    expect(await namesOnDisk()).toEqual(['Trần Quốc Vượng'])
    expect(await lockExists()).toBe(false)
    await app.ctx.store.close()
  })

  // A load and a queued save that both find the file uncached must not each read it: the entry
  // cached last would refuse the other's write as a change made outside HoiNghi.
  it('gives two opens at once one shared read', async () => {
    const { app, file, key, save, namesOnDisk } = await openShared(
      'Hội nghị giao ban Quý I năm 2025',
      'quy-1-mo.hoinghi.json'
    )
    unwrap(await app.dispatch('conferences:close', { key }))
    const [first, second] = await Promise.all([app.ctx.store.openFile(file), app.ctx.store.openFile(file)])
    expect(second).toBe(first)
    unwrap(await app.dispatch('conferences:load', { key }))
    unwrap(await save(['Võ Thị Minh Thư']))
    expect(await namesOnDisk()).toEqual(['Võ Thị Minh Thư'])
    await app.ctx.store.close()
  })

  // Closed and opened again at once: the release still queued must not take the new session's lock.
  it('keeps the lock of a conference loaded again before its close was done', async () => {
    const { app, key, save, lockExists, namesOnDisk } = await openShared(
      'Hội nghị giao ban Quý I năm 2025',
      'quy-1.hoinghi.json'
    )
    const pending = save(['Lê Thị Hồng Nhung'])
    const closed = app.dispatch('conferences:close', { key })
    const reopened = unwrap(await app.dispatch('conferences:load', { key })) as Loaded
    unwrap(await pending)
    unwrap(await closed)
    expect(reopened.readOnly).toBe(false)
    expect(await lockExists()).toBe(true)
    expect(unwrap(await save(['Lê Thị Hồng Nhung', 'Phạm Văn Hiếu']))).toBeDefined()
    expect(await namesOnDisk()).toEqual(['Lê Thị Hồng Nhung', 'Phạm Văn Hiếu'])
    expect(await lockExists()).toBe(true)
    await app.ctx.store.close()
    expect(await lockExists()).toBe(false)
  })
})

describe('acting on a shared-folder conference from the list', () => {
  it.each([
    ['renaming', 'conferences:rename', { title: 'Hội nghị giao ban Quý II năm 2025 (sửa)' }],
    ['copying', 'conferences:duplicate', { title: 'Hội nghị giao ban Quý II năm 2026', keepAwards: false }]
  ] as const)('gives the lock back after %s a file nobody has open', async (_what, channel, extra) => {
    const { app, key, lockExists } = await openShared(
      'Hội nghị giao ban Quý II năm 2025',
      'quy-2.hoinghi.json'
    )
    await app.ctx.store.close()
    // The next morning: the app starts again and the clerk acts from the list without opening it.
    const restarted = await createTestApp(app.dataDir, {
      store: { lock: { identity: { host: 'PHONG-TH-02', user: 'tranthib', pid: 3 } } }
    })
    unwrap(await restarted.dispatch(channel, { key, ...extra }))
    expect(await lockExists()).toBe(false)
    await restarted.ctx.store.close()
  })

  // The share was briefly out of reach when the clerk tried to open the file.
  it('gives the lock back after a rename from the list when the last open had failed', async () => {
    const { app, file, key, lockExists } = await openShared(
      'Hội nghị giao ban Quý II năm 2025',
      'quy-2c.hoinghi.json'
    )
    unwrap(await app.dispatch('conferences:close', { key }))
    const away = `${file}.tam`
    await fs.rename(file, away)
    expect((await app.dispatch('conferences:load', { key })).ok).toBe(false)
    await fs.rename(away, file)
    unwrap(
      await app.dispatch('conferences:rename', { key, title: 'Hội nghị giao ban Quý II năm 2025 (sửa)' })
    )
    expect(await lockExists()).toBe(false)
    await app.ctx.store.close()
  })

  it('keeps the lock of a file open in the workspace when the list renames it', async () => {
    const { app, key, lockExists, namesOnDisk, save } = await openShared(
      'Hội nghị giao ban Quý II năm 2025',
      'quy-2b.hoinghi.json'
    )
    unwrap(
      await app.dispatch('conferences:rename', { key, title: 'Hội nghị giao ban Quý II năm 2025 (sửa)' })
    )
    expect(await lockExists()).toBe(true)
    unwrap(await save(['Đặng Thị Ngọc Hân']))
    expect(await namesOnDisk()).toEqual(['Đặng Thị Ngọc Hân'])
    await app.ctx.store.close()
  })
})

import { promises as fs } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileLock, lockPathFor } from '../../electron/safety/fileLock'
import type { ConferenceDocument } from '../../shared/model/conference'
import { newDelegate } from '../../shared/model/defaults'
import { createTestApp, tempDir, unwrap, type TestApp } from './support/testContext'

type Loaded = { key: string; doc: ConferenceDocument; readOnly: boolean; lockHolder: string | null }

/** Two computers (two app contexts with their own data folders) opening one file on a shared folder. */
async function twoComputers(): Promise<{ first: TestApp; second: TestApp; file: string; key: string }> {
  const shared = await tempDir('hoinghi-share-')
  const first = await createTestApp(undefined, {
    store: { lock: { identity: { host: 'PHONG-TH-01', user: 'nguyenvana', pid: 1 } } }
  })
  const second = await createTestApp(undefined, {
    store: { lock: { identity: { host: 'PHONG-TH-02', user: 'tranthib', pid: 2 } } }
  })
  const { key: ownKey } = unwrap(
    await first.dispatch('conferences:create', { title: 'Hội nghị tổng kết công tác quốc phòng năm 2023' })
  ) as { key: string }
  const file = join(shared, 'tong-ket-2023.hoinghi.json')
  await fs.copyFile(first.ctx.store.paths.conferenceFile(ownKey), file)
  first.answers.openFile = file
  second.answers.openFile = file
  const { key } = unwrap(await first.dispatch('conferences:openExternal', {})) as { key: string }
  const again = unwrap(await second.dispatch('conferences:openExternal', {})) as { key: string }
  expect(again.key).toBe(key)
  return { first, second, file, key }
}

describe('a conference on a shared folder opened from two computers', () => {
  it('opens read-only on the second, says who holds it, and refuses its saves', async () => {
    const { first, second, file, key } = await twoComputers()
    const one = unwrap(await first.dispatch('conferences:load', { key })) as Loaded
    expect(one).toMatchObject({ readOnly: false, lockHolder: null })
    const lock = JSON.parse(await fs.readFile(lockPathFor(file), 'utf8'))
    expect(lock).toMatchObject({ host: 'PHONG-TH-01', user: 'nguyenvana' })

    const two = unwrap(await second.dispatch('conferences:load', { key })) as Loaded
    expect(two.readOnly).toBe(true)
    expect(two.lockHolder).toMatch(
      /^nguyenvana trên máy PHONG-TH-01 từ \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}$/
    )

    const before = await fs.readFile(file)
    const refused = await second.dispatch('conferences:save', {
      key,
      doc: { ...two.doc, delegates: [newDelegate('d1', { name: 'Bùi Hồng Thanh' })] }
    })
    expect(refused.ok ? 'ok' : refused.error.code).toBe('read-only')
    expect((await fs.readFile(file)).equals(before)).toBe(true)

    // The holder's saves go through, and the read-only side sees them on reload.
    unwrap(
      await first.dispatch('conferences:save', {
        key,
        doc: { ...one.doc, delegates: [newDelegate('d1', { name: 'Võ Trọng Hải' })] }
      })
    )
    const seen = unwrap(await second.dispatch('conferences:load', { key })) as Loaded
    expect(seen.doc.delegates.map((delegate) => delegate.name)).toEqual(['Võ Trọng Hải'])

    // Once the first closes, the second can take the file over after reopening it.
    unwrap(await first.dispatch('conferences:close', { key }))
    await first.ctx.store.flushAll()
    await expect(fs.access(lockPathFor(file))).rejects.toThrow()
    unwrap(await second.dispatch('conferences:close', { key }))
    const taken = unwrap(await second.dispatch('conferences:load', { key })) as Loaded
    expect(taken).toMatchObject({ readOnly: false, lockHolder: null })
    unwrap(await second.dispatch('conferences:save', { key, doc: { ...taken.doc, delegates: [] } }))
    await second.ctx.store.close()
    await expect(fs.access(lockPathFor(file))).rejects.toThrow()
  })

  it('recognises a stale lock: a heartbeat older than 2 minutes, or a dead process on this computer', async () => {
    const dir = await tempDir('hoinghi-lock-')
    const file = join(dir, 'hoi-nghi.hoinghi.json')
    const old = new Date(Date.now() - 3 * 60 * 1000).toISOString()
    const stale = {
      app: 'hoinghi',
      host: 'PHONG-TH-09',
      user: 'lethic',
      pid: 4242,
      since: old,
      heartbeat: old,
      token: 'x'
    }
    await fs.writeFile(lockPathFor(file), JSON.stringify(stale))
    const lock = new FileLock(file)
    expect(await lock.acquire()).toEqual({ acquired: true })
    await lock.release()

    // Fresh heartbeat, but the pid is gone on this very machine.
    const now = new Date().toISOString()
    await fs.writeFile(
      lockPathFor(file),
      JSON.stringify({ ...stale, host: hostname(), pid: 2 ** 22 + 17, since: now, heartbeat: now })
    )
    expect(await new FileLock(file).acquire()).toEqual({ acquired: true })

    // Fresh heartbeat from another computer: held.
    await fs.writeFile(lockPathFor(file), JSON.stringify({ ...stale, since: now, heartbeat: now }))
    const refused = await new FileLock(file).acquire()
    expect(refused.acquired).toBe(false)
    if (!refused.acquired) expect(refused.holderText).toMatch(/^lethic trên máy PHONG-TH-09 từ /)

    // An unreadable, fresh lock file (another writer mid-way) counts as held, not as free.
    await fs.writeFile(lockPathFor(file), '{"app":"hoi')
    expect((await new FileLock(file).acquire()).acquired).toBe(false)
  })

  it('keeps the lock alive with a heartbeat the other side can see', async () => {
    const dir = await tempDir('hoinghi-lock-')
    const file = join(dir, 'hoi-nghi.hoinghi.json')
    let time = Date.now()
    const holder = new FileLock(file, { now: () => new Date(time) })
    await holder.acquire()
    time += 90 * 1000
    await holder.beat()
    const info = JSON.parse(await fs.readFile(lockPathFor(file), 'utf8'))
    expect(new Date(info.heartbeat).getTime()).toBe(time)
    time += 90 * 1000 // 3 minutes since taking it, 1.5 since the last beat: still held
    const other = new FileLock(file, {
      now: () => new Date(time),
      identity: { host: 'PHONG-TH-02', user: 'tranthib', pid: 2 }
    })
    expect((await other.acquire()).acquired).toBe(false)
    await holder.release()
  })
})

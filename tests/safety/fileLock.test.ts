import { promises as fs } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { FileLock, lockPathFor } from '../../electron/storage/fileLock'
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

  it('recognises a stale lock: a heartbeat unchanged for 2 minutes of our clock, or a dead process on this computer', async () => {
    const dir = await tempDir('hoinghi-lock-')
    const file = join(dir, 'hoi-nghi.hoinghi.json')
    let time = Date.now()
    const old = new Date(time - 3 * 60 * 1000).toISOString()
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
    const lock = new FileLock(file, { now: () => new Date(time) })
    // Another computer's clock proves nothing: at first sight its lock counts as held...
    expect((await lock.acquire()).acquired).toBe(false)
    // ...until its heartbeat has stood still for 2 minutes while we watched.
    time += 2 * 60 * 1000 + 1
    expect(await lock.acquire()).toEqual({ acquired: true })
    await lock.release()

    // On this computer the clock is ours: a heartbeat 3 minutes old is stale at once.
    await fs.writeFile(lockPathFor(file), JSON.stringify({ ...stale, host: hostname(), pid: process.pid }))
    expect(await new FileLock(file).acquire()).toEqual({ acquired: true })

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

  it('does not take a live lock from a computer whose clock is behind ours', async () => {
    const dir = await tempDir('hoinghi-lock-')
    const file = join(dir, 'hoi-nghi.hoinghi.json')
    let time = Date.now()
    // PHONG-TH-03's clock runs 10 minutes slow: its fresh heartbeats look 10 minutes old to us.
    const holder = new FileLock(file, {
      now: () => new Date(time - 10 * 60 * 1000),
      identity: { host: 'PHONG-TH-03', user: 'phamvand', pid: 3 }
    })
    expect(await holder.acquire()).toEqual({ acquired: true })
    const me = new FileLock(file, { now: () => new Date(time) })
    expect((await me.acquire()).acquired).toBe(false)
    time += 90 * 1000
    await holder.beat()
    time += 90 * 1000 // 3 minutes watched, but the heartbeat moved 1.5 minutes ago
    expect((await me.acquire()).acquired).toBe(false)
    expect(JSON.parse(await fs.readFile(lockPathFor(file), 'utf8'))).toMatchObject({ host: 'PHONG-TH-03' })
    // The holder goes silent (crash, cable pulled): 2 minutes later the lock is ours.
    time += 2 * 60 * 1000 + 1
    expect(await me.acquire()).toEqual({ acquired: true })
    await me.release()
    await holder.release()
  })

  it('puts back a fresh lock another computer took while we were breaking the stale one', async () => {
    const dir = await tempDir('hoinghi-lock-')
    const file = join(dir, 'hoi-nghi.hoinghi.json')
    let time = Date.now()
    const old = new Date(time - 3 * 60 * 1000).toISOString()
    const stale = { app: 'hoinghi', host: 'PHONG-TH-09', user: 'lethic', pid: 9, since: old, heartbeat: old }
    await fs.writeFile(lockPathFor(file), JSON.stringify({ ...stale, token: 'stale' }))
    const fresh = JSON.stringify({
      ...stale,
      host: 'PHONG-TH-03',
      user: 'phamvand',
      since: new Date(time).toISOString(),
      heartbeat: new Date(time).toISOString(),
      token: 'fresh'
    })
    // Between our read of the stale lock and our rename, PHONG-TH-03 breaks it and takes a fresh one.
    const rename = fs.rename.bind(fs)
    let raced = false
    const spy = vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      if (!raced && from === lockPathFor(file) && String(to).endsWith('.stale')) {
        raced = true
        await fs.writeFile(lockPathFor(file), fresh)
      }
      return rename(from, to)
    })
    try {
      const lock = new FileLock(file, { now: () => new Date(time) })
      await lock.acquire()
      time += 2 * 60 * 1000 + 1
      const result = await lock.acquire()
      expect(result.acquired).toBe(false)
      if (!result.acquired) expect(result.holderText).toMatch(/^phamvand trên máy PHONG-TH-03 từ /)
      expect(raced).toBe(true)
      expect(await fs.readFile(lockPathFor(file), 'utf8')).toBe(fresh)
      expect((await fs.readdir(dir)).filter((name) => name.endsWith('.stale'))).toEqual([])
    } finally {
      spy.mockRestore()
    }
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

  it('after finding its lock removed, names whoever takes the file next', async () => {
    const dir = await tempDir('hoinghi-lock-')
    const file = join(dir, 'hoi-nghi.hoinghi.json')
    const lost: (string | null)[] = []
    const mine = new FileLock(file, {
      identity: { host: 'PHONG-TH-01', user: 'nguyenvana', pid: 1 },
      onLost: (holder) => lost.push(holder ? holder.user : null)
    })
    await mine.acquire()
    // A stale-lock breaker has removed it and not yet written its own.
    await fs.rm(lockPathFor(file))
    await mine.beat()
    expect(lost).toEqual([null])
    expect(mine.held).toBe(false)
    await mine.beat() // still nobody: nothing more to say
    expect(lost).toEqual([null])

    const other = new FileLock(file, { identity: { host: 'PHONG-TH-02', user: 'tranthib', pid: 2 } })
    expect(await other.acquire()).toEqual({ acquired: true })
    await mine.beat()
    expect(lost).toEqual([null, 'tranthib'])
    await mine.beat() // told once; the other's lock is left alone
    expect(lost).toEqual([null, 'tranthib'])
    expect(JSON.parse(await fs.readFile(lockPathFor(file), 'utf8'))).toMatchObject({ user: 'tranthib' })
    await mine.release()
    await other.release()
  })
})

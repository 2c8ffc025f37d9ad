import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors/appError'
import { newDelegate } from '../../shared/model/defaults'
import { ConferenceStore } from '../../electron/storage/conferenceStore'
import { readConferenceFile } from '../../electron/storage/readConferenceFile'
import { tempDir } from './support/testContext'

/**
 * Issue 12, item 1, the deterministic loss on a shared folder: B opens read-only while A holds the
 * lock; A saves and lets go; B's save takes the lock and re-reads the disk. That re-read must not
 * make B's edits, built on the older read, look current.
 */
describe('a follower that gets the lock after the holder saved', () => {
  it('refuses the save built on its older read, keeps the holder’s work and sets the edit aside', async () => {
    const shared = await tempDir('hoinghi-follower-')
    const file = join(shared, 'giao-ban-quy-3.hoinghi.json')
    const a = new ConferenceStore(await tempDir(), undefined, {
      lock: { identity: { host: 'PHONG-TH-01', user: 'nguyenvana', pid: 1 } }
    })
    const b = new ConferenceStore(await tempDir(), undefined, {
      lock: { identity: { host: 'PHONG-TH-02', user: 'tranthib', pid: 2 } }
    })
    await a.create(file, { title: 'Giao ban công tác quốc phòng quý III' })
    const held = await a.load(file)
    const followed = await b.load(file)
    expect(b.lockState(file).readOnly).toBe(true)
    const basedOn = followed.db.data

    await a.save(file, { ...held.db.data, delegates: [newDelegate('a1', { name: 'Nguyễn Xuân Thắng' })] })
    await a.close()

    // The follower shows a document (the documents tab re-reads through openFile) and then saves.
    await b.openFile(file)
    const refused = await b
      .save(file, { ...basedOn, delegates: [newDelegate('b1', { name: 'Trần Thị Bích Phượng' })] })
      .then(
        () => null,
        (error: unknown) => error
      )
    expect(refused).toBeInstanceOf(AppError)
    expect((refused as AppError).code).toBe('locked')
    const onDisk = await readConferenceFile(file)
    expect(onDisk?.doc.delegates.map((delegate) => delegate.name)).toEqual(['Nguyễn Xuân Thắng'])
    const kept = await b.snapshots.list(await b.snapshotKey(file, basedOn.id))
    expect(kept.map((entry) => entry.reason)).toContain('refused')
    const raw = await b.snapshots.read(await b.snapshotKey(file, basedOn.id), kept[0]?.snapshotId ?? '')
    expect(raw.toString('utf8')).toContain('Trần Thị Bích Phượng')
    await b.close()
    await fs.rm(shared, { recursive: true, force: true })
  })
})

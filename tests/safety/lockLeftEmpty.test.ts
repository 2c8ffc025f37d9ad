import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileLock, lockPathFor } from '../../electron/storage/fileLock'
import { tempDir } from './support/testContext'

describe('a lock file left empty by a writer killed between creating and filling it', () => {
  it('is taken over after ten seconds of our clock, not after the two-minute stale time', async () => {
    const file = join(await tempDir('hoinghi-empty-lock-'), 'so-ket.hoinghi.json')
    await fs.writeFile(lockPathFor(file), '')
    let time = new Date('2024-06-30T08:00:00Z').getTime()
    const lock = new FileLock(file, { now: () => new Date(time) })
    expect((await lock.acquire()).acquired).toBe(false) // a writer may be filling it right now
    time += 11_000
    expect((await lock.acquire()).acquired).toBe(true)
    expect(JSON.parse(await fs.readFile(lockPathFor(file), 'utf8'))).toMatchObject({ app: 'hoinghi' })
    await lock.release()
  })
})

import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { processAlive } from './processAlive'

/** Codes Windows returns while an antivirus or the indexer briefly holds the target. */
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES'])

export interface DurableWriteOptions {
  /** Keep the previous version as `<file>.bak` before replacing it. */
  keepBackup?: boolean
  /**
   * Decides whether the version about to be replaced is good enough to become the `.bak`. A file
   * someone broke behind our back must not overwrite the last good backup.
   */
  isGoodBackup?: (previous: Buffer) => boolean
  /** How long to keep retrying a rename the OS refuses, in ms (antivirus scans last seconds). */
  retryForMs?: number
  /**
   * Sees the bytes about to be replaced (null: no file) just before the rename, and throws to
   * refuse the write: another program may have changed the file since we last read it.
   */
  checkPrevious?: (previous: Buffer | null) => void
}

export const DEFAULT_RETRY_MS = 8000

/**
 * Writes `data` so that after a crash or power cut `file` holds either the old or the new
 * content, never a mix: unique temp file → fsync → rename over the target → fsync the folder.
 * Resolves only once the bytes are on disk.
 */
export async function durableWrite(
  file: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {}
): Promise<void> {
  const dir = dirname(file)
  const retryForMs = options.retryForMs ?? DEFAULT_RETRY_MS
  const temp = await writeTempSynced(dir, basename(file), data)
  try {
    if (options.keepBackup || options.checkPrevious) {
      const previous = await readPrevious(file)
      options.checkPrevious?.(previous)
      if (options.keepBackup && previous !== null)
        await backupPrevious(file, previous, retryForMs, options.isGoodBackup)
    }
    await renameWithRetry(temp, file, retryForMs)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
  await fsyncDirectory(dir)
}

/** A temp name no other writer (another process, another save in this one) can pick. */
export function tempNameFor(dir: string, name: string): string {
  return join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
}

/**
 * Temp files left by a process killed mid-save (their pid is gone): harmless, but litter. Only
 * files matching our own temp pattern are touched, and never one of a live process.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const match = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name)
    if (!match) continue
    const pid = Number(match[1])
    if (pid === process.pid || processAlive(pid)) continue
    await fs.rm(join(dir, name), { force: true })
    removed.push(name)
  }
  return removed
}

async function writeTempSynced(dir: string, name: string, data: string | Uint8Array): Promise<string> {
  const temp = tempNameFor(dir, name)
  const handle = await fs.open(temp, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await fs.rm(temp, { force: true })
    throw error
  }
  await handle.close()
  return temp
}

/**
 * The `.bak` is itself written durably (temp + fsync + rename): a crash while copying must not
 * leave a half backup in place of a whole one.
 */
async function readPrevious(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function backupPrevious(
  file: string,
  previous: Buffer,
  retryForMs: number,
  isGood?: (previous: Buffer) => boolean
): Promise<void> {
  if (isGood && !isGood(previous)) return
  const backup = `${file}.bak`
  const temp = await writeTempSynced(dirname(file), basename(backup), previous)
  try {
    await renameWithRetry(temp, backup, retryForMs)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}

export async function renameWithRetry(from: string, to: string, retryForMs: number): Promise<void> {
  const started = Date.now()
  let delay = 20
  for (;;) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (!RETRYABLE.has(code) || Date.now() - started > retryForMs) throw error
      await new Promise((resolve) => setTimeout(resolve, delay))
      delay = Math.min(delay * 2, 250)
    }
  }
}

/** Makes the rename itself durable. Windows cannot open folders for fsync; there rename is already journaled. */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  let handle
  try {
    handle = await fs.open(dir, 'r')
  } catch {
    return // some network file systems refuse to open folders: the rename has still happened
  }
  try {
    await handle.sync()
  } catch (error) {
    // EINVAL/ENOTSUP: the file system cannot sync folders (SMB, some FUSE mounts); nothing more to do.
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EPERM') throw error
  } finally {
    await handle.close()
  }
}

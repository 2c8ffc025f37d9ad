import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Codes Windows returns while an antivirus or the indexer briefly holds the target. */
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES'])

export interface DurableWriteOptions {
  /** Keep the previous version as `<file>.bak` before replacing it. */
  keepBackup?: boolean
  /** How long to keep retrying a rename the OS refuses, in ms (antivirus scans last seconds). */
  retryForMs?: number
}

/**
 * Writes `data` so that after a crash or power cut `file` holds either the old or the new
 * content, never a mix: unique temp file → fsync → rename over the target → fsync the folder.
 * Resolves only once the bytes are on disk.
 */
export async function durableWrite(file: string, data: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  const dir = dirname(file)
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(temp, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    if (options.keepBackup) await copyToBackup(file)
    await renameWithRetry(temp, file, options.retryForMs ?? 5000)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
  await fsyncDirectory(dir)
}

async function copyToBackup(file: string): Promise<void> {
  try {
    // Copy (not rename) so the target never disappears, even for a moment.
    await fs.copyFile(file, `${file}.bak`)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

async function renameWithRetry(from: string, to: string, retryForMs: number): Promise<void> {
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
async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

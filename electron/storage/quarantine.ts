import { constants, promises as fs } from 'node:fs'
import { basename, join } from 'node:path'
import { fsyncDirectory } from './durableWrite'
import { fileExists } from './fileExists'

/** A file name-safe timestamp: 2026-11-22T01-54-49-123Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/**
 * Moves a file that failed to load out of the way, so nothing ever overwrites it and the app can
 * go on. `copy` keeps the original in place (for files on a USB stick or a shared folder that
 * belong to someone else). Never overwrites an earlier quarantined file. Returns the quarantined path.
 */
export async function quarantineFile(
  file: string,
  quarantineDir: string,
  now: Date,
  copy = false
): Promise<string> {
  await fs.mkdir(quarantineDir, { recursive: true })
  if (copy) {
    // A broken file on someone else's folder stays broken there and fails every load: keep one
    // copy of each distinct content, not one more per attempt.
    const same = await newestIdenticalCopy(file, quarantineDir)
    if (same !== null) return same
  }
  const stamp = fileStamp(now)
  let target = join(quarantineDir, `${stamp}__${basename(file)}`)
  for (let n = 1; (await fileExists(target)) && n < 1000; n++)
    target = join(quarantineDir, `${stamp}-${n}__${basename(file)}`)
  if (copy) {
    await fs.copyFile(file, target, constants.COPYFILE_EXCL)
  } else {
    try {
      await fs.rename(file, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      // A data folder spanning two drives: copy first, delete only once the copy exists.
      await fs.copyFile(file, target, constants.COPYFILE_EXCL)
      await fs.rm(file)
    }
  }
  await fsyncDirectory(quarantineDir)
  return target
}

/** Quarantined copies of one file name, newest first. */
export async function listQuarantined(quarantineDir: string, fileName: string): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.readdir(quarantineDir)
  } catch {
    return []
  }
  return names.filter((name) => name.endsWith(`__${fileName}`)).sort((a, b) => b.localeCompare(a))
}

async function newestIdenticalCopy(file: string, quarantineDir: string): Promise<string | null> {
  const newest = (await listQuarantined(quarantineDir, basename(file)))[0]
  if (newest === undefined) return null
  const path = join(quarantineDir, newest)
  try {
    const [original, copied] = await Promise.all([fs.stat(file), fs.stat(path)])
    if (original.size !== copied.size) return null
    const [a, b] = await Promise.all([fs.readFile(file), fs.readFile(path)])
    return a.equals(b) ? path : null
  } catch {
    return null
  }
}

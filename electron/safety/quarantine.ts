import { promises as fs } from 'node:fs'
import { basename, join } from 'node:path'

/** A file name-safe timestamp: 2026-11-22T01-54-49-123Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/**
 * Moves a file that failed to load out of the way, so nothing ever overwrites it and the app can
 * go on. `copy` keeps the original in place (for files on a USB stick or a shared folder that
 * belong to someone else). Returns the quarantined path.
 */
export async function quarantineFile(file: string, quarantineDir: string, now: Date, copy = false): Promise<string> {
  await fs.mkdir(quarantineDir, { recursive: true })
  const target = join(quarantineDir, `${fileStamp(now)}__${basename(file)}`)
  if (copy) await fs.copyFile(file, target)
  else await fs.rename(file, target)
  return target
}

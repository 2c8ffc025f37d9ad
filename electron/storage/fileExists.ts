import { promises as fs } from 'node:fs'

/** True when something is at `path` (any kind of entry); false for a missing or unreachable one. */
export async function fileExists(path: string): Promise<boolean> {
  try {
    await fs.access(path)
    return true
  } catch {
    return false
  }
}

import { ApiError } from '../api/client'

/** What the recovery panel needs to tell the clerk: which file, and why it could not be opened. */
export interface RecoverableFailure {
  fileName: string
  reason: string
  /** True once the main side has moved the broken file aside (a failed load does that). */
  quarantined: boolean
}

/**
 * A load that failed because the file's content is bad (empty, truncated, not JSON, wrong
 * schema, newer version) can be recovered from a snapshot or the .bak; other failures cannot.
 */
export function recoverableFailure(error: unknown, fallbackFileName: string): RecoverableFailure | null {
  if (!(error instanceof ApiError)) return null
  const { code, file, message } = error.data
  if (code !== 'invalid-file' && code !== 'newer-version') return null
  return { fileName: file ?? fallbackFileName, reason: message, quarantined: true }
}

import { ApiError } from '../api/client'

/** What the recovery panel needs to tell the clerk: which file, and why it could not be opened. */
export interface RecoverableFailure {
  fileName: string
  reason: string
  /** Further facts from the main side (where the broken file went, schema problems). */
  details: string[]
  /** True once the main side has moved the broken file aside (a failed load does that). */
  quarantined: boolean
}

// The main side appends its restore offer to the message and the details; the panel shows the
// candidates in a table, so the raw offer (ISO time, snapshot id) is dropped here.
const OFFER = /; có thể khôi phục từ .*$/s
const OFFER_DETAIL = /^(có thể khôi phục từ|không có bản chụp hay bản sao lưu)/

/**
 * A load that failed because the file's content is bad (empty, truncated, not JSON, wrong
 * schema, newer version) can be recovered from a snapshot or the .bak; other failures cannot.
 */
export function recoverableFailure(error: unknown, fallbackFileName: string): RecoverableFailure | null {
  if (!(error instanceof ApiError)) return null
  const { code, file, message, details } = error.data
  if (code !== 'invalid-file' && code !== 'newer-version') return null
  return {
    fileName: file ?? fallbackFileName,
    reason: message.replace(OFFER, ''),
    details: (details ?? []).filter((line) => !OFFER_DETAIL.test(line)),
    quarantined: true
  }
}

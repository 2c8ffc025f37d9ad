import { promises as fs } from 'node:fs'
import { basename, relative } from 'node:path'
import type { RecoveryCandidate } from '../../shared/api/safetyChannels'
import { AppError } from '../../shared/errors/appError'
import type { ConferenceDocument } from '../../shared/model/conference'
import type { ConferenceStore } from './conferenceStore'
import { parseConferenceBytes, readConferenceFile } from './readConferenceFile'
import { listQuarantined, quarantineFile } from './quarantine'

export type { RecoveryCandidate }

/** Failures that mean "the content is bad", as opposed to a disk or permission problem. */
export function isContentFailure(error: unknown): error is AppError {
  return error instanceof AppError && (error.code === 'invalid-file' || error.code === 'newer-version')
}

function parseOrNull(raw: Buffer, name: string): ConferenceDocument | null {
  try {
    return parseConferenceBytes(raw, name).doc
  } catch {
    return null
  }
}

/**
 * The conference id a file's snapshots are kept under. A broken file may still name its id
 * (a schema failure, a newer version); otherwise the `.bak` beside it does.
 */
export async function conferenceIdFor(
  store: ConferenceStore,
  file: string,
  key: string
): Promise<string | null> {
  if (!store.isExternal(file)) return key
  for (const candidate of [file, `${file}.bak`]) {
    try {
      const raw = await fs.readFile(candidate)
      if (raw.length > 64 * 1024 * 1024) continue
      const parsed: unknown = JSON.parse(raw.toString('utf8'))
      const id = parsed && typeof parsed === 'object' ? (parsed as { id?: unknown }).id : undefined
      if (typeof id === 'string' && id.length > 0 && id.length <= 64) return id
    } catch {
      // not readable as JSON: try the next source
    }
  }
  return store.snapshots.recallKey(key)
}

/** Valid versions to restore from, newest first: the `.bak` beside the file, then the snapshots. */
export async function listRecoveryCandidates(
  store: ConferenceStore,
  file: string,
  conferenceId: string | null
): Promise<RecoveryCandidate[]> {
  const candidates: RecoveryCandidate[] = []
  const bak = `${file}.bak`
  try {
    const [raw, stat] = await Promise.all([fs.readFile(bak), fs.stat(bak)])
    const doc = parseOrNull(raw, basename(bak))
    if (doc)
      candidates.push({
        source: 'bak',
        id: 'bak',
        takenAt: stat.mtime.toISOString(),
        delegates: doc.delegates.length,
        bytes: raw.length
      })
  } catch {
    // no .bak yet (a file saved only once)
  }
  if (conferenceId !== null) {
    const owner = await store.snapshotKey(file, conferenceId)
    for (const entry of await store.snapshots.list(owner)) {
      const raw = await store.snapshots.read(owner, entry.snapshotId).catch(() => null)
      const doc = raw ? parseOrNull(raw, entry.snapshotId) : null
      if (!raw || !doc) continue
      candidates.push({
        source: 'snapshot',
        id: entry.snapshotId,
        takenAt: entry.takenAt,
        delegates: doc.delegates.length,
        bytes: raw.length
      })
    }
  }
  return candidates.sort((a, b) => b.takenAt.localeCompare(a.takenAt))
}

function describeCandidate(candidate: RecoveryCandidate): string {
  const what = candidate.source === 'bak' ? 'bản sao lưu .bak' : `bản chụp ${candidate.id}`
  return `có thể khôi phục từ ${what} (${candidate.takenAt}, ${candidate.delegates} đại biểu)`
}

/**
 * A conference file that failed to load for its content is set aside (moved, or copied when it
 * lives on someone else's folder) so that nothing ever writes over it, and the error the clerk
 * sees names the file, the reason, where it went and what can be restored.
 */
export async function quarantineBrokenConference(
  store: ConferenceStore,
  file: string,
  key: string,
  failure: AppError,
  now: Date
): Promise<AppError> {
  const external = store.isExternal(file)
  const conferenceId = await conferenceIdFor(store, file, key)
  const details = [...(failure.details ?? [])]
  try {
    const target = await quarantineFile(file, store.paths.quarantine, now, external)
    details.push(`đã ${external ? 'chép' : 'chuyển'} tệp hỏng sang ${relative(store.dataDir, target)}`)
  } catch (error) {
    details.push(`không cách ly được tệp: ${error instanceof Error ? error.message : String(error)}`)
  }
  void store.forget(file)
  const candidates = await listRecoveryCandidates(store, file, conferenceId)
  const newest = candidates[0]
  if (newest) details.push(describeCandidate(newest))
  else details.push('không có bản chụp hay bản sao lưu nào để khôi phục')
  const offer = newest ? `; ${describeCandidate(newest)}` : ''
  return new AppError({
    code: failure.code,
    message: `không mở được tệp: ${failure.message}${offer}`,
    file: basename(file),
    field: failure.field,
    details
  })
}

/** A missing data-folder file that was quarantined earlier: say so, and what can be restored. */
export async function explainMissing(
  store: ConferenceStore,
  file: string,
  key: string,
  failure: AppError
): Promise<AppError> {
  const quarantined = await listQuarantined(store.paths.quarantine, basename(file))
  const candidates = await listRecoveryCandidates(store, file, await conferenceIdFor(store, file, key))
  if (quarantined.length === 0 && candidates.length === 0) return failure
  const details = quarantined.slice(0, 1).map((name) => `tệp hỏng đã được cách ly: quarantine/${name}`)
  const newest = candidates[0]
  if (newest) details.push(describeCandidate(newest))
  return new AppError({
    code: failure.code,
    message: `${failure.message}${newest ? `; ${describeCandidate(newest)}` : ''}`,
    file: basename(file),
    details
  })
}

/**
 * Writes a chosen good version over the live file. Whatever is there now is kept first: a
 * valid file is snapshotted, a broken one quarantined. Returns the restored document.
 */
export async function restoreConference(
  store: ConferenceStore,
  file: string,
  key: string,
  source: RecoveryCandidate['source'],
  id: string,
  now: Date
): Promise<ConferenceDocument> {
  await store.ensureWritable(file)
  const conferenceId = await conferenceIdFor(store, file, key)
  let raw: Buffer
  if (source === 'bak') {
    raw = await fs.readFile(`${file}.bak`).catch(() => {
      throw new AppError({ code: 'not-found', message: 'không có bản sao lưu .bak', file: basename(file) })
    })
  } else {
    if (conferenceId === null)
      throw new AppError({
        code: 'not-found',
        message: 'không xác định được hội nghị để tìm bản chụp',
        file: basename(file)
      })
    raw = await store.snapshots.read(await store.snapshotKey(file, conferenceId), id)
  }
  const doc = parseConferenceBytes(raw, source === 'bak' ? `${basename(file)}.bak` : id).doc
  if (!store.isExternal(file) && doc.id !== key) {
    throw new AppError({
      code: 'invalid-file',
      message: `bản khôi phục thuộc hội nghị khác (${doc.id})`,
      file: basename(file),
      field: 'id'
    })
  }
  await keepCurrent(store, file, doc.id, now)
  await store.replace(file, doc)
  return doc
}

async function keepCurrent(
  store: ConferenceStore,
  file: string,
  conferenceId: string,
  now: Date
): Promise<void> {
  let current
  try {
    current = await readConferenceFile(file)
  } catch (error) {
    if (!isContentFailure(error)) throw error
    await quarantineFile(file, store.paths.quarantine, now, store.isExternal(file))
    return
  }
  if (current) {
    const owner = await store.snapshotKey(file, current.doc.id || conferenceId)
    await store.snapshots.take(owner, current.raw, 'restore')
  }
}

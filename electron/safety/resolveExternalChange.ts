import { basename } from 'node:path'
import { AppError } from '../../shared/errors/appError'
import type { ConferenceDocument } from '../../shared/model/conference'
import { normalizeDocumentText } from '../../shared/text/normalizeDocumentText'
import type { ConferenceStore } from '../storage/conferenceStore'
import { readConferenceFile } from '../storage/readConferenceFile'
import { quarantineFile } from './quarantine'
import { conferenceIdFor, isContentFailure } from './recoverConference'

export type KeptVersion = 'mine' | 'theirs'

/**
 * The clerk's way out of "the file changed outside HoiNghi" (a `hoinghi import`, another copy of
 * the app, a text editor): keep their own version or the one on disk. Whichever loses is kept as
 * a "conflict" snapshot first, so neither side's work is lost and History can bring it back.
 */
export async function resolveExternalChange(
  store: ConferenceStore,
  file: string,
  key: string,
  ours: ConferenceDocument,
  keep: KeptVersion,
  now: Date
): Promise<{ snapshotId: string | null }> {
  // The clerk's document must be the conference this file was opened as, not any document at all.
  const loaded = await store.openFile(file)
  if (loaded.db.data.id !== ours.id) {
    throw new AppError({
      code: 'invalid-input',
      message: 'mã hội nghị không khớp với tệp',
      file: basename(file),
      field: 'id'
    })
  }
  const conferenceId = (await conferenceIdFor(store, file, key)) ?? ours.id
  const mine = normalizeDocumentText(ours)

  if (keep === 'theirs') {
    const theirs = await readConferenceFile(file)
    if (!theirs)
      throw new AppError({
        code: 'not-found',
        message: 'tệp không còn trên đĩa; chỉ có thể giữ bản đang sửa',
        file: basename(file)
      })
    const { snapshotId } = await store.snapshots.take(conferenceId, JSON.stringify(mine), 'conflict')
    store.dropCached(file)
    return { snapshotId }
  }

  let snapshotId: string | null = null
  try {
    const theirs = await readConferenceFile(file)
    if (theirs) snapshotId = (await store.snapshots.take(conferenceId, theirs.raw, 'conflict')).snapshotId
  } catch (error) {
    if (!isContentFailure(error)) throw error
    // What is on disk now is not a valid conference: it is set aside whole rather than snapshotted.
    await quarantineFile(file, store.paths.quarantine, now, store.isExternal(file))
  }
  await store.replace(file, { ...mine, updatedAt: now.toISOString() })
  return { snapshotId }
}

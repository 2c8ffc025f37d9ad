import { promises as fs } from 'node:fs'
import { basename } from 'node:path'
import { AppError } from '../../shared/errors/appError'
import type { ConferenceDocument } from '../../shared/model/conference'
import { normalizeDocumentText } from '../../shared/text/normalizeDocumentText'
import type { ConferenceStore } from './conferenceStore'
import { readConferenceFile } from './readConferenceFile'
import { quarantineFile } from './quarantine'
import { conferenceIdFor, isContentFailure } from './recoverConference'

export type KeptVersion = 'mine' | 'theirs'

/**
 * The clerk's way out of "the file changed outside HoiNghi" (a `hoinghi import`, another copy of
 * the app, a text editor): keep their own version or the one on disk. Whichever loses is kept as
 * a "conflict" snapshot first, so neither side's work is lost and History can bring it back.
 */
export interface Resolution {
  setAside: 'snapshot' | 'quarantine' | 'nothing'
  snapshotId: string | null
}

export async function resolveExternalChange(
  store: ConferenceStore,
  file: string,
  key: string,
  ours: ConferenceDocument,
  keep: KeptVersion,
  now: Date
): Promise<Resolution> {
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
  // Filed under the clerk's conference: a different conference copied over the file must not
  // take the snapshot into its own History.
  const conferenceId = store.isExternal(file)
    ? ours.id
    : ((await conferenceIdFor(store, file, key)) ?? ours.id)
  const mine = normalizeDocumentText(ours)
  const owner = await store.snapshotKey(file, conferenceId)

  if (keep === 'theirs') {
    const theirs = await readConferenceFile(file)
    if (!theirs)
      throw new AppError({
        code: 'not-found',
        message: 'tệp không còn trên đĩa; chỉ có thể giữ bản đang sửa',
        file: basename(file)
      })
    const { snapshotId } = await store.snapshots.take(owner, JSON.stringify(mine), 'conflict')
    store.dropCached(file)
    return { setAside: 'snapshot', snapshotId }
  }

  const resolution: Resolution = { setAside: 'nothing', snapshotId: null }
  await store.overwriteKeeping(file, mine, async () => {
    try {
      const theirs = await readConferenceFile(file)
      if (!theirs) return null
      const { snapshotId } = await store.snapshots.take(owner, theirs.raw, 'conflict')
      Object.assign(resolution, { setAside: 'snapshot', snapshotId })
      return theirs.raw
    } catch (error) {
      if (!isContentFailure(error)) throw error
      // What is on disk now is not a valid conference: it is set aside whole rather than snapshotted.
      const external = store.isExternal(file)
      await quarantineFile(file, store.paths.quarantine, now, external)
      resolution.setAside = 'quarantine'
      return external ? await fs.readFile(file) : null
    }
  })
  return resolution
}

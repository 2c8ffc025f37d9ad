import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { Adapter } from 'lowdb'
import { AppError } from '../../shared/errors/appError'
import { checkReferences, dropDanglingReferences } from '../../shared/model/checkReferences'
import { conferenceDocumentSchema, type ConferenceDocument } from '../../shared/model/conference'
import { durableWrite } from './durableWrite'
import { ioError, parseConferenceBytes, readConferenceFile } from './readConferenceFile'

export { MAX_CONFERENCE_BYTES } from './readConferenceFile'

/**
 * What the loader does with cross-record faults: a dangling reference is dropped, with a note; a
 * duplicate or path-like id is refused as a broken file (the load handler quarantines it and offers
 * the newest good version), since no rule can tell which record should keep the id.
 */
export function repairReferences(
  doc: ConferenceDocument,
  name: string
): { doc: ConferenceDocument; notes: string[] } {
  const fatal = checkReferences(doc).filter((problem) => !problem.repairable)
  const first = fatal[0]
  if (first) {
    throw new AppError({
      code: 'invalid-file',
      message: `dữ liệu không nhất quán — ${first.field}: ${first.message}`,
      file: name,
      field: first.field,
      details: fatal.slice(0, 20).map((problem) => `${problem.field}: ${problem.message}`)
    })
  }
  return dropDanglingReferences(doc)
}

function hashOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * lowdb adapter for one conference file. Unlike lowdb's JSONFile it validates and migrates on
 * every read (throwing an AppError that names the file), and writes durably with a .bak.
 * It never falls back to memory, whatever NODE_ENV says.
 */
export class ConferenceFileAdapter implements Adapter<ConferenceDocument> {
  /** Set after read() when the file was an older schema version. */
  migratedFrom: number | null = null
  lastWriteBytes = 0
  /** The JSON of the last successful write (the edit snapshot copies it without re-serialising). */
  lastWriteText = ''
  /** The bytes found by the last read, before migration (kept for the pre-migration snapshot). */
  lastReadRaw: Buffer | null = null
  /** Dangling references the last read dropped (the file keeps them until the next save). */
  repairNotes: string[] = []
  /** Hash of the content we last read or wrote: a file still holding it needs no re-validation for the .bak. */
  private knownGoodHash: string | null = null
  /**
   * Hash of the version the document in memory was built on: a write is refused unless the disk
   * still holds it. A re-read that only catches the cache up with the disk (a follower regaining the
   * lock) must not move it, or edits built on the older read would silently replace newer work.
   */
  private basisHash: string | null = null

  constructor(readonly file: string) {}

  async read(): Promise<ConferenceDocument | null> {
    const result = await readConferenceFile(this.file)
    if (result === null) return null
    const { doc, notes } = repairReferences(result.doc, basename(this.file))
    this.migratedFrom = result.migratedFrom
    this.lastReadRaw = result.raw
    this.knownGoodHash = hashOf(result.raw)
    this.basisHash = this.knownGoodHash
    this.repairNotes = notes
    return doc
  }

  /** The version writes are checked against (see basisHash); saved around a catch-up re-read. */
  get basis(): string | null {
    return this.basisHash
  }

  keepBasis(basis: string | null): void {
    this.basisHash = basis
  }

  /**
   * For a write that replaces a file on purpose after keeping what it held: the write is refused
   * if the file no longer holds exactly `raw`. Null expects nothing and checks nothing.
   */
  expectOnDisk(raw: Buffer | null): void {
    this.knownGoodHash = raw === null ? null : hashOf(raw)
    this.basisHash = this.knownGoodHash
  }

  async write(doc: ConferenceDocument): Promise<void> {
    // Validate before touching the disk: an invalid document must never replace a good file.
    const checked = conferenceDocumentSchema.safeParse(doc)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      throw new AppError({
        code: 'invalid-input',
        message: `không lưu: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'dữ liệu không hợp lệ'}`,
        file: basename(this.file),
        field: issue?.path.join('.')
      })
    }
    const text = JSON.stringify(checked.data)
    this.lastWriteBytes = Buffer.byteLength(text)
    try {
      await durableWrite(this.file, text, {
        keepBackup: true,
        isGoodBackup: (previous) => this.isGood(previous),
        checkPrevious: (previous) => this.checkUnchanged(previous)
      })
    } catch (error) {
      throw error instanceof AppError ? error : ioError(this.file, error, 'write')
    }
    this.knownGoodHash = hashOf(text)
    this.basisHash = this.knownGoodHash
    this.lastWriteText = text
  }

  /**
   * Refuses to write over a file that is no longer what we last read or wrote: `hoinghi import`,
   * another copy of the app or a text editor changed it meanwhile, and our older copy would wipe
   * their work. An adapter that has not read the file yet (create, restore) has nothing to compare.
   */
  private checkUnchanged(previous: Buffer | null): void {
    if (this.basisHash === null) return
    if (previous !== null && hashOf(previous) === this.basisHash) return
    throw new AppError({
      code: 'locked',
      message:
        previous === null
          ? 'tệp đã bị xóa hoặc di chuyển bên ngoài HoiNghi từ lần đọc trước; chưa ghi lại'
          : 'tệp đã bị thay đổi bên ngoài HoiNghi (lệnh hoinghi hoặc chương trình khác) từ lần đọc trước; không ghi đè để khỏi mất thay đổi đó',
      file: basename(this.file)
    })
  }

  private isGood(previous: Buffer): boolean {
    if (this.knownGoodHash !== null && hashOf(previous) === this.knownGoodHash) return true
    try {
      parseConferenceBytes(previous, basename(this.file))
      return true
    } catch {
      return false
    }
  }
}

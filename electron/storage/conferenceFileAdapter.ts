import { promises as fs } from 'node:fs'
import { basename } from 'node:path'
import type { Adapter } from 'lowdb'
import { AppError } from '../../shared/errors/appError'
import { conferenceDocumentSchema, type ConferenceDocument } from '../../shared/model/conference'
import { parseConferenceText } from '../../shared/model/parseConferenceDocument'
import { durableWrite } from './durableWrite'

/** Files larger than this are refused before parsing: a conference of 50,000 delegates is ~18 MB. */
export const MAX_CONFERENCE_BYTES = 64 * 1024 * 1024

/**
 * lowdb adapter for one conference file. Unlike lowdb's JSONFile it validates and migrates on
 * every read (throwing an AppError that names the file), and writes durably with a .bak.
 * It never falls back to memory, whatever NODE_ENV says.
 */
export class ConferenceFileAdapter implements Adapter<ConferenceDocument> {
  /** Set after read() when the file was an older schema version. */
  migratedFrom: number | null = null
  lastWriteBytes = 0

  constructor(readonly file: string) {}

  async read(): Promise<ConferenceDocument | null> {
    let stat
    try {
      stat = await fs.stat(this.file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw ioError(this.file, error)
    }
    if (stat.size > MAX_CONFERENCE_BYTES) {
      throw new AppError({ code: 'invalid-file', message: `tệp quá lớn (${stat.size} byte)`, file: basename(this.file) })
    }
    const text = await fs.readFile(this.file, 'utf8')
    const parsed = parseConferenceText(text, basename(this.file))
    this.migratedFrom = parsed.migratedFrom
    return parsed.doc
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
      await durableWrite(this.file, text, { keepBackup: true })
    } catch (error) {
      throw ioError(this.file, error)
    }
  }
}

function ioError(file: string, error: unknown): AppError {
  const reason = error instanceof Error ? error.message : String(error)
  return new AppError({ code: 'io', message: `lỗi đọc/ghi tệp: ${reason}`, file: basename(file) })
}

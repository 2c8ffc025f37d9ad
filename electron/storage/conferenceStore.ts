import { randomUUID } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { basename, join } from 'node:path'
import { Low } from 'lowdb'
import { AppError } from '../../shared/errors/appError'
import type { ConferenceDocument, ConferenceInfo } from '../../shared/model/conference'
import { newConferenceDocument } from '../../shared/model/defaults'
import { normalizeDocumentText } from '../../shared/text/normalizeDocumentText'
import { ConferenceFileAdapter } from './conferenceFileAdapter'
import { CONFERENCE_SUFFIX, dataPaths } from './dataPaths'

export interface OpenConference {
  db: Low<ConferenceDocument>
  adapter: ConferenceFileAdapter
  file: string
}

/** Short, path-safe ids: the file name is the id, so it must never carry a separator. */
export function newConferenceId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 16)
}

/**
 * The conference files of one data folder, each a lowdb database with a validating, durable
 * adapter. Knows nothing of Electron: the CLI, the tests and the main process share it.
 */
export class ConferenceStore {
  private readonly open = new Map<string, OpenConference>()
  readonly paths: ReturnType<typeof dataPaths>

  constructor(readonly dataDir: string, private readonly now: () => Date = () => new Date()) {
    this.paths = dataPaths(dataDir)
  }

  async ensureFolders(): Promise<void> {
    for (const dir of [this.paths.conferences, this.paths.trash, this.paths.snapshots, this.paths.quarantine]) {
      await fs.mkdir(dir, { recursive: true })
    }
  }

  /** Reads and validates a conference file at any path (data folder, USB stick, shared folder). */
  async openFile(file: string): Promise<OpenConference> {
    const cached = this.open.get(file)
    if (cached) return cached
    const adapter = new ConferenceFileAdapter(file)
    const db = new Low<ConferenceDocument>(adapter, null as unknown as ConferenceDocument)
    await db.read()
    if (db.data === null) throw new AppError({ code: 'not-found', message: 'không tìm thấy tệp', file: basename(file) })
    const entry = { db, adapter, file }
    this.open.set(file, entry)
    return entry
  }

  forget(file: string): void {
    this.open.delete(file)
  }

  async create(file: string, info: Partial<ConferenceInfo>, id = newConferenceId()): Promise<ConferenceDocument> {
    const doc = normalizeDocumentText(newConferenceDocument(id, info, this.now()))
    await this.writeNew(file, doc)
    return doc
  }

  /** Writes a document to a file that must not exist yet (never clobbers). */
  async writeNew(file: string, doc: ConferenceDocument): Promise<void> {
    try {
      await fs.access(file)
      throw new AppError({ code: 'invalid-input', message: 'tệp đã tồn tại, không ghi đè', file: basename(file) })
    } catch (error) {
      if (error instanceof AppError) throw error
    }
    const adapter = new ConferenceFileAdapter(file)
    await adapter.write(doc)
  }

  /** Replaces the stored document with `doc` (normalised) and resolves once it is on disk. */
  async save(file: string, doc: ConferenceDocument): Promise<{ doc: ConferenceDocument; bytes: number }> {
    const entry = await this.openFile(file)
    const next = normalizeDocumentText({ ...doc, updatedAt: this.now().toISOString() })
    if (next.id !== entry.db.data.id) {
      throw new AppError({ code: 'invalid-input', message: 'mã hội nghị không khớp với tệp', file: basename(file), field: 'id' })
    }
    entry.db.data = next
    await entry.db.write()
    return { doc: next, bytes: entry.adapter.lastWriteBytes }
  }

  async listDataFolder(): Promise<string[]> {
    await this.ensureFolders()
    const names = await fs.readdir(this.paths.conferences)
    return names.filter((name) => name.endsWith(CONFERENCE_SUFFIX)).map((name) => join(this.paths.conferences, name))
  }
}

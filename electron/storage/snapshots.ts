import { createHash } from 'node:crypto'
import { constants, promises as fs } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/errors/appError'
import {
  SNAPSHOT_ID_PATTERN,
  snapshotNoteSchema,
  snapshotReasons,
  type SnapshotNote,
  type SnapshotReason
} from '../../shared/api/safetyChannels'
import { CONFERENCE_SUFFIX } from './dataPaths'
import { durableWrite } from './durableWrite'
import { fileStamp } from './quarantine'

export { snapshotReasons, SNAPSHOT_ID_PATTERN, type SnapshotReason }

export const SNAPSHOT_EDIT_INTERVAL_MS = 10 * 60 * 1000
export const KEEP_LAST = 20
export const KEEP_DAILY_DAYS = 30
/** Kept for KEEP_DAILY_DAYS whatever came after them (see prune). */
const SET_ASIDE: ReadonlySet<SnapshotReason> = new Set(['conflict', 'refused'])

export interface SnapshotEntry {
  snapshotId: string
  takenAt: string
  reason: SnapshotReason
  bytes: number
  delegates: number
  /** For an import: which file and how many records, so History can name it. */
  note: SnapshotNote | null
}

const NOTE_SUFFIX = '.note.json'

/** Ids are file names we made ourselves; anything else (a path, "..") is refused before it nears the disk. */
export function isSnapshotId(value: string): boolean {
  return value.length <= 80 && SNAPSHOT_ID_PATTERN.test(value)
}

/**
 * A conference id comes from inside a file that may be hostile (a USB stick): it names a folder
 * only when it is plainly safe; otherwise its hash does.
 */
export function snapshotFolderName(conferenceId: string): string {
  if (/^[A-Za-z0-9_-]{1,64}$/.test(conferenceId)) return conferenceId
  return `id-${createHash('sha256').update(conferenceId).digest('hex').slice(0, 24)}`
}

function takenAtOf(snapshotId: string): string {
  const stamp = snapshotId.split('__')[0] ?? ''
  return stamp.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z.*$/, '$1T$2:$3:$4.$5Z')
}

function reasonOf(snapshotId: string): SnapshotReason {
  const reason = snapshotId.split('__')[1]
  return snapshotReasons.find((known) => known === reason) ?? 'manual'
}

function countDelegates(raw: Buffer): number {
  try {
    const parsed: unknown = JSON.parse(raw.toString('utf8'))
    if (
      parsed &&
      typeof parsed === 'object' &&
      Array.isArray((parsed as { delegates?: unknown }).delegates)
    ) {
      return (parsed as { delegates: unknown[] }).delegates.length
    }
  } catch {
    // a snapshot is written from validated bytes; a damaged one still lists, with 0 delegates
  }
  return 0
}

/** The local calendar day, so "one a day" matches the clerk's days, not UTC's. */
function localDay(iso: string): string {
  const date = new Date(iso)
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`
}

/** A folder key made by snapshotOwnerKey: the id's folder name, `@`, a hash of the file's real path. */
const OWNER_KEY = /^(?:[A-Za-z0-9_-]{1,64}|id-[0-9a-f]{24})@[0-9a-f]{16}$/

/**
 * Snapshots belong to one file, not to an id: a copy of a conference (a file manager copy keeps the
 * id) must never prune, or show in History, the original's versions. The data folder's own file
 * `conferences/<id>.hoinghi.json` keeps the folder `<id>` (so every snapshot taken before this rule
 * stays where it was); any other file gets `<id>@<hash of its real path>`, its spelling normalised
 * and, on Windows, case-folded (see comparablePath).
 */
export function snapshotOwnerKey(conferenceId: string, comparableRealPath: string | null): string {
  const folder = snapshotFolderName(conferenceId)
  if (comparableRealPath === null) return folder
  return `${folder}@${createHash('sha256').update(comparableRealPath).digest('hex').slice(0, 16)}`
}

/**
 * Rotating copies of each conference file outside the live file, under
 * `<dataDir>/snapshots/<owner key>/<stamp>__<reason>.hoinghi.json` (see snapshotOwnerKey).
 * Keeps the last 20, plus the newest of each day for 30 days. Every method takes the owner key;
 * a bare conference id is the data folder's own file for that id.
 */
export class SnapshotStore {
  private readonly lastTaken = new Map<string, number>()

  constructor(
    readonly root: string,
    private readonly now: () => Date = () => new Date()
  ) {}

  folder(ownerKey: string): string {
    return join(this.root, OWNER_KEY.test(ownerKey) ? ownerKey : snapshotFolderName(ownerKey))
  }

  /**
   * Before snapshots belonged to a file, a file outside the data folder kept them under its bare id.
   * The first time such a file asks for its own folder, those are copied into it (never moved: a
   * copy of the file may claim them too), so History still shows them and pruning never touches
   * the old ones. Skipped when the data folder's own file of that id exists: they are its snapshots.
   */
  async adoptLegacy(ownerKey: string, conferenceId: string, dataFolderFileExists: boolean): Promise<void> {
    if (!OWNER_KEY.test(ownerKey) || dataFolderFileExists) return
    const target = this.folder(ownerKey)
    const exists = await fs.stat(target).then(
      () => true,
      () => false
    )
    if (exists) return
    const legacy = this.folder(conferenceId)
    let names: string[]
    try {
      names = await fs.readdir(legacy)
    } catch {
      return
    }
    await fs.mkdir(target, { recursive: true })
    for (const name of names) {
      if (!name.endsWith(CONFERENCE_SUFFIX) || !isSnapshotId(name.slice(0, -CONFERENCE_SUFFIX.length)))
        continue
      await fs
        .copyFile(join(legacy, name), join(target, name), constants.COPYFILE_EXCL)
        .catch(() => undefined)
    }
  }

  /** Takes a snapshot unless the newest one already holds exactly these bytes. */
  async take(
    conferenceId: string,
    content: string | Buffer,
    reason: SnapshotReason,
    note: SnapshotNote | null = null
  ): Promise<{ snapshotId: string; created: boolean }> {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content
    const dir = this.folder(conferenceId)
    await fs.mkdir(dir, { recursive: true })
    const existing = await this.ids(conferenceId)
    const newest = existing[0]
    if (newest) {
      const previous = await fs.readFile(join(dir, `${newest}${CONFERENCE_SUFFIX}`)).catch(() => null)
      if (previous && previous.equals(bytes)) {
        this.lastTaken.set(conferenceId, this.now().getTime())
        // The same bytes taken again before an import (say just after opening): the import still gets named.
        if (note) await this.writeNote(conferenceId, newest, note)
        return { snapshotId: newest, created: false }
      }
    }
    const stamp = fileStamp(this.now())
    let snapshotId = `${stamp}__${reason}`
    for (let n = 1; existing.includes(snapshotId) && n < 1000; n++) snapshotId = `${stamp}-${n}__${reason}`
    await durableWrite(join(dir, `${snapshotId}${CONFERENCE_SUFFIX}`), bytes)
    if (note) await this.writeNote(conferenceId, snapshotId, note)
    this.lastTaken.set(conferenceId, this.now().getTime())
    await this.prune(conferenceId)
    return { snapshotId, created: true }
  }

  /** While editing: at most one snapshot every ten minutes. */
  async takeIfDue(conferenceId: string, content: string | Buffer): Promise<string | null> {
    let last = this.lastTaken.get(conferenceId)
    if (last === undefined) {
      const newest = (await this.ids(conferenceId))[0]
      last = newest ? new Date(takenAtOf(newest)).getTime() : 0
      this.lastTaken.set(conferenceId, last)
    }
    if (this.now().getTime() - last < SNAPSHOT_EDIT_INTERVAL_MS) return null
    return (await this.take(conferenceId, content, 'edit')).snapshotId
  }

  /**
   * Keeps the newest document a save refused (the file changed outside HoiNghi), so closing the
   * window before choosing a version loses nothing. One slot: a later refusal replaces it (written
   * first, the older one removed after), so typing on cannot push real history out.
   */
  async keepRefused(conferenceId: string, content: string | Buffer): Promise<string> {
    const newest = (await this.ids(conferenceId))[0]
    const { snapshotId, created } = await this.take(conferenceId, content, 'refused')
    if (created && newest !== undefined && newest !== snapshotId && reasonOf(newest) === 'refused')
      await fs.rm(this.pathOf(conferenceId, newest), { force: true })
    return snapshotId
  }

  /**
   * Remembers which conference an "ext-" key held, so its snapshots stay findable when the file
   * later turns up too broken to name its own id.
   */
  async rememberKey(key: string, conferenceId: string): Promise<void> {
    if (!/^ext-[a-z0-9-]{1,64}$/.test(key)) return
    const file = join(this.root, '_keys', `${key}.txt`)
    const known = await fs.readFile(file, 'utf8').catch(() => null)
    if (known === conferenceId) return
    await fs.mkdir(join(this.root, '_keys'), { recursive: true })
    await durableWrite(file, conferenceId)
  }

  async recallKey(key: string): Promise<string | null> {
    if (!/^ext-[a-z0-9-]{1,64}$/.test(key)) return null
    const id = await fs.readFile(join(this.root, '_keys', `${key}.txt`), 'utf8').catch(() => null)
    return id && id.length > 0 && id.length <= 64 ? id : null
  }

  /** Snapshot ids, newest first. */
  async ids(conferenceId: string): Promise<string[]> {
    let names: string[]
    try {
      names = await fs.readdir(this.folder(conferenceId))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    return names
      .filter((name) => name.endsWith(CONFERENCE_SUFFIX))
      .map((name) => name.slice(0, -CONFERENCE_SUFFIX.length))
      .filter(isSnapshotId)
      .sort((a, b) =>
        takenAtOf(b) === takenAtOf(a) ? b.localeCompare(a) : takenAtOf(b).localeCompare(takenAtOf(a))
      )
  }

  async list(conferenceId: string): Promise<SnapshotEntry[]> {
    const entries: SnapshotEntry[] = []
    for (const snapshotId of await this.ids(conferenceId)) {
      const raw = await fs.readFile(this.pathOf(conferenceId, snapshotId)).catch(() => null)
      if (!raw) continue
      entries.push({
        snapshotId,
        takenAt: takenAtOf(snapshotId),
        reason: reasonOf(snapshotId),
        bytes: raw.length,
        delegates: countDelegates(raw),
        note: await this.readNote(conferenceId, snapshotId)
      })
    }
    return entries
  }

  private async writeNote(conferenceId: string, snapshotId: string, note: SnapshotNote): Promise<void> {
    await durableWrite(
      this.pathOf(conferenceId, snapshotId).slice(0, -CONFERENCE_SUFFIX.length) + NOTE_SUFFIX,
      JSON.stringify(note)
    )
  }

  private async readNote(conferenceId: string, snapshotId: string): Promise<SnapshotNote | null> {
    const path = this.pathOf(conferenceId, snapshotId).slice(0, -CONFERENCE_SUFFIX.length) + NOTE_SUFFIX
    const raw = await fs.readFile(path, 'utf8').catch(() => null)
    if (raw === null) return null
    try {
      const parsed = snapshotNoteSchema.safeParse(JSON.parse(raw))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }

  async read(conferenceId: string, snapshotId: string): Promise<Buffer> {
    try {
      return await fs.readFile(this.pathOf(conferenceId, snapshotId))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError({ code: 'not-found', message: `không tìm thấy bản lưu ${snapshotId}` })
      }
      throw error
    }
  }

  pathOf(conferenceId: string, snapshotId: string): string {
    if (!isSnapshotId(snapshotId))
      throw new AppError({ code: 'forbidden', message: 'mã bản lưu không hợp lệ', field: 'snapshotId' })
    return join(this.folder(conferenceId), `${snapshotId}${CONFERENCE_SUFFIX}`)
  }

  async prune(conferenceId: string): Promise<string[]> {
    const ids = await this.ids(conferenceId)
    const keep = new Set(ids.slice(0, KEEP_LAST))
    const cutoff = this.now().getTime() - KEEP_DAILY_DAYS * 24 * 60 * 60 * 1000
    const days = new Set<string>()
    for (const id of ids) {
      const takenAt = takenAtOf(id)
      if (new Date(takenAt).getTime() < cutoff) continue
      // A version set aside when the file changed outside HoiNghi is somebody's lost work: its
      // owner may look for it days later, after far more than 20 autosave snapshots.
      if (SET_ASIDE.has(reasonOf(id))) keep.add(id)
      const day = localDay(takenAt)
      if (!days.has(day)) {
        days.add(day)
        keep.add(id) // ids are newest first: the first seen is the day's newest
      }
    }
    const removed = ids.filter((id) => !keep.has(id))
    for (const id of removed) {
      const path = this.pathOf(conferenceId, id)
      await fs.rm(path, { force: true })
      await fs.rm(path.slice(0, -CONFERENCE_SUFFIX.length) + NOTE_SUFFIX, { force: true })
    }
    return removed
  }
}

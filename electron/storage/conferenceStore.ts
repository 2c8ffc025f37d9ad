import { randomUUID } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { Low } from 'lowdb'
import { AppError } from '../../shared/errors/appError'
import type { ConferenceDocument, ConferenceInfo } from '../../shared/model/conference'
import { newConferenceDocument } from '../../shared/model/defaults'
import { normalizeDocumentText } from '../../shared/text/normalizeDocumentText'
import {
  describeHolder,
  describeHolderInDetail,
  FileLock,
  type FileLockOptions,
  type LockInfo
} from './fileLock'
import { snapshotFolderName, snapshotOwnerKey, SnapshotStore } from './snapshots'
import { fileExists } from './fileExists'
import { comparablePath, hostPathRules } from './pathRules'
import { ConferenceFileAdapter } from './conferenceFileAdapter'
import { CONFERENCE_SUFFIX, dataPaths } from './dataPaths'
import { removeStaleTemps } from './durableWrite'
import { ioError } from './readConferenceFile'
import { lockFolderError } from './describeIoError'

export interface OpenConference {
  db: Low<ConferenceDocument>
  adapter: ConferenceFileAdapter
  file: string
}

export interface LockState {
  readOnly: boolean
  /** "<user> trên máy <host> từ <time>" when another computer holds the file. */
  lockHolder: string | null
}

export interface ConferenceStoreOptions {
  /** For tests: a fake identity or a short stale time for the shared-folder lock. */
  lock?: Omit<FileLockOptions, 'now'>
  /**
   * The CLI: lock every file it opens, in the data folder too, before reading it, and hold the lock
   * until close(), waiting for another command's brief lock. Two `hoinghi import` at once then run
   * one after the other, the second reading what the first wrote.
   */
  lockEveryFile?: boolean
  /** How long a writer waits behind another writer's brief lock before giving up. */
  lockWaitMs?: number
}

/** A save or a command holds the lock for about a second; under load on a shared folder, longer. */
export const DEFAULT_LOCK_WAIT_MS = 30_000

/** "locked by someone": who, since when, and what to do when that someone is long gone. */
export function heldByOtherError(file: string, holderText: string): AppError {
  return new AppError({
    code: 'read-only',
    message: `tệp đang được ${holderText} mở nên không ghi được; nếu máy đó đã tắt hoặc không còn mở tệp, hãy chạy: hoinghi unlock "${file}"`,
    file: basename(file)
  })
}

/** Short, path-safe ids: the file name is the id, so it must never carry a separator. */
export function newConferenceId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 16)
}

/**
 * The conference files of one data folder, each a lowdb database with a validating, durable
 * adapter. Knows nothing of Electron: the CLI, the tests and the main process share it.
 * Saves to one file run one after the other (a per-file queue), and `flushAll()` waits for
 * every save in flight, so quitting never cuts one short.
 */
export class ConferenceStore {
  private readonly open = new Map<string, OpenConference>()
  private readonly queues = new Map<string, Promise<unknown>>()
  private readonly locks = new Map<string, FileLock>()
  private readonly lockStates = new Map<string, LockState>()
  /** Who held each file's lock when we last failed to take it (for the CLI's message). */
  private readonly holders = new Map<string, LockInfo | null>()
  private readonly background = new Set<Promise<unknown>>()
  /**
   * Files the clerk closed and has not loaded since: 'closing' until the close's turn in the queue,
   * then 'closed'. A save that arrives after that (an edit sent while the close was under way)
   * lands, and then gives the shared-folder lock back at once; saves queued before it keep the lock.
   */
  private readonly closed = new Map<string, 'closing' | 'closed'>()
  private readonly opening = new Map<string, Promise<OpenConference>>()
  /** Files the clerk has open in the workspace (loaded and not closed since). */
  private readonly loaded = new Set<string>()
  readonly paths: ReturnType<typeof dataPaths>
  readonly snapshots: SnapshotStore

  constructor(
    readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
    private readonly options: ConferenceStoreOptions = {}
  ) {
    this.paths = dataPaths(dataDir)
    this.snapshots = new SnapshotStore(this.paths.snapshots, now)
  }

  async ensureFolders(): Promise<void> {
    for (const dir of [
      this.paths.conferences,
      this.paths.trash,
      this.paths.snapshots,
      this.paths.quarantine
    ]) {
      await fs.mkdir(dir, { recursive: true })
    }
    await removeStaleTemps(this.paths.conferences)
  }

  /**
   * The key this file's snapshots are kept under (see snapshotOwnerKey): its id for the data
   * folder's own `<id>.hoinghi.json`, its id and real location for any other file, so that a copy
   * with the same id keeps a history of its own.
   */
  async snapshotKey(file: string, conferenceId: string): Promise<string> {
    const own = this.paths.conferenceFile(snapshotFolderName(conferenceId))
    const isOwn =
      !this.isExternal(file) &&
      comparablePath(file, hostPathRules()) === comparablePath(own, hostPathRules()) &&
      snapshotFolderName(conferenceId) === conferenceId
    if (isOwn) return conferenceId
    const key = snapshotOwnerKey(conferenceId, comparablePath(file, hostPathRules()))
    const ownExists = snapshotFolderName(conferenceId) === conferenceId && (await fileExists(own))
    await this.snapshots.adoptLegacy(key, conferenceId, ownExists).catch(() => undefined)
    return key
  }

  /** Files outside the data folder (USB stick, shared folder) may be open on another computer too. */
  isExternal(file: string): boolean {
    return resolve(dirname(file)) !== resolve(this.paths.conferences)
  }

  /** Files whose `.lock` this store holds from open to close (shared folders; every file for the CLI). */
  private sessionLocked(file: string): boolean {
    return this.options.lockEveryFile === true || this.isExternal(file)
  }

  private get lockWaitMs(): number {
    return this.options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS
  }

  /**
   * Runs `work` (check "unchanged since read", then rename) while holding the file's `.lock`, so no
   * other process can replace the file between the check and the rename. Files under a session lock
   * are held already (ensureWritable verified it); the app's own data-folder files take a brief one.
   */
  private async underWriteLock<T>(file: string, work: () => Promise<T>): Promise<T> {
    if (this.locks.get(file)?.held) return work()
    const lock = new FileLock(file, { ...this.options.lock, now: this.now, brief: true })
    let result
    try {
      result = await lock.acquireWaiting(this.lockWaitMs)
    } catch (error) {
      throw ioError(file, error)
    }
    if (!result.acquired) {
      throw new AppError({
        code: 'io',
        message: `tệp đang được ${result.holderText} ghi nên chưa lưu được; thay đổi vẫn còn trong cửa sổ, hãy thử lại sau giây lát`,
        file: basename(file)
      })
    }
    try {
      return await work()
    } finally {
      await lock.release().catch(() => undefined)
    }
  }

  /** Runs `task` after every earlier task on the same file, so two saves never race. */
  private enqueue<T>(file: string, task: () => Promise<T>): Promise<T> {
    const key = resolve(file)
    const previous = this.queues.get(key) ?? Promise.resolve()
    const run = previous.catch(() => undefined).then(task)
    this.queues.set(key, run)
    const cleanup = (): void => {
      if (this.queues.get(key) === run) this.queues.delete(key)
    }
    run.then(cleanup, cleanup)
    return run
  }

  /**
   * Reads and validates a conference file at any path (data folder, USB stick, shared folder).
   * `catchUp`: the clerk is (re)loading it, so the edits that follow are built on what is read now.
   */
  async openFile(file: string, catchUp = false): Promise<OpenConference> {
    const cached = this.open.get(file)
    if (cached) {
      // A lock we do not hold (never had, or lost to another computer) is tried again on every open.
      if (this.sessionLocked(file) && !this.locks.get(file)?.held) {
        const lostIt = this.locks.get(file)?.everHeld ?? false
        await this.acquireLock(file)
        // A follower that only watched (read-only) catches up with the disk, for what it shows. A
        // holder that lost the lock (asleep past the stale time) keeps what it last read. Either way
        // a save still expects the version its edits were built on: a re-read that moved that
        // expectation let a follower's older edits replace the newer file (issue 12, item 1).
        if (!lostIt) {
          const basis = cached.adapter.basis
          await cached.db.read()
          if (!catchUp) cached.adapter.keepBasis(basis)
        }
      }
      return cached
    }
    // Two opens at once (a load while a queued save re-opens) share one read: two entries would
    // each expect the bytes they read, and the one cached last would refuse the other's write as
    // a change made outside HoiNghi.
    const opening = this.opening.get(file)
    if (opening) return opening
    const read = this.readIntoCache(file)
    this.opening.set(file, read)
    try {
      return await read
    } finally {
      this.opening.delete(file)
    }
  }

  private async readIntoCache(file: string): Promise<OpenConference> {
    const adapter = new ConferenceFileAdapter(file)
    const db = new Low<ConferenceDocument>(adapter, null as unknown as ConferenceDocument)
    // Lock first, then read: what a locked reader reads stays the file until it writes.
    if (this.sessionLocked(file)) {
      await this.acquireLock(file)
      const state = this.lockState(file)
      if (this.options.lockEveryFile && state.readOnly) {
        await this.letGo(file)
        const holder = this.holders.get(file)
        throw heldByOtherError(
          file,
          holder ? describeHolderInDetail(holder) : (state.lockHolder ?? 'người khác')
        )
      }
    }
    try {
      await db.read()
    } catch (error) {
      if (this.options.lockEveryFile) await this.letGo(file)
      throw error
    }
    if (db.data === null) {
      if (this.options.lockEveryFile) await this.letGo(file)
      throw new AppError({ code: 'not-found', message: 'không tìm thấy tệp', file: basename(file) })
    }
    const entry = { db, adapter, file }
    this.open.set(file, entry)
    return entry
  }

  private async acquireLock(file: string): Promise<void> {
    let lock = this.locks.get(file)
    if (!lock) {
      const created: FileLock = new FileLock(file, {
        ...this.options.lock,
        now: this.now,
        brief: this.options.lockEveryFile === true,
        // Another computer took the file over (this one slept past the stale time): from now on
        // loads say read-only and name the new holder, and saves are refused.
        onLost: (holder) => {
          if (this.locks.get(file) !== created) return
          this.lockStates.set(file, {
            readOnly: true,
            lockHolder: holder ? describeHolder(holder) : 'một người dùng khác (khóa đã bị gỡ)'
          })
        }
      })
      lock = created
      this.locks.set(file, lock)
    }
    let result
    try {
      result = this.options.lockEveryFile ? await lock.acquireWaiting(this.lockWaitMs) : await lock.acquire()
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      // A folder the clerk may read but not write (a read-only share, a CD): open it read-only, say why.
      if (!this.options.lockEveryFile && ['EACCES', 'EPERM', 'EROFS'].includes(code)) {
        this.lockStates.set(file, {
          readOnly: true,
          lockHolder: 'không ai — thư mục chỉ cho đọc, không ghi được'
        })
        return
      }
      throw lockFolderError(file, error)
    }
    this.holders.set(file, result.acquired ? null : result.holder)
    this.lockStates.set(
      file,
      result.acquired
        ? { readOnly: false, lockHolder: null }
        : { readOnly: true, lockHolder: result.holderText }
    )
  }

  /** Takes the shared-folder lock if needed; refuses when another computer holds it. */
  async ensureWritable(file: string): Promise<void> {
    if (this.sessionLocked(file)) {
      // The cached state is not enough: the lock may have been taken over since the last heartbeat.
      const held = (await this.locks.get(file)?.verify()) ?? false
      if (!held) await this.acquireLock(file)
    }
    const state = this.lockState(file)
    if (state.readOnly) {
      throw new AppError({
        code: 'read-only',
        message: `tệp đang được ${state.lockHolder ?? 'người khác'} mở; bản này chỉ đọc, không ghi được`,
        file: basename(file)
      })
    }
  }

  lockState(file: string): LockState {
    return this.lockStates.get(file) ?? { readOnly: false, lockHolder: null }
  }

  /**
   * Drops the cached document and gives the shared-folder lock back, after any save still queued.
   * Resolves once the lock file is gone, so a close that awaits it leaves the file free for the
   * next computer (a release left to the background lost the race against a prompt reopen).
   * The lock object stays until its turn in the queue: a save queued before the close re-opens the
   * file with the lock it already holds, where a new lock would find ours and refuse as read-only.
   */
  forget(file: string): Promise<void> {
    this.open.delete(file)
    this.lockStates.delete(file)
    this.loaded.delete(file)
    this.closed.set(file, 'closing')
    const released = this.enqueue(file, async () => {
      // Loaded again while this waited: the new session keeps the file and its lock.
      if (!this.closed.has(file)) return
      this.closed.set(file, 'closed')
      await this.letGo(file)
    })
    this.track(released)
    return released.then(
      () => undefined,
      () => undefined
    )
  }

  /** Opens a conference for the clerk to work on: a close still queued no longer lets go of it. */
  async load(file: string): Promise<OpenConference> {
    this.closed.delete(file)
    this.loaded.add(file)
    try {
      return await this.openFile(file, true)
    } catch (error) {
      // Not open in the workspace after all (missing, broken, quarantined).
      this.loaded.delete(file)
      throw error
    }
  }

  /**
   * Runs `work` on a file the list screen acts on (rename, copy) and, unless the clerk has it open
   * in the workspace, gives its shared-folder lock back afterwards: a lock taken only to rename a
   * file on the provincial share would otherwise keep every other computer read-only until we quit.
   */
  async useBriefly<T>(file: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } finally {
      if (!this.loaded.has(file) && this.sessionLocked(file)) await this.forget(file)
    }
  }

  /** Drops the cache and gives the lock back; runs in the file's queue. */
  private async letGo(file: string): Promise<void> {
    // Queued saves may have cached the file again; this is the last word.
    this.open.delete(file)
    this.lockStates.delete(file)
    const lock = this.locks.get(file)
    if (!lock) return
    this.locks.delete(file)
    await lock.release()
  }

  private track(promise: Promise<unknown>): void {
    const settled = promise.catch(() => undefined)
    this.background.add(settled)
    void settled.then(() => this.background.delete(settled))
  }

  async create(
    file: string,
    info: Partial<ConferenceInfo>,
    id = newConferenceId()
  ): Promise<ConferenceDocument> {
    const doc = normalizeDocumentText(newConferenceDocument(id, info, this.now()))
    await this.writeNew(file, doc)
    return doc
  }

  /** Writes a document to a file that must not exist yet (never clobbers). */
  async writeNew(file: string, doc: ConferenceDocument): Promise<void> {
    await this.enqueue(file, async () => {
      // Checked under the lock: another `hoinghi new` or a save cannot create the file in between.
      await this.underWriteLock(file, async () => {
        if (await fileExists(file))
          throw new AppError({
            code: 'invalid-input',
            message: 'tệp đã tồn tại, không ghi đè',
            file: basename(file)
          })
        await new ConferenceFileAdapter(file).write(doc)
      })
    })
  }

  /** Replaces the stored document with `doc` (normalised) and resolves once it is on disk. */
  async save(file: string, doc: ConferenceDocument): Promise<{ doc: ConferenceDocument; bytes: number }> {
    return this.enqueue(file, async () => {
      try {
        return await this.saveInQueue(file, doc)
      } finally {
        // A save for a conference closed meanwhile re-opened it (and took the lock): let go again.
        if (this.closed.get(file) === 'closed') await this.letGo(file).catch(() => undefined)
      }
    })
  }

  private async saveInQueue(
    file: string,
    doc: ConferenceDocument
  ): Promise<{ doc: ConferenceDocument; bytes: number }> {
    const entry = await this.openFile(file)
    await this.ensureWritable(file)
    const next = normalizeDocumentText({ ...doc, updatedAt: this.now().toISOString() })
    if (next.id !== entry.db.data.id) {
      throw new AppError({
        code: 'invalid-input',
        message: 'mã hội nghị không khớp với tệp',
        file: basename(file),
        field: 'id'
      })
    }
    const previous = entry.db.data
    entry.db.data = next
    try {
      await this.underWriteLock(file, () => entry.db.write())
    } catch (error) {
      entry.db.data = previous // the disk still holds `previous`: keep memory in step with it
      if (error instanceof AppError && error.code === 'locked')
        await this.snapshots
          .keepRefused(await this.snapshotKey(file, next.id), JSON.stringify(next))
          .catch(() => null)
      throw error
    }
    // The save is on disk; a snapshot that fails must not turn it into an error.
    await this.snapshotKey(file, next.id)
      .then((key) => this.snapshots.takeIfDue(key, entry.adapter.lastWriteText))
      .catch(() => null)
    return { doc: next, bytes: entry.adapter.lastWriteBytes }
  }

  /**
   * Writes a validated document over the live file, whatever state it is in (used by restore;
   * the caller has quarantined or snapshotted what was there). Drops the cache so the next
   * open reads what was written.
   */
  async replace(file: string, doc: ConferenceDocument): Promise<void> {
    await this.ensureWritable(file)
    await this.enqueue(file, async () => {
      const adapter = new ConferenceFileAdapter(file)
      await this.underWriteLock(file, () => adapter.write(doc))
      this.open.delete(file)
    })
  }

  /**
   * Writes `doc` over the file once `setAside` has kept what the file held, both in this file's
   * queue. `setAside` returns the bytes the file holds after it (null if it moved the file away);
   * the write is refused as changed outside if anything else changed the file in between.
   */
  async overwriteKeeping(
    file: string,
    doc: ConferenceDocument,
    setAside: () => Promise<Buffer | null>
  ): Promise<void> {
    await this.ensureWritable(file)
    await this.enqueue(file, async () => {
      await this.underWriteLock(file, async () => {
        const expected = await setAside()
        const adapter = new ConferenceFileAdapter(file)
        adapter.expectOnDisk(expected)
        await adapter.write(normalizeDocumentText({ ...doc, updatedAt: this.now().toISOString() }))
      })
      this.open.delete(file)
    })
  }

  /** Forgets the cached document (keeping any shared-folder lock), so the next open reads the disk. */
  dropCached(file: string): void {
    this.open.delete(file)
  }

  /** Waits for every save and lock release in flight. The main process calls it before quitting. */
  async flushAll(): Promise<void> {
    for (;;) {
      const pending = [...this.queues.values(), ...this.background]
      if (pending.length === 0) return
      await Promise.allSettled(pending)
    }
  }

  /** Flushes, then gives back every shared-folder lock: the last thing before the app quits. */
  async close(): Promise<void> {
    await this.flushAll()
    for (const file of [...this.locks.keys()]) void this.forget(file)
    await this.flushAll()
  }

  async listDataFolder(): Promise<string[]> {
    await this.ensureFolders()
    const names = await fs.readdir(this.paths.conferences)
    return names
      .filter((name) => name.endsWith(CONFERENCE_SUFFIX))
      .map((name) => join(this.paths.conferences, name))
  }
}

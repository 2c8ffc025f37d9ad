import { randomBytes } from 'node:crypto'
import { constants, promises as fs } from 'node:fs'
import { hostname, userInfo } from 'node:os'
import { z } from 'zod'
import { processAlive } from './processAlive'

/** A lock whose heartbeat is older than this is a leftover from a crash or a pulled network cable. */
export const LOCK_STALE_MS = 2 * 60 * 1000
export const LOCK_HEARTBEAT_MS = 30 * 1000
/**
 * A lock file is created empty and filled at once; one still empty or cut short after this long was
 * left by a writer killed in between (kill -9, power cut) and will never be filled.
 */
export const LOCK_UNREADABLE_STALE_MS = 10 * 1000

const lockInfoSchema = z.object({
  app: z.literal('hoinghi'),
  host: z.string().max(300),
  user: z.string().max(300),
  pid: z.number().int(),
  since: z.iso.datetime(),
  heartbeat: z.iso.datetime(),
  token: z.string().max(100),
  /** Held for one command or one save, not for a whole editing session: worth waiting for. */
  brief: z.boolean().optional()
})
export type LockInfo = z.infer<typeof lockInfoSchema>

export interface LockIdentity {
  host: string
  user: string
  pid: number
}

export function currentIdentity(): LockIdentity {
  let user = 'không rõ'
  try {
    user = userInfo().username
  } catch {
    // userInfo throws when the account has no passwd entry (some containers): keep the placeholder.
  }
  return { host: hostname(), user, pid: process.pid }
}

export function lockPathFor(file: string): string {
  return `${file}.lock`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** "nguyenvana trên máy PHONG-TH-01 từ 08:15 ngày 22/11/2026" — what the clerk sees in the title bar. */
export function describeHolder(info: Pick<LockInfo, 'user' | 'host' | 'since'>): string {
  const since = new Date(info.since)
  const time = `${pad(since.getHours())}:${pad(since.getMinutes())} ngày ${pad(since.getDate())}/${pad(since.getMonth() + 1)}/${since.getFullYear()}`
  return `${info.user} trên máy ${info.host} từ ${time}`
}

/**
 * When this process first saw the current content of each lock file, by OUR clock. Another
 * computer's clock may be minutes off, so its heartbeat time alone cannot prove a lock stale;
 * a heartbeat that has not changed for the stale time while we watched can.
 */
const firstSeen = new Map<string, { signature: string; at: number }>()

export type ExistingLock =
  | { kind: 'missing' }
  | { kind: 'held'; info: LockInfo; signature: string }
  | { kind: 'unreadable'; signature: string }

/** The content of a lock file as one comparable string (size and mtime for an oversized one); null when missing. */
async function lockSignature(path: string): Promise<string | null> {
  try {
    const stat = await fs.stat(path)
    if (stat.size > 4096) return `oversized:${stat.size}:${stat.mtimeMs}`
    return await fs.readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** "… từ 08:15 ngày 22/11/2021, tín hiệu cuối 08:20 ngày 22/11/2021": for a lock that may be long dead. */
export function describeHolderInDetail(
  info: Pick<LockInfo, 'user' | 'host' | 'since' | 'heartbeat'>
): string {
  const beat = new Date(info.heartbeat)
  const time = `${pad(beat.getHours())}:${pad(beat.getMinutes())} ngày ${pad(beat.getDate())}/${pad(beat.getMonth() + 1)}/${beat.getFullYear()}`
  return `${describeHolder(info)} (tín hiệu cuối lúc ${time})`
}

/** What a lock file beside `file` holds, for `hoinghi unlock` and messages; never changes it. */
export async function inspectLock(file: string): Promise<ExistingLock> {
  const lockFile = lockPathFor(file)
  const signature = await lockSignature(lockFile)
  if (signature === null) return { kind: 'missing' }
  try {
    return { kind: 'held', info: lockInfoSchema.parse(JSON.parse(signature)), signature }
  } catch {
    return { kind: 'unreadable', signature }
  }
}

/**
 * Whether the holder may still be at work: on this computer, its process is alive; elsewhere, its
 * heartbeat (refreshed every 30 s) is younger than the stale time by its own clock.
 */
export function holderLooksAlive(
  info: LockInfo,
  now: Date,
  identity: LockIdentity = currentIdentity()
): boolean {
  if (info.host === identity.host) return info.pid === identity.pid || processAlive(info.pid)
  return now.getTime() - new Date(info.heartbeat).getTime() < LOCK_STALE_MS
}

/**
 * Removes the lock beside `file` only if it still holds `signature` (what the clerk was shown):
 * moved aside first, put back if a new holder wrote it meanwhile. True when removed.
 */
export async function removeLockIfUnchanged(file: string, signature: string): Promise<boolean> {
  const lockFile = lockPathFor(file)
  const aside = `${lockFile}.${randomBytes(6).toString('hex')}.stale`
  try {
    await fs.rename(lockFile, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
  const moved = await lockSignature(aside)
  if (moved !== signature) {
    try {
      await fs.copyFile(aside, lockFile, constants.COPYFILE_EXCL)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    await fs.rm(aside, { force: true })
    return false
  }
  await fs.rm(aside, { force: true })
  return true
}

export type AcquireResult =
  { acquired: true } | { acquired: false; holder: LockInfo | null; holderText: string }

export interface FileLockOptions {
  now?: () => Date
  identity?: LockIdentity
  staleMs?: number
  heartbeatMs?: number
  /** Held for one command or one save (see LockInfo.brief); other writers queue behind it. */
  brief?: boolean
  /** Told when a heartbeat or a check finds the lock taken over (holder) or gone (null). */
  onLost?: (holder: LockInfo | null) => void
}

/**
 * A lock file beside a conference on a shared folder, so two computers never write the same file:
 * the second opener reads who holds it and works read-only. Created with O_EXCL ('wx'), which
 * SMB and NFS honour; refreshed by a heartbeat so a crashed holder's lock goes stale.
 */
export class FileLock {
  readonly lockFile: string
  private readonly token = randomBytes(12).toString('hex')
  private readonly now: () => Date
  private readonly identity: LockIdentity
  private readonly staleMs: number
  private readonly heartbeatMs: number
  private readonly onLost: (holder: LockInfo | null) => void
  private readonly brief: boolean
  private timer: NodeJS.Timeout | null = null
  private since: string | null = null
  /** Lost because the lock file vanished: keep looking, so the clerk learns who takes the file next. */
  private watchingForHolder = false
  private wasEverHeld = false

  constructor(
    readonly file: string,
    options: FileLockOptions = {}
  ) {
    this.lockFile = lockPathFor(file)
    this.now = options.now ?? (() => new Date())
    this.identity = options.identity ?? currentIdentity()
    this.staleMs = options.staleMs ?? LOCK_STALE_MS
    this.heartbeatMs = options.heartbeatMs ?? LOCK_HEARTBEAT_MS
    this.onLost = options.onLost ?? (() => undefined)
    this.brief = options.brief ?? false
  }

  get held(): boolean {
    return this.since !== null
  }

  /** Whether this lock was ever ours: a holder that lost it had the file writable, a follower never did. */
  get everHeld(): boolean {
    return this.wasEverHeld
  }

  async acquire(): Promise<AcquireResult> {
    if (this.held) return { acquired: true }
    this.stopWatching()
    for (let attempt = 0; attempt < 3; attempt++) {
      const info = this.info(this.now().toISOString())
      try {
        const handle = await fs.open(this.lockFile, 'wx')
        try {
          await handle.writeFile(JSON.stringify(info))
          await handle.sync()
        } finally {
          await handle.close()
        }
        this.since = info.since
        this.wasEverHeld = true
        firstSeen.delete(this.lockFile)
        this.startHeartbeat()
        return { acquired: true }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const existing = await this.readExisting()
      if (existing.kind === 'missing') continue // released between our open and our read: try again
      if (existing.kind === 'held' && existing.info.token === this.token) {
        this.since = existing.info.since
        this.wasEverHeld = true
        this.startHeartbeat()
        return { acquired: true }
      }
      if (!this.isStale(existing)) {
        const holder = existing.kind === 'held' ? existing.info : null
        return {
          acquired: false,
          holder,
          holderText: holder ? describeHolder(holder) : 'một người dùng khác (tệp khóa không đọc được)'
        }
      }
      await this.breakStale(existing.signature)
    }
    return { acquired: false, holder: null, holderText: 'một người dùng khác (không giành được khóa)' }
  }

  /**
   * Like acquire(), but while another live writer holds the lock, tries again until `waitMs` has
   * passed: a `hoinghi import` holds it for about a second, and the next writer should queue behind
   * it rather than fail. A holder on another computer is waited for the same way (its lock goes
   * stale only after the stale time), and the last answer says who it is.
   */
  async acquireWaiting(waitMs: number): Promise<AcquireResult> {
    const deadline = Date.now() + waitMs
    let delay = 20
    for (;;) {
      const result = await this.acquire()
      if (result.acquired || Date.now() >= deadline) return result
      // An editing session on another computer may last all day: say who has it at once. A lock
      // that cannot be read yet is usually one being written this instant: worth another look.
      if (result.holder !== null && (result.holder.brief !== true || !this.mayStillRun(result.holder)))
        return result
      await new Promise((resolve) => setTimeout(resolve, delay))
      delay = Math.min(delay * 2, 200)
    }
  }

  async release(): Promise<void> {
    this.stopWatching()
    this.stopHeartbeat()
    if (!this.held) return
    this.since = null
    const existing = await this.readExisting()
    if (existing.kind === 'held' && existing.info.token === this.token)
      await fs.rm(this.lockFile, { force: true })
  }

  /**
   * Whether the lock file on disk is still ours. A laptop that slept past the stale time may have
   * lost it to another computer without any heartbeat noticing yet: every write asks first.
   */
  async verify(): Promise<boolean> {
    if (!this.since) return false
    const existing = await this.readExisting()
    if (existing.kind === 'held' && existing.info.token === this.token) return true
    if (!this.since) return false // released while we were reading: nothing was lost
    this.since = null
    if (existing.kind === 'held') this.stopHeartbeat()
    // A missing lock is what a stale-lock breaker leaves for the moment before it writes its own:
    // the heartbeat goes on watching so the holder's name replaces "removed" once it appears.
    else this.watchingForHolder = this.timer !== null
    this.onLost(existing.kind === 'held' ? existing.info : null)
    return false
  }

  /** Refreshes the heartbeat; gives the lock up (and says so) if someone else took it over meanwhile. */
  async beat(): Promise<void> {
    if (this.watchingForHolder) return this.lookForNewHolder()
    if (!(await this.verify())) return
    if (!this.since) return
    // Refresh through one handle, never by renaming a new file over the lock: between verify() and
    // a rename another computer may break the lock as stale and write its own, which the rename
    // would then destroy. Through a handle we either open their file and see their token (and leave
    // it), or write into our own old file after it was removed, which harms nobody.
    const handle = await fs.open(this.lockFile, 'r+').catch(() => null)
    if (!handle) {
      await this.verify()
      return
    }
    try {
      let info: LockInfo | null = null
      try {
        info = lockInfoSchema.parse(JSON.parse(await handle.readFile('utf8')))
      } catch {
        info = null
      }
      if (!info || info.token !== this.token || !this.since) return
      const body = Buffer.from(JSON.stringify(this.info(this.since)))
      await handle.truncate(0)
      await handle.write(body, 0, body.length, 0)
    } finally {
      await handle.close()
    }
    if (!(await this.verify())) return
  }

  private async lookForNewHolder(): Promise<void> {
    const existing = await this.readExisting()
    if (!this.watchingForHolder || existing.kind !== 'held' || existing.info.token === this.token) return
    this.stopWatching()
    this.onLost(existing.info)
  }

  private stopWatching(): void {
    if (!this.watchingForHolder) return
    this.watchingForHolder = false
    this.stopHeartbeat()
  }

  /** A brief holder on another computer whose heartbeat stopped long ago will not let go by itself. */
  private mayStillRun(holder: LockInfo): boolean {
    return holderLooksAlive(holder, this.now(), this.identity)
  }

  private info(since: string): LockInfo {
    const info: LockInfo = {
      app: 'hoinghi',
      ...this.identity,
      since,
      heartbeat: this.now().toISOString(),
      token: this.token
    }
    if (this.brief) info.brief = true
    return info
  }

  private async readExisting(): Promise<ExistingLock> {
    const signature = await lockSignature(this.lockFile)
    if (signature === null) return { kind: 'missing' }
    try {
      return { kind: 'held', info: lockInfoSchema.parse(JSON.parse(signature)), signature }
    } catch {
      return { kind: 'unreadable', signature }
    }
  }

  /** When we first saw this exact lock content (our clock); a new heartbeat starts the watch again. */
  private watchedSince(signature: string, now: number): number {
    const seen = firstSeen.get(this.lockFile)
    if (seen && seen.signature === signature) return seen.at
    firstSeen.set(this.lockFile, { signature, at: now })
    return now
  }

  private isStale(existing: Exclude<ExistingLock, { kind: 'missing' }>): boolean {
    const now = this.now().getTime()
    const watched = now - this.watchedSince(existing.signature, now)
    if (watched > this.staleMs) return true
    if (existing.kind === 'unreadable') return watched > Math.min(this.staleMs, LOCK_UNREADABLE_STALE_MS)
    const { info } = existing
    // Only on the same computer do the holder's times come from our clock, and can a pid be checked.
    if (info.host !== this.identity.host) return false
    if (now - new Date(info.heartbeat).getTime() > this.staleMs) return true
    return info.pid !== process.pid && !processAlive(info.pid)
  }

  /**
   * Moves the stale lock aside under a unique name, then checks that what moved is the lock judged
   * stale: another computer may have broken it and taken a fresh one between our read and our
   * rename. A fresh lock moved by mistake is put back (unless a newer one is already there).
   */
  private async breakStale(staleSignature: string): Promise<void> {
    const aside = `${this.lockFile}.${randomBytes(6).toString('hex')}.stale`
    try {
      await fs.rename(this.lockFile, aside)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    const moved = await lockSignature(aside)
    if (moved !== null && moved !== staleSignature) {
      try {
        await fs.copyFile(aside, this.lockFile, constants.COPYFILE_EXCL)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
    }
    await fs.rm(aside, { force: true })
  }

  private startHeartbeat(): void {
    this.stopHeartbeat()
    this.timer = setInterval(() => {
      this.beat().catch(() => undefined)
    }, this.heartbeatMs)
    this.timer.unref()
  }

  private stopHeartbeat(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}

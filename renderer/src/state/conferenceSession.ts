import type { LoadedConference } from '../../../shared/api/conferenceChannels'
import type { ConferenceDocument } from '../../../shared/model/conference'

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

export interface SessionSnapshot {
  key: string
  doc: ConferenceDocument
  canUndo: boolean
  canRedo: boolean
  saveState: SaveState
  saveError: string | null
  lastSavedAt: string | null
  readOnly: boolean
  lockHolder: string | null
  fileName: string
}

export interface UpdateOptions {
  /**
   * Edits with the same key in quick succession (typing in one field) become one undo step,
   * so Ctrl+Z takes back a word, not a letter.
   */
  coalesceKey?: string
}

export type Saver = (key: string, doc: ConferenceDocument) => Promise<{ savedAt: string }>

const HISTORY_LIMIT = 300
const COALESCE_MS = 1500

/**
 * The open conference in the renderer: the current document, undo and redo stacks of whole
 * immutable documents (cheap: unchanged parts are shared), and autosave shortly after each
 * edit, one save in flight at a time.
 */
export class ConferenceSession {
  private past: ConferenceDocument[] = []
  private future: ConferenceDocument[] = []
  private lastCoalesce: { key: string; at: number } | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: Promise<void> | null = null
  private dirty = false
  private listeners = new Set<() => void>()
  private snapshot: SessionSnapshot

  constructor(
    loaded: LoadedConference,
    private readonly saver: Saver,
    private readonly delayMs = 400,
    private readonly clock: () => number = () => Date.now()
  ) {
    this.snapshot = {
      key: loaded.key,
      doc: loaded.doc,
      canUndo: false,
      canRedo: false,
      saveState: 'saved',
      saveError: null,
      lastSavedAt: loaded.doc.updatedAt,
      readOnly: loaded.readOnly,
      lockHolder: loaded.lockHolder,
      fileName: loaded.fileName
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): SessionSnapshot => this.snapshot

  get doc(): ConferenceDocument {
    return this.snapshot.doc
  }

  update(recipe: (doc: ConferenceDocument) => ConferenceDocument, options: UpdateOptions = {}): void {
    if (this.snapshot.readOnly) return
    const current = this.snapshot.doc
    const next = recipe(current)
    if (next === current) return
    const now = this.clock()
    const coalesce =
      options.coalesceKey !== undefined &&
      this.lastCoalesce?.key === options.coalesceKey &&
      now - this.lastCoalesce.at < COALESCE_MS &&
      this.past.length > 0
    if (!coalesce) {
      this.past.push(current)
      if (this.past.length > HISTORY_LIMIT) this.past.shift()
    }
    this.lastCoalesce = options.coalesceKey !== undefined ? { key: options.coalesceKey, at: now } : null
    this.future = []
    this.commit(next)
  }

  undo(): void {
    const previous = this.past.pop()
    if (!previous || this.snapshot.readOnly) return
    this.future.push(this.snapshot.doc)
    this.lastCoalesce = null
    this.commit(previous)
  }

  redo(): void {
    const next = this.future.pop()
    if (!next || this.snapshot.readOnly) return
    this.past.push(this.snapshot.doc)
    this.lastCoalesce = null
    this.commit(next)
  }

  /** Saves now whatever is pending and resolves when the main side has it on disk. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
    for (let attempt = 0; attempt < 5 && (this.dirty || this.inFlight); attempt++) {
      if (this.inFlight) await this.inFlight
      else await this.saveNow()
      if (this.snapshot.saveState === 'error') throw new Error(this.snapshot.saveError ?? 'save failed')
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer)
    this.listeners.clear()
  }

  private commit(doc: ConferenceDocument): void {
    this.dirty = true
    this.set({
      doc,
      canUndo: this.past.length > 0,
      canRedo: this.future.length > 0,
      saveState: this.inFlight ? 'saving' : 'pending'
    })
    this.schedule()
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      void this.saveNow()
    }, this.delayMs)
  }

  private saveNow(): Promise<void> {
    if (this.inFlight) return this.inFlight
    if (!this.dirty) return Promise.resolve()
    const doc = this.snapshot.doc
    this.dirty = false
    this.set({ saveState: 'saving' })
    this.inFlight = this.saver(this.snapshot.key, doc)
      .then(({ savedAt }) => {
        this.set({ saveState: this.dirty ? 'pending' : 'saved', saveError: null, lastSavedAt: savedAt })
      })
      .catch((error: unknown) => {
        // Keep the edit: it is still in memory and will be retried with the next change or flush.
        this.dirty = true
        this.set({ saveState: 'error', saveError: error instanceof Error ? error.message : String(error) })
      })
      .finally(() => {
        this.inFlight = null
        if (this.dirty && this.snapshot.saveState !== 'error') this.schedule()
      })
    return this.inFlight
  }

  private set(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch }
    for (const listener of this.listeners) listener()
  }
}

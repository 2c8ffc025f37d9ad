import type { LoadedConference } from '../../../shared/api/conferenceChannels'
import type { ErrorCode } from '../../../shared/errors/appError'
import {
  findEditProblem,
  problemAtPath,
  type EditLang,
  type EditProblem
} from '../../../shared/edits/checkField'
import type { ConferenceDocument } from '../../../shared/model/conference'
import { ApiError } from '../api/client'

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

export interface SessionSnapshot {
  key: string
  doc: ConferenceDocument
  canUndo: boolean
  canRedo: boolean
  saveState: SaveState
  saveError: string | null
  /**
   * Why the last save failed, kept until a save succeeds (edits in between do not clear it):
   * "locked" means the file changed outside HoiNghi and the clerk must choose a version.
   */
  saveErrorCode: ErrorCode | null
  lastSavedAt: string | null
  readOnly: boolean
  lockHolder: string | null
  fileName: string
  /** The last undo or redo and the part of the workspace its edit was made in, so the UI can show it. */
  lastHistoryStep: { direction: 'undo' | 'redo'; context: string; serial: number } | null
  /** The last edit refused because the file format would not take it (where and why), until the next edit goes in. */
  refusedEdit: (EditProblem & { serial: number }) | null
  /** After a failed save: the value in the document that the file format refuses, if that is why. */
  saveProblem: EditProblem | null
  /** After a failed save: the recovery file the unsaved edits were written to (null while none could be written). */
  recoveryFile: string | null
}

/** Writes the unsaved document to the recovery file beside the conference (null removes it). */
export type Keeper = (key: string, doc: ConferenceDocument | null) => Promise<{ fileName: string | null }>

export interface UpdateOptions {
  /**
   * Edits with the same key in quick succession (typing in one field) become one undo step,
   * so Ctrl+Z takes back a word, not a letter.
   */
  coalesceKey?: string
}

export type Saver = (key: string, doc: ConferenceDocument) => Promise<{ savedAt: string }>

/** One step of history: the document before an edit, and where in the workspace the edit was made. */
interface HistoryEntry {
  doc: ConferenceDocument
  context: string
}

const HISTORY_LIMIT = 300
const COALESCE_MS = 1500

/**
 * The open conference in the renderer: the current document, undo and redo stacks of whole
 * immutable documents (cheap: unchanged parts are shared), and autosave shortly after each
 * edit, one save in flight at a time.
 */
export class ConferenceSession {
  private past: HistoryEntry[] = []
  private future: HistoryEntry[] = []
  private context = ''
  private serial = 0
  private lastCoalesce: { key: string; at: number } | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: Promise<void> | null = null
  private dirty = false
  /** Edits are held off while the main side settles a conflict, so none is typed into a document about to be replaced. */
  private frozen = false
  private listeners = new Set<() => void>()
  private snapshot: SessionSnapshot

  constructor(
    loaded: LoadedConference,
    private readonly saver: Saver,
    private readonly delayMs = 400,
    private readonly clock: () => number = () => Date.now(),
    private readonly keeper: Keeper | null = null
  ) {
    this.snapshot = {
      key: loaded.key,
      doc: loaded.doc,
      canUndo: false,
      canRedo: false,
      saveState: 'saved',
      saveError: null,
      saveErrorCode: null,
      lastSavedAt: loaded.doc.updatedAt,
      readOnly: loaded.readOnly,
      lockHolder: loaded.lockHolder,
      fileName: loaded.fileName,
      lastHistoryStep: null,
      refusedEdit: null,
      saveProblem: null,
      recoveryFile: null
    }
  }

  private language: EditLang = 'vi'

  /** The interface language, for the messages of refused edits. */
  setLanguage(language: EditLang): void {
    this.language = language
  }

  /** True while some edit is not yet on disk (waiting, being saved, or after a failed save). */
  hasUnsavedEdits(): boolean {
    return this.dirty || this.inFlight !== null
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): SessionSnapshot => this.snapshot

  get doc(): ConferenceDocument {
    return this.snapshot.doc
  }

  /** Where the clerk is working (the workspace tab); recorded with every edit for undo. */
  setContext(context: string): void {
    this.context = context
  }

  /**
   * Applies an edit, unless it holds a value the file format refuses: then nothing changes, the
   * refusal (tab, row, field, message) is published for the screen, and returned.
   */
  update(
    recipe: (doc: ConferenceDocument) => ConferenceDocument,
    options: UpdateOptions = {}
  ): EditProblem | null {
    if (this.snapshot.readOnly || this.frozen) return null
    const current = this.snapshot.doc
    const next = recipe(current)
    if (next === current) return null
    const problem = findEditProblem(current, next, this.language)
    if (problem) {
      this.set({ refusedEdit: { ...problem, serial: ++this.serial } })
      return problem
    }
    const now = this.clock()
    const coalesce =
      options.coalesceKey !== undefined &&
      this.lastCoalesce?.key === options.coalesceKey &&
      now - this.lastCoalesce.at < COALESCE_MS &&
      this.past.length > 0
    if (!coalesce) {
      this.past.push({ doc: current, context: this.context })
      if (this.past.length > HISTORY_LIMIT) this.past.shift()
    }
    this.lastCoalesce = options.coalesceKey !== undefined ? { key: options.coalesceKey, at: now } : null
    this.future = []
    if (this.snapshot.refusedEdit) this.set({ refusedEdit: null })
    this.commit(next)
    return null
  }

  /** Forgets the last refusal once the clerk fixed or abandoned the value. */
  clearRefusal(): void {
    if (this.snapshot.refusedEdit) this.set({ refusedEdit: null })
  }

  /**
   * Leaving without saving, as the clerk chose: the edits since the last save are dropped from the
   * session (the recovery file goes too, unless \`keepRecoveryFile\`).
   */
  async abandonUnsaved(keepRecoveryFile: boolean): Promise<void> {
    this.discardPending()
    if (!keepRecoveryFile && this.keeper) await this.keeper(this.snapshot.key, null).catch(() => undefined)
  }

  undo(): void {
    if (this.snapshot.readOnly || this.frozen) return
    const previous = this.past.pop()
    if (!previous) return
    // The redo entry keeps the context of the edit being undone, so redo shows the same place.
    this.future.push({ doc: this.snapshot.doc, context: previous.context })
    this.lastCoalesce = null
    this.commit(previous.doc, { direction: 'undo', context: previous.context, serial: ++this.serial })
  }

  redo(): void {
    if (this.snapshot.readOnly || this.frozen) return
    const next = this.future.pop()
    if (!next) return
    this.past.push({ doc: this.snapshot.doc, context: next.context })
    this.lastCoalesce = null
    this.commit(next.doc, { direction: 'redo', context: next.context, serial: ++this.serial })
  }

  /** Saves now whatever is pending and resolves when the main side has it on disk. */
  async flush(): Promise<void> {
    // Frozen while a conflict is settled: what is pending is the main side's to keep, not to save.
    if (this.frozen) return
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

  /**
   * For the window closing: hands the newest document to the main side at once, without waiting
   * for a save in flight (the page may be gone by then). The main side queues saves per file in
   * arrival order and flushes them before quitting, so the newest one lands last.
   */
  sendPendingNow(): void {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
    if (!this.dirty || this.snapshot.readOnly || this.frozen) return
    this.dirty = false
    void this.saver(this.snapshot.key, this.snapshot.doc).catch(() => {
      this.dirty = true
    })
  }

  /** Stops taking edits until `thaw()`; autosave waits too. */
  freeze(): void {
    this.frozen = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  thaw(): void {
    this.frozen = false
    if (this.dirty) this.schedule()
  }

  /**
   * Forgets unsaved edits without saving them: the main side has already kept them (as a conflict
   * snapshot, or written over the file) and the workspace is about to load the file again.
   */
  discardPending(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.dirty = false
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer)
    this.listeners.clear()
  }

  private commit(doc: ConferenceDocument, step: SessionSnapshot['lastHistoryStep'] = null): void {
    this.dirty = true
    this.set({
      doc,
      lastHistoryStep: step ?? this.snapshot.lastHistoryStep,
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
        const hadRecovery = this.snapshot.recoveryFile !== null
        this.set({
          saveState: this.dirty ? 'pending' : 'saved',
          saveError: null,
          saveErrorCode: null,
          saveProblem: null,
          recoveryFile: null,
          lastSavedAt: savedAt
        })
        // On disk now: the recovery file would only confuse a later open.
        if (hadRecovery && this.keeper) void this.keeper(this.snapshot.key, null).catch(() => undefined)
      })
      .catch(async (error: unknown) => {
        // Keep the edit: it is still in memory and will be retried with the next change or flush.
        this.dirty = true
        this.set({
          saveState: 'error',
          saveError: error instanceof Error ? error.message : String(error),
          saveErrorCode: error instanceof ApiError ? error.data.code : null,
          saveProblem:
            findEditProblem(null, doc, this.language) ??
            (error instanceof ApiError && error.data.field
              ? problemAtPath(doc, error.data.field, this.language)
              : null)
        })
        // And outside memory too, so a crash or a closed window loses nothing (newest document only).
        if (this.keeper && !this.snapshot.readOnly) {
          const newest = this.snapshot.doc
          try {
            const { fileName } = await this.keeper(this.snapshot.key, newest)
            this.set({ recoveryFile: fileName })
          } catch {
            this.set({ recoveryFile: null })
          }
        }
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

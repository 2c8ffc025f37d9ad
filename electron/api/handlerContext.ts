import type { PdfRenderer } from '../documents/renderInWorker'
import type { TableReader } from '../importExport/tableReader'
import type { EventName, EventPayload } from '../../shared/api/events'
import type { ConferenceStore } from '../storage/conferenceStore'
import type { SettingsStore } from '../settings/settingsStore'

export interface FileFilter {
  name: string
  extensions: string[]
}

/**
 * Native dialogs, behind an interface: the main process answers with Electron's dialog, the
 * tests with prepared answers. Paths come only from here or from the data folder, never from
 * the renderer.
 */
export interface DialogPort {
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  /** Several files at once; where missing, pickers fall back to one file. */
  openFiles?(options: { title: string; filters: FileFilter[] }): Promise<string[] | null>
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  chooseFolder(options: { title: string }): Promise<string | null>
}

export interface ShellPort {
  /** Opens a file the app itself wrote (a PDF) in the system viewer. */
  openPath(path: string): Promise<void>
}

export interface HandlerContext {
  dataDir: string
  store: ConferenceStore
  /** Reads import files (in a worker thread the app can stop). */
  tables: TableReader
  /** Renders PDFs in a process the app can stop (time and memory limit); absent: in-process worker. */
  pdf?: PdfRenderer
  settings: SettingsStore
  dialogs: DialogPort
  shell: ShellPort
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
  now(): Date
  appVersion: string
  platform: string
}

import { processTableReader } from '../../../electron/importExport/tableReader'
import { tsReaderProcess } from '../../support/tsReaderProcess'
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { createServices } from '../../../electron/api/createServices'
import { createDispatch, type Dispatch } from '../../../electron/api/dispatch'
import type { DialogPort, HandlerContext } from '../../../electron/api/handlerContext'
import { allHandlers } from '../../../electron/handlers/allHandlers'
import type { ConferenceStoreOptions } from '../../../electron/storage/conferenceStore'
import { ConferenceStore } from '../../../electron/storage/conferenceStore'

export interface DialogAnswers {
  openFile?: string | null
  saveFile?: string | null
  chooseFolder?: string | null
}

/** Dialogs that cancel unless a test prepared an answer: nothing reaches a path the test did not choose. */
export function preparedDialogs(answers: DialogAnswers = {}): DialogPort {
  return {
    openFile: async () => answers.openFile ?? null,
    saveFile: async () => answers.saveFile ?? null,
    chooseFolder: async () => answers.chooseFolder ?? null
  }
}

export interface TestApp {
  dataDir: string
  ctx: HandlerContext
  dispatch: Dispatch
  answers: DialogAnswers
  openedPaths: string[]
}

export async function tempDir(prefix = 'hoinghi-safety-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

/** A full handler context over a real data folder, as the main process builds it, minus Electron. */
export async function createTestApp(
  dataDir?: string,
  options: { now?: () => Date; store?: ConferenceStoreOptions } = {}
): Promise<TestApp> {
  const dir = dataDir ?? (await tempDir())
  const now = options.now ?? (() => new Date())
  const services = await createServices(dir, now)
  const store = options.store ? new ConferenceStore(dir, now, options.store) : services.store
  const answers: DialogAnswers = {}
  const openedPaths: string[] = []
  const ctx: HandlerContext = {
    dataDir: dir,
    store,
    tables: processTableReader(tsReaderProcess),
    settings: services.settings,
    dialogs: preparedDialogs(answers),
    shell: { openPath: async (path) => void openedPaths.push(path) },
    emit: () => undefined,
    now,
    appVersion: '0.0.0-test',
    platform: process.platform
  }
  return { dataDir: dir, ctx, dispatch: createDispatch(allHandlers, ctx), answers, openedPaths }
}

/** path (relative) → sha256 of every file under `dir`: compare before/after to prove nothing changed. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const result = new Map<string, string>()
  async function walk(current: string): Promise<void> {
    let entries
    try {
      entries = await fs.readdir(current, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const path = join(current, entry.name)
      if (entry.isDirectory()) await walk(path)
      else
        result.set(
          relative(dir, path),
          createHash('sha256')
            .update(await fs.readFile(path))
            .digest('hex')
        )
    }
  }
  await walk(dir)
  return result
}

export function diffTrees(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = []
  for (const [path, hash] of after)
    if (before.get(path) !== hash) changes.push(before.has(path) ? `changed ${path}` : `added ${path}`)
  for (const path of before.keys()) if (!after.has(path)) changes.push(`removed ${path}`)
  return changes
}

export function unwrap<T>(
  envelope: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`)
  return envelope.value
}

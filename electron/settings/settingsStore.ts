import { promises as fs } from 'node:fs'
import { dirname } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import type { Adapter } from 'lowdb'
import { languages } from '../../shared/api/settingsChannels'
import { durableWrite, removeStaleTemps } from '../storage/durableWrite'

const boundsSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().min(200),
  height: z.number().min(200),
  maximized: z.boolean()
})

export const settingsFileSchema = z.object({
  language: z.enum(languages),
  windowBounds: boundsSchema.nullable(),
  /** Conference files opened from outside the data folder: key → absolute path. */
  externalFiles: z.record(z.string(), z.string())
})
export type SettingsFile = z.infer<typeof settingsFileSchema>
export type WindowBounds = z.infer<typeof boundsSchema>

export function defaultSettings(): SettingsFile {
  return { language: 'vi', windowBounds: null, externalFiles: {} }
}

export interface SettingsProblem {
  file: string
  reason: string
}

class SettingsAdapter implements Adapter<SettingsFile> {
  problem: SettingsProblem | null = null
  constructor(private readonly file: string) {}

  async read(): Promise<SettingsFile | null> {
    let text: string
    try {
      text = await fs.readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    try {
      return settingsFileSchema.parse(JSON.parse(text))
    } catch (error) {
      // A broken settings file must not stop the app: report it, and let the caller quarantine it.
      this.problem = {
        file: this.file,
        reason: error instanceof Error ? error.message.slice(0, 300) : String(error)
      }
      return null
    }
  }

  async write(data: SettingsFile): Promise<void> {
    await durableWrite(this.file, JSON.stringify(data, null, 2))
  }
}

/**
 * Per-user preferences and the registry of external conference files. Writes go one after the
 * other through a single queue: two at once (language, window size on close, an external file
 * registered) could otherwise land out of order and leave the disk behind memory.
 */
export class SettingsStore {
  private readonly adapter: SettingsAdapter
  private readonly db: Low<SettingsFile>
  private queue: Promise<unknown> = Promise.resolve()

  constructor(readonly file: string) {
    this.adapter = new SettingsAdapter(file)
    this.db = new Low<SettingsFile>(this.adapter, defaultSettings())
  }

  /** Loads the file; a broken one is reported through `problem` and replaced by defaults only in memory. */
  async load(): Promise<SettingsProblem | null> {
    // Temp files of a settings write cut short by a crash (their process is gone): litter only.
    await removeStaleTemps(dirname(this.file))
    await this.db.read()
    if (this.db.data === null) this.db.data = defaultSettings()
    return this.adapter.problem
  }

  get data(): SettingsFile {
    return this.db.data
  }

  async update(change: Partial<SettingsFile>): Promise<SettingsFile> {
    const next = settingsFileSchema.parse({ ...this.db.data, ...change })
    this.db.data = next
    // Each write takes what memory holds when its turn comes, so the last one to land is the newest.
    const write = this.queue.catch(() => undefined).then(() => this.db.write())
    this.queue = write
    await write
    return next
  }

  /** Resolves once every queued write is on disk (the main process calls it before quitting). */
  async flush(): Promise<void> {
    let pending: Promise<unknown>
    do {
      pending = this.queue
      await pending.catch(() => undefined)
    } while (pending !== this.queue)
  }
}

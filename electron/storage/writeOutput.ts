import { promises as fs } from 'node:fs'
import { dirname } from 'node:path'
import { describeIoError, type IoLang } from './describeIoError'
import { durableWrite } from './durableWrite'
import { refuseLiveTarget, type LiveTargetOptions } from './refuseLiveTarget'

export interface OutputOptions extends Omit<LiveTargetOptions, 'noConferenceFiles'> {
  /** Create the target's folder (render's `venues/`); exports expect the folder to exist. */
  createFolder?: boolean
  /** A conference copy ("Lưu bản sao") is the one output allowed to be a `.hoinghi.json`. */
  conferenceCopy?: boolean
  lang?: IoLang
}

/**
 * The one way HoiNghi writes a file the clerk chose (PDF, Word, CSV, XLSX, JSON, a copy): refuse a
 * target that is, by any spelling or link, a conference file or inside the data folder; then write
 * a temp file beside it, flush it, and rename it over the target. The rename replaces a symlink or a
 * hard-linked name instead of writing through it, and a crash or kill leaves the previous file whole
 * (never a 0-byte or half-written PDF). Disk errors come back as one sentence naming the target.
 */
export async function writeOutputFile(
  target: string,
  data: string | Uint8Array,
  options: OutputOptions
): Promise<void> {
  refuseLiveTarget(target, { ...options, noConferenceFiles: options.conferenceCopy !== true })
  try {
    if (options.createFolder) await fs.mkdir(dirname(target), { recursive: true })
    const existing = await fs.stat(target).catch(() => null)
    if (existing?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${target}`), { code: 'EISDIR' })
    await durableWrite(target, data)
  } catch (error) {
    throw describeIoError(target, error, 'write', options.lang)
  }
}

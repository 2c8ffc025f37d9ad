import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { AppError } from '../../shared/errors/appError'
import { CONFERENCE_SUFFIX, dataPaths } from './dataPaths'

export interface LiveTargetOptions {
  /** The app's data folder: nothing under conferences/, snapshots/, quarantine/, trash/ nor settings.json is an export target. */
  dataDir?: string
  /** Files that must survive this write: the conference being exported, other open conference files. */
  protect: string[]
  /**
   * For exports and PDFs: also refuse any conference file anywhere (a `.hoinghi.json`, its `.bak`
   * or `.lock`), open or not, valid or not; only the store and `new`/`import` write those.
   */
  noConferenceFiles?: boolean
  /** For tests: compare as Windows does (case-insensitive, backslashes). Defaults to this machine. */
  platform?: NodeJS.Platform
}

/**
 * The real path of `file`, following links: of the file itself when it exists, else of the
 * nearest folder that does (a new file's name cannot be a link yet).
 */
function canonical(file: string, paths: path.PlatformPath): string {
  const absolute = paths.resolve(file)
  if (paths !== path) return absolute
  const missing: string[] = []
  let current = absolute
  for (;;) {
    try {
      return paths.join(realpathSync.native(current), ...missing)
    } catch {
      const parent = paths.dirname(current)
      if (parent === current) return absolute
      missing.unshift(paths.basename(current))
      current = parent
    }
  }
}

function sameInode(a: string, b: string): boolean {
  try {
    const first = statSync(a)
    const second = statSync(b)
    return first.isFile() && first.dev === second.dev && first.ino === second.ino
  } catch {
    return false
  }
}

/**
 * Refuses to let an export, a PDF or a copy be written over a file the app lives on: the
 * conference being exported (with its .bak and .lock), any conference, snapshot, quarantined or
 * trashed file in the data folder, and the settings. Those are written only through the
 * validating, durable store; a save dialog or a --out argument must never reach them.
 */
export function refuseLiveTarget(target: string, options: LiveTargetOptions): void {
  const platform = options.platform ?? process.platform
  const paths = platform === 'win32' ? path.win32 : path.posix
  const fold = platform === 'win32' ? (text: string) => text.toLowerCase() : (text: string) => text
  const key = (file: string) => fold(canonical(file, paths))
  const wanted = key(target)

  const protectedFiles = options.protect.flatMap((file) => [file, `${file}.bak`, `${file}.lock`])
  const folders: string[] = []
  if (options.dataDir !== undefined) {
    const data = dataPaths(options.dataDir)
    protectedFiles.push(data.settings, `${data.settings}.bak`)
    folders.push(data.conferences, data.snapshots, data.quarantine, data.trash)
  }
  const hitsFile = protectedFiles.some(
    (file) => key(file) === wanted || (paths === path && sameInode(target, file))
  )
  const hitsFolder = folders.some((folder) => {
    const inside = paths.relative(key(folder), wanted)
    const outside = inside === '..' || inside.startsWith(`..${paths.sep}`) || paths.isAbsolute(inside)
    return !outside
  })
  // Any case, on any system: refusing an odd spelling costs nothing, and a shared folder may be Windows'.
  const name = paths.basename(target).toLowerCase()
  const conferenceName = [CONFERENCE_SUFFIX, `${CONFERENCE_SUFFIX}.bak`, `${CONFERENCE_SUFFIX}.lock`].some(
    (suffix) => name.endsWith(suffix)
  )
  if (hitsFile || hitsFolder || (options.noConferenceFiles === true && conferenceName)) {
    throw new AppError({
      code: 'forbidden',
      message:
        'không ghi đè lên tệp hội nghị, bản lưu hay cài đặt của HoiNghi; hãy chọn tên hoặc thư mục khác',
      file: paths.basename(target)
    })
  }
}

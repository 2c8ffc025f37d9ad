import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/errors/appError'
import { CONFERENCE_SUFFIX, dataPaths } from './dataPaths'
import { comparablePath, hostPathRules, isSameOrInside, windowsPathRules, type PathRules } from './pathRules'

export interface LiveTargetOptions {
  /**
   * The app's data folder: the folder itself and everything in it is refused, except `print/`, the
   * app's own scratch folder for "open in viewer".
   */
  dataDir?: string
  /** Files that must survive this write: the conference being exported, other open conference files. */
  protect: string[]
  /**
   * For exports and PDFs: also refuse any conference file anywhere (a `.hoinghi.json`, its `.bak`
   * or `.lock`), open or not, valid or not, by its name as typed, by the name it resolves to, and by
   * its content; only the store and `new`/`import` write those.
   */
  noConferenceFiles?: boolean
  /** For tests: compare as Windows does (case-insensitive, backslashes, its spellings). */
  platform?: NodeJS.Platform
  /** For tests of the Windows rules: a fake realpath (short names, links) instead of the disk's. */
  realpath?: (file: string) => string
}

const CONFERENCE_NAMES = [CONFERENCE_SUFFIX, `${CONFERENCE_SUFFIX}.bak`, `${CONFERENCE_SUFFIX}.lock`]

function rulesFor(options: LiveTargetOptions): { rules: PathRules; onDisk: boolean } {
  const platform = options.platform ?? process.platform
  if (options.realpath || platform !== process.platform) {
    const realpath = options.realpath
    if (platform === 'win32') return { rules: windowsPathRules(realpath), onDisk: false }
    const host = hostPathRules()
    return {
      rules: { ...host, foldCase: false, realpath: realpath ?? ((file) => file) },
      onDisk: false
    }
  }
  return { rules: hostPathRules(), onDisk: true }
}

function identity(file: string): { dev: number; ino: number; nlink: number } | null {
  try {
    const stat = statSync(file)
    return stat.isFile() ? { dev: stat.dev, ino: stat.ino, nlink: stat.nlink } : null
  } catch {
    return null
  }
}

/** Whether an existing file (links followed) holds a conference or one of our lock files. */
function looksLikeConference(file: string): boolean {
  let fd: number | null = null
  try {
    if (!statSync(file).isFile()) return false
    fd = openSync(file, 'r')
    const head = Buffer.alloc(4096)
    const length = readSync(fd, head, 0, head.length, 0)
    const text = head.subarray(0, length).toString('utf8')
    return /"format"\s*:\s*"hoinghi\.conference"/.test(text) || /^\s*\{\s*"app"\s*:\s*"hoinghi"/.test(text)
  } catch {
    return false
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/** Files directly in the data folder's own folders (one level of snapshot folders too): for link counts. */
function dataFolderFiles(dataDir: string): string[] {
  const data = dataPaths(dataDir)
  const files: string[] = [data.settings]
  const list = (dir: string, depth: number): void => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const full = join(dir, entry.name)
      if (entry.isFile()) files.push(full)
      else if (entry.isDirectory() && depth > 0) list(full, depth - 1)
    }
  }
  for (const dir of [data.conferences, data.quarantine, data.trash]) list(dir, 0)
  list(data.snapshots, 1)
  return files
}

/**
 * Refuses to let an export, a PDF or a copy be written over a file the app lives on: the
 * conference being exported (with its .bak and .lock), anything in the data folder (but its print
 * scratch folder), and, for exports, any conference file anywhere. Paths are compared after the
 * system's own normalisation and link resolution (a symlink named `agenda.pdf` that leads to a
 * conference is the conference), and a file with other hard links is compared by device and inode.
 * The write itself then goes to a temp file renamed over the target (writeOutput), which replaces
 * the link rather than writing through it.
 */
export function refuseLiveTarget(target: string, options: LiveTargetOptions): void {
  const { rules, onDisk } = rulesFor(options)
  const { paths } = rules
  const key = (file: string): string => comparablePath(file, rules)
  const wanted = key(target)

  const protectedFiles = options.protect.flatMap((file) => [file, `${file}.bak`, `${file}.lock`])
  let hitsData = false
  if (options.dataDir !== undefined) {
    const data = dataPaths(options.dataDir)
    protectedFiles.push(data.settings, `${data.settings}.bak`)
    const dataKey = key(options.dataDir)
    hitsData =
      isSameOrInside(wanted, dataKey, paths) &&
      !isSameOrInside(wanted, key(join(options.dataDir, 'print')), paths)
  }
  let hitsFile = protectedFiles.some((file) => key(file) === wanted)

  const names = [paths.basename(target), paths.basename(wanted)].map((name) => name.toLowerCase())
  let conferenceName =
    options.noConferenceFiles === true &&
    names.some((name) => CONFERENCE_NAMES.some((suffix) => name.endsWith(suffix)))

  if (onDisk && !hitsFile && !hitsData && !conferenceName) {
    const found = identity(target)
    if (found) {
      if (options.noConferenceFiles === true && looksLikeConference(target)) conferenceName = true
      // A hard link is the same file under another name: compare by device and inode.
      if (found.nlink > 1) {
        const candidates = [
          ...protectedFiles,
          ...(options.dataDir !== undefined ? dataFolderFiles(options.dataDir) : [])
        ]
        hitsFile = candidates.some((file) => {
          const other = identity(file)
          return other !== null && other.dev === found.dev && other.ino === found.ino
        })
      }
    }
  }
  if (hitsFile || hitsData || conferenceName) {
    throw new AppError({
      code: 'forbidden',
      message:
        'không ghi đè lên tệp hội nghị, bản lưu hay cài đặt của HoiNghi, kể cả qua liên kết; hãy chọn tên hoặc thư mục khác',
      file: paths.basename(target)
    })
  }
}

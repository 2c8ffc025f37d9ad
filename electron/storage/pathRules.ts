import { realpathSync } from 'node:fs'
import path from 'node:path'

/**
 * How one operating system spells and resolves paths, so that two spellings of one file compare
 * equal. Passed in, not read from `process.platform`, so that the Windows rules run in tests on
 * any system (with a fake `realpath` standing in for the file system).
 */
export interface PathRules {
  paths: path.PlatformPath
  /** The real path of an existing file or folder (links followed); throws when it does not exist. */
  realpath: (file: string) => string
  /** Case-insensitive file system: compare lower-cased. */
  foldCase: boolean
  /** Windows only: undo the spellings Win32 accepts for one file (see normalizeWindowsSpelling). */
  windowsSpelling: boolean
}

/**
 * What Win32 does to a path before the file system sees it, for the spellings that let the same
 * file pass a name check: `\\?\C:\…` and `\\?\UNC\srv\share\…` (no parsing prefix),
 * `\\localhost\C$\…` / `\\127.0.0.1\C$\…` / `\\.\C:\…` (this computer's own drive), a trailing dot
 * or space on any component (dropped), and `name::$DATA` / `name:stream` (a stream of `name`:
 * writing it changes `name`'s file). 8.3 short names (`HOI-NG~1.JSO`) are left to realpath.
 */
export function normalizeWindowsSpelling(file: string): string {
  let text = file.replace(/\//g, '\\')
  const verbatimUnc = /^\\\\[?.]\\UNC\\/i.exec(text)
  if (verbatimUnc) text = `\\\\${text.slice(verbatimUnc[0].length)}`
  else if (/^\\\\[?.]\\[A-Za-z]:/.test(text)) text = text.slice(4)
  const adminShare = /^\\\\(?:localhost|127\.0\.0\.1|\[?::1\]?|\.)\\([A-Za-z])\$(?=\\|$)/i.exec(text)
  if (adminShare) text = `${adminShare[1]}:${text.slice(adminShare[0].length)}`
  const drive = /^[A-Za-z]:/.exec(text)?.[0] ?? ''
  const rest = text.slice(drive.length)
  const parts = rest.split('\\').map((part) => {
    if (part === '.' || part === '..' || part === '') return part
    const stream = part.indexOf(':')
    const name = stream >= 0 ? part.slice(0, stream) : part
    // "a.json. . " is "a.json"; a name made only of dots and spaces is left for Windows to refuse.
    const trimmed = name.replace(/[. ]+$/, '')
    return trimmed === '' ? name : trimmed
  })
  return drive + parts.join('\\')
}

/** This computer's rules; Windows resolves 8.3 short names through realpath.native. */
export function hostPathRules(): PathRules {
  const windows = process.platform === 'win32'
  return {
    paths: windows ? path.win32 : path.posix,
    realpath: (file) => realpathSync.native(file),
    foldCase: windows || process.platform === 'darwin',
    windowsSpelling: windows
  }
}

/** Windows' rules with a given realpath (tests pass a fake that knows a few files and short names). */
export function windowsPathRules(realpath: (file: string) => string = noRealpath): PathRules {
  return { paths: path.win32, realpath, foldCase: true, windowsSpelling: true }
}

function noRealpath(file: string): string {
  throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' })
}

/**
 * The one spelling of `file` two paths are compared by: absolute, Windows spellings undone, links
 * and short names resolved for the longest part that exists (a new file's name cannot be a link
 * yet), case folded where the file system ignores case.
 */
export function comparablePath(file: string, rules: PathRules): string {
  const { paths } = rules
  const spell = (text: string): string => (rules.windowsSpelling ? normalizeWindowsSpelling(text) : text)
  const absolute = spell(paths.resolve(spell(file)))
  const missing: string[] = []
  let current = absolute
  let resolved = absolute
  for (;;) {
    try {
      resolved = spell(paths.join(rules.realpath(current), ...missing))
      break
    } catch {
      const parent = paths.dirname(current)
      if (parent === current) break
      missing.unshift(paths.basename(current))
      current = parent
    }
  }
  return rules.foldCase ? resolved.toLowerCase() : resolved
}

/** Whether `inner` is `outer` itself or inside it (both already comparable). */
export function isSameOrInside(inner: string, outer: string, paths: path.PlatformPath): boolean {
  const relative = paths.relative(outer, inner)
  if (relative === '') return true
  return !(relative === '..' || relative.startsWith(`..${paths.sep}`) || paths.isAbsolute(relative))
}

import path from 'node:path'

/** Electron names the user-data folder after the app (package.json "name", no productName set). */
export const APP_FOLDER_NAME = 'hoinghi'

/**
 * The folder Electron's `app.getPath('userData')` gives HoiNghi, worked out without Electron,
 * so the CLI keeps its snapshots and settings where the app does: Windows `%APPDATA%\hoinghi`,
 * macOS `~/Library/Application Support/hoinghi`, elsewhere `$XDG_CONFIG_HOME/hoinghi` or
 * `~/.config/hoinghi`. Relative XDG/APPDATA values are ignored, as Electron ignores them.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  homedir: string
): string {
  if (platform === 'win32') {
    const appData = env['APPDATA']
    const base =
      appData && path.win32.isAbsolute(appData) ? appData : path.win32.join(homedir, 'AppData', 'Roaming')
    return path.win32.join(base, APP_FOLDER_NAME)
  }
  if (platform === 'darwin')
    return path.posix.join(homedir, 'Library', 'Application Support', APP_FOLDER_NAME)
  const config = env['XDG_CONFIG_HOME']
  const base = config && path.posix.isAbsolute(config) ? config : path.posix.join(homedir, '.config')
  return path.posix.join(base, APP_FOLDER_NAME)
}

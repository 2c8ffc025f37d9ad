import { join } from 'node:path'

/** The folder the portable .exe keeps its data in, beside itself, so it travels on the USB stick. */
export const PORTABLE_DATA_FOLDER = 'HoiNghi-data'

/**
 * Where HoiNghi keeps everything: HOINGHI_DATA_DIR if set (tests, scripts); for the portable
 * .exe (electron-builder sets PORTABLE_EXECUTABLE_DIR) a folder beside it; else the app's
 * user-data folder.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const fromEnv = env['HOINGHI_DATA_DIR']
  if (fromEnv && fromEnv.trim().length > 0) return fromEnv
  const portable = env['PORTABLE_EXECUTABLE_DIR']
  if (portable && portable.trim().length > 0) return join(portable, PORTABLE_DATA_FOLDER)
  return userDataDir
}

export const CONFERENCE_SUFFIX = '.hoinghi.json'

export function dataPaths(dataDir: string) {
  return {
    conferences: join(dataDir, 'conferences'),
    trash: join(dataDir, 'trash'),
    snapshots: join(dataDir, 'snapshots'),
    quarantine: join(dataDir, 'quarantine'),
    settings: join(dataDir, 'settings.json'),
    conferenceFile: (id: string) => join(dataDir, 'conferences', `${id}${CONFERENCE_SUFFIX}`)
  }
}

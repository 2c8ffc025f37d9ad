import { join } from 'node:path'

/** Where HoiNghi keeps everything: HOINGHI_DATA_DIR if set (tests, portable installs), else the app's user-data folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const fromEnv = env['HOINGHI_DATA_DIR']
  return fromEnv && fromEnv.trim().length > 0 ? fromEnv : userDataDir
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

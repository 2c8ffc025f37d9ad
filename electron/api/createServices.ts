import { ConferenceStore } from '../storage/conferenceStore'
import { dataPaths } from '../storage/dataPaths'
import { SettingsStore, type SettingsProblem } from '../settings/settingsStore'
import { quarantineFile } from '../storage/quarantine'

export interface Services {
  store: ConferenceStore
  settings: SettingsStore
  /** Set when the settings file was broken and moved aside at start. */
  settingsProblem: (SettingsProblem & { quarantinedTo: string }) | null
}

/** Opens the data folder: used alike by the main process, the CLI and the test transport. */
export async function createServices(dataDir: string, now: () => Date = () => new Date()): Promise<Services> {
  const store = new ConferenceStore(dataDir, now)
  await store.ensureFolders()
  const paths = dataPaths(dataDir)
  const settings = new SettingsStore(paths.settings)
  const problem = await settings.load()
  let settingsProblem: Services['settingsProblem'] = null
  if (problem) {
    const quarantinedTo = await quarantineFile(problem.file, paths.quarantine, now())
    settingsProblem = { ...problem, quarantinedTo }
  }
  return { store, settings, settingsProblem }
}

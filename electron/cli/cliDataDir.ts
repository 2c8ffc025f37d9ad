import { homedir } from 'node:os'
import { resolveDataDir } from '../storage/dataPaths'
import { defaultUserDataDir } from '../storage/userDataDir'
import type { CliIo } from './cliIo'

/**
 * The CLI keeps snapshots where the app does (HOINGHI_DATA_DIR, else the app's user-data
 * folder), never in the current directory: a snapshot taken by `hoinghi import` is then listed
 * in the app's History screen. The conference file itself stays wherever the user named it.
 */
export function cliDataDir(io: CliIo): string {
  return resolveDataDir(io.env, defaultUserDataDir(process.platform, io.env, homedir()))
}

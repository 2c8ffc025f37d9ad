import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliIo } from '../../electron/cli/cliIo'

export interface CliHarness {
  /** The working folder the CLI runs in. */
  dir: string
  /** Its own data folder: never the real user-data folder, where the CLI keeps snapshots. */
  dataDir: string
  out: string[]
  err: string[]
  io: CliIo
  cleanup(): Promise<void>
}

/** A CLI run captured in memory, in fresh temporary folders. */
export async function createCliHarness(prefix: string): Promise<CliHarness> {
  const dir = await fs.mkdtemp(join(tmpdir(), `${prefix}-`))
  const dataDir = await fs.mkdtemp(join(tmpdir(), `${prefix}-data-`))
  const out: string[] = []
  const err: string[] = []
  return {
    dir,
    dataDir,
    out,
    err,
    io: {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      cwd: dir,
      env: { HOINGHI_DATA_DIR: dataDir }
    },
    async cleanup() {
      await fs.rm(dir, { recursive: true, force: true })
      await fs.rm(dataDir, { recursive: true, force: true })
    }
  }
}

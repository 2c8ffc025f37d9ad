import { readFileSync } from 'node:fs'
import { promises as fs } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { restoreBackup, writeBackup } from '../../backup/backupArchive'
import { cliDataDir } from '../cliDataDir'
import { EXIT_OK, UsageError, type CliCommand } from '../cliIo'

/** package.json's version, from the sources (electron/cli/commands) or the bundle (out/cli). */
function appVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const up of ['../../..', '../..']) {
    try {
      const pkg = JSON.parse(readFileSync(join(here, up, 'package.json'), 'utf8')) as {
        name?: string
        version?: string
      }
      if (pkg.name === 'hoinghi' && pkg.version) return pkg.version
    } catch {
      // try the next level
    }
  }
  return 'unknown'
}

const ACTION_LABEL = {
  add: 'thêm mới',
  'replace-older': 'thay bản cũ hơn',
  same: 'giống hệt, bỏ qua',
  'keep-newer': 'bản trên máy mới hơn, giữ nguyên'
} as const

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'hoinghi backup --out <file.zip>',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' } }
    })
    if (!values.out || positionals.length > 0) throw new UsageError(this.usage)
    const target = resolve(io.cwd, values.out)
    const summary = await writeBackup(cliDataDir(io), target, {
      includeSnapshots: false,
      appVersion: appVersion(),
      now: new Date()
    })
    io.out(`${target}: ${summary.conferences} hội nghị, ${summary.bytes} byte`)
    return EXIT_OK
  }
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'hoinghi restore <file.zip> [--dry-run]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' } }
    })
    const [source, ...extra] = positionals
    if (!source || extra.length > 0) throw new UsageError(this.usage)
    const file = resolve(io.cwd, source)
    const zip = await fs.readFile(file)
    // A newer conference is never overwritten from the command line: the app asks about each.
    const report = await restoreBackup(cliDataDir(io), zip, basename(file), {
      dryRun: values['dry-run'] === true
    })
    const verb = report.dryRun ? 'sẽ' : 'đã'
    for (const item of report.plan) io.out(`${item.path}: "${item.title}" — ${ACTION_LABEL[item.action]}`)
    io.out(
      `${verb} khôi phục ${report.restored.length} hội nghị, ${report.snapshotsAdded} bản lưu; giữ nguyên ${report.keptNewer.length} hội nghị mới hơn`
    )
    return EXIT_OK
  }
}

import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { basename, join } from 'node:path'
import { AppError } from '../../shared/errors/appError'
import { parseConferenceText } from '../../shared/model/parseConferenceDocument'
import type { HandlerMap } from '../api/handlers'
import { openBackup, planRestore, restoreBackup, writeBackup } from '../backup/backupArchive'
import { SAMPLE_CONFERENCE_FILE, SAMPLE_IMPORT_TEMPLATE, samplesDir } from '../samples/samplePaths'
import { newConferenceId } from '../storage/conferenceStore'
import { writeOutputFile } from '../storage/writeOutput'

const ZIP_FILTERS = [{ name: 'Bản sao lưu HoiNghi (.zip)', extensions: ['zip'] }]

/** Backups the clerk opened in this session, by token: the renderer never names a path. */
const openedBackups = new Map<string, string>()

function fileStamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export const shipHandlers: HandlerMap<
  | 'samples:openConference'
  | 'samples:saveImportTemplate'
  | 'app:openDataFolder'
  | 'backup:create'
  | 'backup:inspect'
  | 'backup:restore'
> = {
  'samples:openConference': async (_input, ctx) => {
    const source = join(samplesDir(), SAMPLE_CONFERENCE_FILE)
    const { doc } = parseConferenceText(await fs.readFile(source, 'utf8'), SAMPLE_CONFERENCE_FILE)
    const id = newConferenceId()
    const stamp = ctx.now().toISOString()
    // A copy of its own: the shipped file stays as it is, and a second "open" gives a second copy.
    await ctx.store.ensureFolders()
    await ctx.store.writeNew(ctx.store.paths.conferenceFile(id), {
      ...doc,
      id,
      createdAt: stamp,
      updatedAt: stamp
    })
    return { key: id }
  },

  'samples:saveImportTemplate': async (_input, ctx) => {
    const target = await ctx.dialogs.saveFile({
      title: 'Lưu tệp Excel mẫu',
      defaultName: SAMPLE_IMPORT_TEMPLATE,
      filters: [{ name: 'Excel (.xlsx)', extensions: ['xlsx'] }]
    })
    if (!target) return null
    // Through the one output writer: a dialog may point anywhere, never at the app's own files.
    await writeOutputFile(target, await fs.readFile(join(samplesDir(), SAMPLE_IMPORT_TEMPLATE)), {
      dataDir: ctx.dataDir,
      protect: Object.values(ctx.settings.data.externalFiles)
    })
    return { fileName: basename(target) }
  },

  'app:openDataFolder': async (_input, ctx) => {
    await fs.mkdir(ctx.dataDir, { recursive: true })
    await ctx.shell.openPath(ctx.dataDir)
    return {}
  },

  'backup:create': async (input, ctx) => {
    const target = await ctx.dialogs.saveFile({
      title: 'Sao lưu toàn bộ',
      defaultName: `hoinghi-sao-luu-${fileStamp(ctx.now())}.zip`,
      filters: ZIP_FILTERS
    })
    if (!target) return null
    // Saves still in flight land first, so the backup holds what the clerk last saw.
    await ctx.store.flushAll()
    const summary = await writeBackup(ctx.dataDir, target, {
      includeSnapshots: input.includeSnapshots,
      appVersion: ctx.appVersion,
      now: ctx.now()
    })
    return {
      fileName: basename(target),
      conferences: summary.conferences,
      snapshots: summary.snapshots,
      bytes: summary.bytes
    }
  },

  'backup:inspect': async (_input, ctx) => {
    const source = await ctx.dialogs.openFile({ title: 'Khôi phục từ bản sao lưu', filters: ZIP_FILTERS })
    if (!source) return null
    const opened = openBackup(await fs.readFile(source), basename(source))
    const token = randomBytes(16).toString('hex')
    openedBackups.set(token, source)
    return {
      token,
      fileName: basename(source),
      createdAt: opened.manifest.createdAt,
      plan: await planRestore(ctx.dataDir, opened),
      snapshots: opened.manifest.files.filter((file) => file.kind === 'snapshot').length
    }
  },

  'backup:restore': async (input, ctx) => {
    const source = openedBackups.get(input.token)
    if (!source)
      throw new AppError({
        code: 'not-found',
        message: 'bản sao lưu chưa được mở hoặc đã hết hạn; hãy chọn lại tệp'
      })
    await ctx.store.flushAll()
    // Read again and checked again: the file may have changed since the plan was shown.
    const report = await restoreBackup(ctx.dataDir, await fs.readFile(source), basename(source), {
      overwrite: input.overwrite,
      now: ctx.now
    })
    openedBackups.delete(input.token)
    const titleOf = (path: string) => report.plan.find((item) => item.path === path)?.title ?? path
    return {
      restored: report.restored.map((path) => ({ path, title: titleOf(path) })),
      keptNewer: report.keptNewer.map((path) => ({ path, title: titleOf(path) })),
      unchanged: report.plan.filter((item) => item.action === 'same').length,
      snapshotsAdded: report.snapshotsAdded
    }
  }
}

import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import {
  conferenceKey,
  isPlainConferenceKey,
  type ConferenceSummary
} from '../../shared/api/conferenceChannels'
import { AppError } from '../../shared/errors/appError'
import { safeFileName } from '../../shared/text/safeFileName'
import type { ConferenceDocument } from '../../shared/model/conference'
import type { HandlerContext } from '../api/handlerContext'
import type { HandlerMap } from '../api/handlers'
import { fileStamp } from '../storage/quarantine'
import {
  explainMissing,
  isContentFailure,
  listRecoveryCandidates,
  quarantineBrokenConference
} from '../storage/recoverConference'
import { readConferenceFile } from '../storage/readConferenceFile'
import { newConferenceId } from '../storage/conferenceStore'
import { CONFERENCE_SUFFIX } from '../storage/dataPaths'
import { fileExists } from '../storage/fileExists'
import { writeOutputFile } from '../storage/writeOutput'
import { resolveConferenceFile } from './resolveConferenceFile'

const CONFERENCE_FILTERS = [{ name: 'HoiNghi', extensions: ['json'] }]

async function summarise(file: string, key: string, external: boolean): Promise<ConferenceSummary> {
  const base = { key, external, fileName: basename(file) }
  try {
    const read = await readConferenceFile(file)
    if (!read) throw new AppError({ code: 'not-found', message: 'không tìm thấy tệp', file: basename(file) })
    const { doc } = read
    return {
      ...base,
      title: doc.conference.title,
      kind: doc.conference.kind,
      date: doc.conference.date,
      place: doc.conference.place,
      updatedAt: doc.updatedAt,
      delegates: doc.delegates.length,
      problem: null
    }
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error)
    return {
      ...base,
      title: basename(file),
      kind: null,
      date: '',
      place: '',
      updatedAt: '',
      delegates: 0,
      problem
    }
  }
}

/**
 * Conferences whose live file was quarantined and not yet restored: they stay in the list with
 * their problem, so the clerk can still reach the restore after leaving the recovery screen.
 */
async function quarantinedSummaries(
  ctx: HandlerContext,
  listed: ReadonlySet<string>
): Promise<ConferenceSummary[]> {
  let names: string[]
  try {
    names = await fs.readdir(ctx.store.paths.quarantine)
  } catch {
    return []
  }
  const keys = new Set<string>()
  for (const name of names) {
    const match = /__([a-z0-9-]{1,64})\.hoinghi\.json$/.exec(name)
    if (match?.[1] && !listed.has(match[1])) keys.add(match[1])
  }
  const summaries: ConferenceSummary[] = []
  for (const key of keys) {
    const file = ctx.store.paths.conferenceFile(key)
    if (await fileExists(file)) continue
    const candidates = await listRecoveryCandidates(ctx.store, file, key)
    if (candidates.length === 0) continue
    summaries.push({
      key,
      title: basename(file),
      kind: null,
      date: '',
      place: '',
      updatedAt: candidates[0]?.takenAt ?? '',
      delegates: candidates[0]?.delegates ?? 0,
      external: false,
      fileName: basename(file),
      problem: 'tệp hỏng đã được cách ly; có bản chụp hoặc bản sao lưu để khôi phục'
    })
  }
  return summaries
}

/**
 * A copy for next year's conference: same venues, delegates, agenda and outlines; attendance starts
 * over, and so does the agenda's number, which belongs to last year's register.
 */
export function duplicateDocument(
  source: ConferenceDocument,
  id: string,
  title: string,
  keepAwards: boolean,
  now: Date
): ConferenceDocument {
  const stamp = now.toISOString()
  return {
    ...structuredClone(source),
    id,
    createdAt: stamp,
    updatedAt: stamp,
    conference: { ...source.conference, title },
    delegates: source.delegates.map((delegate) => ({ ...delegate, attendance: 'invited', deputyName: '' })),
    awards: keepAwards ? structuredClone(source.awards) : [],
    documents: { ...structuredClone(source.documents), agendaNumber: '' }
  }
}

async function loadDoc(ctx: HandlerContext, key: string) {
  const { file, external } = resolveConferenceFile(ctx, key)
  const entry = await ctx.store.openFile(file)
  return { file, external, entry }
}

export const conferenceHandlers: HandlerMap<
  | 'conferences:list'
  | 'conferences:create'
  | 'conferences:load'
  | 'conferences:save'
  | 'conferences:close'
  | 'conferences:rename'
  | 'conferences:duplicate'
  | 'conferences:trash'
  | 'conferences:listTrash'
  | 'conferences:restoreFromTrash'
  | 'conferences:openExternal'
  | 'conferences:saveCopy'
> = {
  'conferences:list': async (_input, ctx) => {
    const files = await ctx.store.listDataFolder()
    const own = await Promise.all(
      files.map((file) => summarise(file, basename(file, CONFERENCE_SUFFIX), false))
    )
    const external = await Promise.all(
      Object.entries(ctx.settings.data.externalFiles).map(([key, file]) => summarise(file, key, true))
    )
    const quarantined = await quarantinedSummaries(ctx, new Set(own.map((summary) => summary.key)))
    return [...own, ...external, ...quarantined].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  },

  'conferences:create': async (input, ctx) => {
    const id = newConferenceId()
    await ctx.store.ensureFolders()
    await ctx.store.create(
      ctx.store.paths.conferenceFile(id),
      {
        title: input.title,
        date: input.date ?? '',
        place: input.place ?? '',
        kind: input.kind ?? 'annual'
      },
      id
    )
    return { key: id }
  },

  'conferences:load': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    let entry
    try {
      entry = await ctx.store.load(file)
    } catch (error) {
      // A broken file is set aside (never overwritten, never replaced by defaults) and the error offers a restore.
      if (isContentFailure(error))
        throw await quarantineBrokenConference(ctx.store, file, input.key, error, ctx.now())
      if (error instanceof AppError && error.code === 'not-found')
        throw await explainMissing(ctx.store, file, input.key, error)
      throw error
    }
    const { adapter } = entry
    if (adapter.lastReadRaw) {
      // The bytes as found, before any migration rewrites them on the next save.
      const reason = adapter.migratedFrom !== null ? 'migration' : 'open'
      await ctx.store
        .snapshotKey(file, entry.db.data.id)
        .then((owner) =>
          adapter.lastReadRaw ? ctx.store.snapshots.take(owner, adapter.lastReadRaw, reason) : null
        )
        .catch(() => null)
    }
    await ctx.store.snapshots.rememberKey(input.key, entry.db.data.id).catch(() => undefined)
    const lock = ctx.store.lockState(file)
    return {
      key: input.key,
      doc: entry.db.data,
      readOnly: lock.readOnly,
      lockHolder: lock.lockHolder,
      migratedFrom: adapter.migratedFrom,
      fileName: basename(file),
      ...(adapter.repairNotes.length > 0 ? { repairs: adapter.repairNotes } : {})
    }
  },

  'conferences:save': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    // The store refuses with 'read-only' when another computer holds the file, and snapshots every 10 minutes.
    const { bytes, doc } = await ctx.store.save(file, input.doc)
    return { savedAt: doc.updatedAt, bytes }
  },

  'conferences:close': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    await ctx.store.forget(file)
    return {}
  },

  'conferences:rename': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    await ctx.store.useBriefly(file, async () => {
      const { entry } = await loadDoc(ctx, input.key)
      await ctx.store.save(file, {
        ...entry.db.data,
        conference: { ...entry.db.data.conference, title: input.title }
      })
    })
    return {}
  },

  'conferences:duplicate': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    const { entry } = await ctx.store.useBriefly(file, () => loadDoc(ctx, input.key))
    const id = newConferenceId()
    const copy = duplicateDocument(entry.db.data, id, input.title, input.keepAwards, ctx.now())
    await ctx.store.writeNew(ctx.store.paths.conferenceFile(id), copy)
    return { key: id }
  },

  'conferences:trash': async (input, ctx) => {
    const { file, external } = resolveConferenceFile(ctx, input.key)
    if (external) {
      // Files elsewhere belong to their folder: forget them, never move them.
      await ctx.store.forget(file)
      const { [input.key]: _removed, ...rest } = ctx.settings.data.externalFiles
      await ctx.settings.update({ externalFiles: rest })
      return {}
    }
    if (!(await fileExists(file)))
      throw new AppError({ code: 'not-found', message: 'không tìm thấy hội nghị', file: basename(file) })
    // Let a save still in flight land before the file moves.
    void ctx.store.forget(file)
    await ctx.store.flushAll()
    await fs.mkdir(ctx.store.paths.trash, { recursive: true })
    const trashed = join(ctx.store.paths.trash, `${fileStamp(ctx.now())}__${basename(file)}`)
    await fs.rename(file, trashed)
    // The backup goes with it: left behind, recovery would offer to bring the deleted conference back.
    if (await fileExists(`${file}.bak`)) await fs.rename(`${file}.bak`, `${trashed}.bak`)
    return {}
  },

  'conferences:listTrash': async (_input, ctx) => {
    await fs.mkdir(ctx.store.paths.trash, { recursive: true })
    const names = (await fs.readdir(ctx.store.paths.trash)).filter((name) => name.endsWith(CONFERENCE_SUFFIX))
    return Promise.all(
      names.map(async (name) => {
        const summary = await summarise(join(ctx.store.paths.trash, name), 'x', false)
        const stamp = name.split('__')[0] ?? ''
        const deletedAt = stamp.replace(
          /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/,
          '$1T$2:$3:$4.$5Z'
        )
        return { trashId: name, title: summary.title, deletedAt, fileName: name.split('__')[1] ?? name }
      })
    )
  },

  'conferences:restoreFromTrash': async (input, ctx) => {
    const source = join(ctx.store.paths.trash, basename(input.trashId))
    const read = await readConferenceFile(source)
    if (!read)
      throw new AppError({ code: 'not-found', message: 'không còn trong thùng rác', file: basename(source) })
    // The id inside the file names the restored file, so it must be a plain key; otherwise (or
    // when the id was taken meanwhile, e.g. restored twice) the conference gets a new one.
    const usable =
      isPlainConferenceKey(read.doc.id) && !(await fileExists(ctx.store.paths.conferenceFile(read.doc.id)))
    const id = usable ? read.doc.id : newConferenceId()
    const target = ctx.store.paths.conferenceFile(id)
    if (usable) {
      await fs.rename(source, target)
      if (await fileExists(`${source}.bak`)) await fs.rename(`${source}.bak`, `${target}.bak`)
    } else {
      await ctx.store.writeNew(target, { ...read.doc, id })
      await fs.rm(source)
      await fs.rm(`${source}.bak`, { force: true })
    }
    return { key: id }
  },

  'conferences:openExternal': async (_input, ctx) => {
    const file = await ctx.dialogs.openFile({ title: 'Mở tệp hội nghị', filters: CONFERENCE_FILTERS })
    if (!file) return null
    const absolute = resolve(file)
    // Validate before registering (size, binary, JSON, schema): a broken file is reported, never opened for writing.
    const read = await readConferenceFile(absolute)
    if (!read)
      throw new AppError({ code: 'not-found', message: 'không tìm thấy tệp', file: basename(absolute) })
    const { doc } = read
    const ownKey = conferenceKey.safeParse(doc.id)
    if (ownKey.success && absolute === resolve(ctx.store.paths.conferenceFile(ownKey.data)))
      return { key: ownKey.data }
    const key = `ext-${createHash('sha256').update(absolute).digest('hex').slice(0, 16)}`
    await ctx.settings.update({ externalFiles: { ...ctx.settings.data.externalFiles, [key]: absolute } })
    return { key }
  },

  'conferences:saveCopy': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    const { entry } = await ctx.store.useBriefly(file, () => loadDoc(ctx, input.key))
    const defaultName = `${safeFileName(entry.db.data.conference.title, 'hoi-nghi')}${CONFERENCE_SUFFIX}`
    const target = await ctx.dialogs.saveFile({
      title: 'Lưu bản sao',
      defaultName,
      filters: CONFERENCE_FILTERS
    })
    if (!target) return null
    // Never over a live conference file (its own or another in the data folder): those change only through the store.
    // A copy is a conference of its own: a fresh id keeps its snapshots and history apart from the original's.
    const copy = { ...entry.db.data, id: newConferenceId() }
    await writeOutputFile(target, JSON.stringify(copy), {
      dataDir: ctx.dataDir,
      protect: [file, ...Object.values(ctx.settings.data.externalFiles)],
      conferenceCopy: true
    })
    return { fileName: basename(target) }
  }
}

import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { basename, isAbsolute, join, relative, resolve } from 'node:path'
import {
  BACKUP_FORMAT,
  MANIFEST_NAME,
  backupManifestSchema,
  decideRestore,
  type BackupFile,
  type BackupManifest,
  type RestorePlanItem
} from '../../shared/backup/backupManifest'
import { AppError } from '../../shared/errors/appError'
import type { ParsedConference } from '../../shared/model/parseConferenceDocument'
import { SnapshotStore } from '../storage/snapshots'
import { CONFERENCE_SUFFIX, dataPaths } from '../storage/dataPaths'
import { durableWrite } from '../storage/durableWrite'
import { parseConferenceBytes } from '../storage/readConferenceFile'
import { readZip, writeZip, type ZipEntry } from './zipArchive'

export interface BackupOptions {
  includeSnapshots: boolean
  appVersion: string
  now: Date
}

export interface BackupSummary {
  file: string
  conferences: number
  snapshots: number
  bytes: number
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

async function listFiles(dir: string, suffix: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  return names.filter((name) => name.endsWith(suffix) && !name.startsWith('.')).sort()
}

/**
 * Every conference of the data folder (and, if asked, every snapshot) in one archive with a
 * manifest of sizes and SHA-256 sums. A conference that does not read as valid is left out and
 * named, so a backup never carries a broken file that a restore would then refuse.
 */
export async function createBackup(
  dataDir: string,
  options: BackupOptions
): Promise<{ zip: Buffer; manifest: BackupManifest; skipped: string[] }> {
  const paths = dataPaths(dataDir)
  const entries: ZipEntry[] = []
  const files: BackupFile[] = []
  const skipped: string[] = []
  for (const name of await listFiles(paths.conferences, CONFERENCE_SUFFIX)) {
    const data = await fs.readFile(join(paths.conferences, name))
    let parsed: ParsedConference
    try {
      parsed = parseConferenceBytes(data, name)
    } catch {
      skipped.push(name)
      continue
    }
    const path = `conferences/${name}`
    entries.push({ name: path, data })
    files.push({
      path,
      kind: 'conference',
      bytes: data.length,
      sha256: sha256(data),
      title: parsed.doc.conference.title,
      updatedAt: parsed.doc.updatedAt
    })
  }
  if (options.includeSnapshots) {
    const folders = await fs.readdir(paths.snapshots).catch(() => [] as string[])
    for (const folder of folders.sort()) {
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(folder)) continue
      for (const name of await listFiles(join(paths.snapshots, folder), CONFERENCE_SUFFIX)) {
        const data = await fs.readFile(join(paths.snapshots, folder, name))
        const path = `snapshots/${folder}/${name}`
        entries.push({ name: path, data })
        files.push({ path, kind: 'snapshot', bytes: data.length, sha256: sha256(data) })
      }
    }
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: options.now.toISOString(),
    appVersion: options.appVersion,
    includesSnapshots: options.includeSnapshots,
    files
  }
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8')
  return {
    zip: writeZip([{ name: MANIFEST_NAME, data: manifestBytes }, ...entries], options.now),
    manifest,
    skipped
  }
}

/** Writes the archive through a temp file and a rename; never into the data folder itself. */
export async function writeBackup(
  dataDir: string,
  target: string,
  options: BackupOptions
): Promise<BackupSummary> {
  const rel = relative(resolve(dataDir), resolve(target))
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)))
    throw new AppError({
      code: 'forbidden',
      message: 'không lưu bản sao lưu vào trong thư mục dữ liệu (chọn nơi khác, ví dụ USB)',
      file: basename(target)
    })
  const { zip, manifest } = await createBackup(dataDir, options)
  await durableWrite(target, zip)
  return {
    file: target,
    conferences: manifest.files.filter((file) => file.kind === 'conference').length,
    snapshots: manifest.files.filter((file) => file.kind === 'snapshot').length,
    bytes: zip.length
  }
}

export interface OpenedBackup {
  manifest: BackupManifest
  files: Map<string, Buffer>
  conferences: Map<string, ParsedConference>
}

/**
 * Reads and checks the whole archive before anything is written: every entry's CRC, the
 * manifest, each file's size and SHA-256, nothing unlisted, and every conference and snapshot
 * valid. The first problem is thrown as an AppError naming the archive and the bad file.
 */
export function openBackup(zip: Buffer, archiveName: string): OpenedBackup {
  const where = (path?: string) => (path ? `${archiveName} › ${path}` : archiveName)
  const bad = (message: string, path?: string): never => {
    throw new AppError({ code: 'invalid-file', message, file: where(path) })
  }
  const entries = readZip(zip, archiveName)
  const manifestEntry = entries.find((entry) => entry.name === MANIFEST_NAME)
  if (!manifestEntry) return bad('không phải bản sao lưu HoiNghi (thiếu manifest.json)')
  let raw: unknown
  try {
    raw = JSON.parse(manifestEntry.data.toString('utf8'))
  } catch {
    return bad('manifest.json không phải JSON hợp lệ', MANIFEST_NAME)
  }
  const parsed = backupManifestSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return bad(
      `manifest.json không hợp lệ — ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
      MANIFEST_NAME
    )
  }
  const manifest = parsed.data
  const files = new Map<string, Buffer>()
  for (const entry of entries) if (entry.name !== MANIFEST_NAME) files.set(entry.name, entry.data)
  const listed = new Set(manifest.files.map((file) => file.path))
  for (const name of files.keys()) if (!listed.has(name)) bad('tệp không có trong manifest.json', name)
  const conferences = new Map<string, ParsedConference>()
  for (const file of manifest.files) {
    const data = files.get(file.path)
    if (!data) return bad('thiếu tệp mà manifest.json liệt kê', file.path)
    if (data.length !== file.bytes)
      bad(`kích thước ${data.length} byte, manifest ghi ${file.bytes} byte`, file.path)
    if (sha256(data) !== file.sha256) bad('sai mã SHA-256: tệp đã bị thay đổi hoặc hỏng', file.path)
    try {
      const doc = parseConferenceBytes(data, basename(file.path))
      if (file.kind === 'conference') conferences.set(file.path, doc)
    } catch (error) {
      bad(`không phải hội nghị hợp lệ — ${error instanceof Error ? error.message : String(error)}`, file.path)
    }
  }
  return { manifest, files, conferences }
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** What a restore would do to each conference, without doing it. */
export async function planRestore(dataDir: string, opened: OpenedBackup): Promise<RestorePlanItem[]> {
  const plan: RestorePlanItem[] = []
  for (const [path, parsed] of opened.conferences) {
    const target = join(dataDir, ...path.split('/'))
    const bytes = opened.files.get(path) ?? Buffer.alloc(0)
    const existing = await readIfExists(target)
    let current: { updatedAt: string; identical: boolean } | null = null
    if (existing) {
      let updatedAt = new Date(0).toISOString()
      try {
        updatedAt = parseConferenceBytes(existing, basename(target)).doc.updatedAt
      } catch {
        // A broken file here is older than any good copy: the backup may replace it.
      }
      current = { updatedAt, identical: existing.equals(bytes) }
    }
    plan.push({
      path,
      title: parsed.doc.conference.title,
      action: decideRestore(parsed.doc.updatedAt, current),
      backupUpdatedAt: parsed.doc.updatedAt,
      currentUpdatedAt: current?.updatedAt ?? null
    })
  }
  return plan
}

export interface RestoreReport {
  plan: RestorePlanItem[]
  /** Paths written (conferences), in the order of the plan. */
  restored: string[]
  /** Newer conferences kept because the clerk did not choose to overwrite them. */
  keptNewer: string[]
  snapshotsAdded: number
  dryRun: boolean
}

/**
 * Checks the whole archive first (openBackup); only then writes. Conferences are added, older
 * ones replaced after a snapshot of what was there, newer ones kept unless listed in `overwrite`.
 * Snapshots are added under their own names and never overwrite one already present.
 */
export async function restoreBackup(
  dataDir: string,
  zip: Buffer,
  archiveName: string,
  options: { overwrite?: readonly string[]; dryRun?: boolean; now?: () => Date } = {}
): Promise<RestoreReport> {
  const opened = openBackup(zip, archiveName)
  const plan = await planRestore(dataDir, opened)
  const overwrite = new Set(options.overwrite ?? [])
  const report: RestoreReport = {
    plan,
    restored: [],
    keptNewer: [],
    snapshotsAdded: 0,
    dryRun: options.dryRun === true
  }
  const paths = dataPaths(dataDir)
  const snapshots = new SnapshotStore(paths.snapshots, options.now)
  for (const item of plan) {
    if (item.action === 'same') continue
    if (item.action === 'keep-newer' && !overwrite.has(item.path)) {
      report.keptNewer.push(item.path)
      continue
    }
    report.restored.push(item.path)
    if (report.dryRun) continue
    const target = join(dataDir, ...item.path.split('/'))
    const existing = await readIfExists(target)
    const parsed = opened.conferences.get(item.path)
    if (existing && parsed) await snapshots.take(parsed.doc.id, existing, 'restore')
    await fs.mkdir(paths.conferences, { recursive: true })
    await durableWrite(target, opened.files.get(item.path) ?? Buffer.alloc(0))
  }
  for (const file of opened.manifest.files) {
    if (file.kind !== 'snapshot') continue
    const target = join(dataDir, ...file.path.split('/'))
    if (await readIfExists(target)) continue
    report.snapshotsAdded++
    if (report.dryRun) continue
    await fs.mkdir(join(target, '..'), { recursive: true })
    await durableWrite(target, opened.files.get(file.path) ?? Buffer.alloc(0))
  }
  return report
}

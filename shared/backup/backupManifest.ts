import { z } from 'zod'

/** manifest.json at the root of every backup .zip: what is inside and each file's SHA-256. */
export const BACKUP_FORMAT = 'hoinghi.backup'
export const MANIFEST_NAME = 'manifest.json'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'mã SHA-256 không hợp lệ')
/** Paths inside the archive mirror the data folder; nothing else may be restored. */
export const BACKUP_PATH_PATTERN =
  /^(conferences\/[A-Za-z0-9_-]{1,64}\.hoinghi\.json|snapshots\/[A-Za-z0-9_-]{1,64}\/[A-Za-z0-9_.-]{1,100}\.hoinghi\.json)$/

export const backupFileSchema = z.object({
  path: z.string().regex(BACKUP_PATH_PATTERN, 'đường dẫn không được phép trong bản sao lưu'),
  kind: z.enum(['conference', 'snapshot']),
  bytes: z.number().int().nonnegative(),
  sha256,
  /** For conferences: shown in the restore report and used to tell which copy is newer. */
  title: z.string().optional(),
  updatedAt: z.string().optional()
})
export type BackupFile = z.infer<typeof backupFileSchema>

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  includesSnapshots: z.boolean(),
  files: z.array(backupFileSchema)
})
export type BackupManifest = z.infer<typeof backupManifestSchema>

/** What restoring would do to one conference. */
export const restoreActions = ['add', 'replace-older', 'same', 'keep-newer'] as const
export type RestoreAction = (typeof restoreActions)[number]

export const restorePlanItemSchema = z.object({
  path: z.string(),
  title: z.string(),
  action: z.enum(restoreActions),
  backupUpdatedAt: z.string(),
  currentUpdatedAt: z.string().nullable()
})
export type RestorePlanItem = z.infer<typeof restorePlanItemSchema>

/**
 * A conference already on this computer that is newer than the backup's copy is kept unless the
 * clerk names it in `overwrite`; an older one is replaced (after a snapshot), an identical one
 * left alone.
 */
export function decideRestore(
  backupUpdatedAt: string,
  current: { updatedAt: string; identical: boolean } | null
): RestoreAction {
  if (current === null) return 'add'
  if (current.identical) return 'same'
  return Date.parse(current.updatedAt) > Date.parse(backupUpdatedAt) ? 'keep-newer' : 'replace-older'
}

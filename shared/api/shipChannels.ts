import { z } from 'zod'
import { restorePlanItemSchema } from '../backup/backupManifest'
import { channel } from './channel'
import { conferenceKey } from './conferenceChannels'

/** Names a backup the main side opened for the clerk; the renderer never sees its path. */
export const backupTokenSchema = z.string().regex(/^[a-f0-9]{32}$/, 'mã bản sao lưu không hợp lệ')

export const restoreReportSchema = z.object({
  restored: z.array(z.object({ path: z.string(), title: z.string() })),
  keptNewer: z.array(z.object({ path: z.string(), title: z.string() })),
  unchanged: z.number().int(),
  snapshotsAdded: z.number().int()
})
export type RestoreReportData = z.infer<typeof restoreReportSchema>

/** First run, help, about, backups: what the app needs to be installed, learned and moved. */
export const shipChannels = {
  /** Copies the shipped sample conference into the data folder under a new id; the clerk may change or delete it. */
  'samples:openConference': channel(z.object({}), z.object({ key: conferenceKey })),
  /** Shows a save dialog and writes the delegate import template; null when cancelled. */
  'samples:saveImportTemplate': channel(z.object({}), z.object({ fileName: z.string() }).nullable()),
  /** Opens the data folder in the system's file manager. */
  'app:openDataFolder': channel(z.object({}), z.object({})),
  /** "Sao lưu toàn bộ": a save dialog, then every conference (and, if asked, every snapshot) in one .zip. */
  'backup:create': channel(
    z.object({ includeSnapshots: z.boolean() }),
    z
      .object({
        fileName: z.string(),
        conferences: z.number().int(),
        snapshots: z.number().int(),
        bytes: z.number().int()
      })
      .nullable()
  ),
  /** "Khôi phục từ bản sao lưu", step 1: an open dialog, the whole archive checked, the plan shown. */
  'backup:inspect': channel(
    z.object({}),
    z
      .object({
        token: backupTokenSchema,
        fileName: z.string(),
        createdAt: z.string(),
        plan: z.array(restorePlanItemSchema),
        snapshots: z.number().int()
      })
      .nullable()
  ),
  /** Step 2: restore, overwriting only the newer conferences the clerk ticked. */
  'backup:restore': channel(
    z.object({ token: backupTokenSchema, overwrite: z.array(z.string().max(200)).max(10000) }),
    restoreReportSchema
  )
} as const

import { z } from 'zod'
import { conferenceDocumentSchema } from '../model/conference'
import { channel } from './channel'
import { conferenceKey } from './conferenceChannels'

/** Why a snapshot was taken; shown in the History screen. */
export const snapshotReasons = [
  'open',
  'import',
  'manual',
  'migration',
  'restore',
  'edit',
  'recovery',
  'conflict',
  'refused'
] as const
export type SnapshotReason = (typeof snapshotReasons)[number]

/**
 * A snapshot id is the file name the main side made (`<stamp>__<reason>`), never a path: this
 * pattern admits no separator and no "..", so the renderer cannot name another file.
 */
export const SNAPSHOT_ID_PATTERN = new RegExp(
  `^\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z(?:-\\d{1,3})?__(?:${snapshotReasons.join('|')})$`
)
export const snapshotIdSchema = z.string().max(80).regex(SNAPSHOT_ID_PATTERN, 'mã bản lưu không hợp lệ')

/** What an import snapshot was taken before: the file and how many records it brought. */
export const snapshotNoteSchema = z.object({
  file: z.string().max(300),
  count: z.number().int().min(0),
  kind: z.enum(['delegates', 'venues', 'agenda', 'awards'])
})
export type SnapshotNote = z.infer<typeof snapshotNoteSchema>

export const snapshotEntrySchema = z.object({
  snapshotId: snapshotIdSchema,
  takenAt: z.string(),
  reason: z.enum(snapshotReasons),
  bytes: z.number().int(),
  delegates: z.number().int(),
  note: snapshotNoteSchema.nullable()
})
export type SnapshotEntryData = z.infer<typeof snapshotEntrySchema>

export const recoverySources = ['bak', 'snapshot'] as const
export const recoveryCandidateSchema = z.object({
  source: z.enum(recoverySources),
  /** "bak" for the backup beside the file, else a snapshot id. */
  id: z.string(),
  takenAt: z.string(),
  delegates: z.number().int(),
  bytes: z.number().int()
})
export type RecoveryCandidate = z.infer<typeof recoveryCandidateSchema>

const recoveryRestoreInput = z.discriminatedUnion('source', [
  z.object({ key: conferenceKey, source: z.literal('bak'), id: z.literal('bak') }),
  z.object({ key: conferenceKey, source: z.literal('snapshot'), id: snapshotIdSchema })
])

export const safetyChannels = {
  /** Snapshots of one conference, newest first. */
  'history:list': channel(z.object({ key: conferenceKey }), z.array(snapshotEntrySchema)),
  /** The renderer asks for one before an import replaces data, or when the clerk presses "Lưu bản chụp". */
  'history:snapshot': channel(
    z.object({
      key: conferenceKey,
      reason: z.enum(['import', 'manual']),
      note: snapshotNoteSchema.optional()
    }),
    z.object({ snapshotId: snapshotIdSchema })
  ),
  /** Snapshots the current state, then writes the chosen snapshot over the live file. */
  'history:restore': channel(
    z.object({ key: conferenceKey, snapshotId: snapshotIdSchema }),
    z.object({ doc: conferenceDocumentSchema })
  ),
  /** Good versions to restore a broken (quarantined) conference from, newest first. */
  'recovery:listCandidates': channel(z.object({ key: conferenceKey }), z.array(recoveryCandidateSchema)),
  'recovery:restore': channel(recoveryRestoreInput, z.object({ key: conferenceKey })),
  /**
   * After a save was refused because the file changed outside HoiNghi: the clerk keeps their own
   * version ("mine", written over the file) or the one on disk ("theirs", loaded next). The
   * version that loses is kept as a "conflict" snapshot (its id comes back), or quarantined when
   * what was on disk is no longer a valid conference, or nothing when the file was gone.
   */
  'conflict:resolve': channel(
    z.object({ key: conferenceKey, doc: conferenceDocumentSchema, keep: z.enum(['mine', 'theirs']) }),
    z.object({
      setAside: z.enum(['snapshot', 'quarantine', 'nothing']),
      snapshotId: snapshotIdSchema.nullable()
    })
  )
} as const

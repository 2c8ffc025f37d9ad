import { z } from 'zod'
import { conferenceDocumentSchema, conferenceKinds } from '../model/conference'
import { channel } from './channel'

/**
 * A conference is addressed by a key, never by a path: plain ids for files in the data folder,
 * "ext-…" keys for files the clerk opened elsewhere (registered by the main side after a dialog).
 */
/** A conference file in the data folder is named by its id: these characters only, so no path can hide in it. */
export const PLAIN_KEY_PATTERN = /^[a-z0-9-]{1,64}$/
export function isPlainConferenceKey(value: string): boolean {
  return PLAIN_KEY_PATTERN.test(value)
}
export const conferenceKey = z.string().regex(/^(ext-)?[a-z0-9-]{1,64}$/, 'khóa hội nghị không hợp lệ')

export const conferenceSummarySchema = z.object({
  key: conferenceKey,
  title: z.string(),
  kind: z.enum(conferenceKinds).nullable(),
  date: z.string(),
  place: z.string(),
  updatedAt: z.string(),
  delegates: z.number().int(),
  external: z.boolean(),
  fileName: z.string(),
  /** Set when the file could not be read; the list still shows it so nothing disappears silently. */
  problem: z.string().nullable()
})
export type ConferenceSummary = z.infer<typeof conferenceSummarySchema>

export const trashEntrySchema = z.object({
  trashId: z.string(),
  title: z.string(),
  deletedAt: z.string(),
  fileName: z.string()
})

export const loadedConferenceSchema = z.object({
  key: conferenceKey,
  doc: conferenceDocumentSchema,
  readOnly: z.boolean(),
  /** Who holds the lock when the file is open read-only on a shared folder. */
  lockHolder: z.string().nullable(),
  migratedFrom: z.number().int().nullable(),
  fileName: z.string(),
  /** Dangling references the loader dropped ("delegates.3.venueId: …"), for a note to the clerk. */
  repairs: z.array(z.string()).optional()
})
export type LoadedConference = z.infer<typeof loadedConferenceSchema>

const newConferenceInput = z.object({
  title: z.string().min(1).max(500),
  date: z.union([z.literal(''), z.iso.date()]).optional(),
  place: z.string().max(500).optional(),
  kind: z.enum(conferenceKinds).optional()
})

export const conferenceChannels = {
  'conferences:list': channel(z.object({}), z.array(conferenceSummarySchema)),
  'conferences:create': channel(newConferenceInput, z.object({ key: conferenceKey })),
  'conferences:load': channel(z.object({ key: conferenceKey }), loadedConferenceSchema),
  'conferences:save': channel(
    z.object({ key: conferenceKey, doc: conferenceDocumentSchema }),
    z.object({ savedAt: z.string(), bytes: z.number().int() })
  ),
  'conferences:close': channel(z.object({ key: conferenceKey }), z.object({})),
  'conferences:rename': channel(
    z.object({ key: conferenceKey, title: z.string().min(1).max(500) }),
    z.object({})
  ),
  'conferences:duplicate': channel(
    z.object({ key: conferenceKey, title: z.string().min(1).max(500), keepAwards: z.boolean() }),
    z.object({ key: conferenceKey })
  ),
  'conferences:trash': channel(z.object({ key: conferenceKey }), z.object({})),
  'conferences:listTrash': channel(z.object({}), z.array(trashEntrySchema)),
  'conferences:restoreFromTrash': channel(
    z.object({ trashId: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/) }),
    z.object({ key: conferenceKey })
  ),
  /** Shows an open dialog; null when the clerk cancels. */
  'conferences:openExternal': channel(z.object({}), z.object({ key: conferenceKey }).nullable()),
  /** Shows a save dialog and writes a copy; null when cancelled. */
  'conferences:saveCopy': channel(
    z.object({ key: conferenceKey }),
    z.object({ fileName: z.string() }).nullable()
  )
} as const

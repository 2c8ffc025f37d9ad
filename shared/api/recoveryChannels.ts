import { z } from 'zod'
import { CONFERENCE_FORMAT } from '../model/conference'
import { channel } from './channel'
import { conferenceKey } from './conferenceChannels'

/**
 * What the clerk typed after a save failed: the whole document as the renderer holds it. It may be
 * exactly what the file format refused, so only its frame is checked here; it is written beside
 * the conference file as `<file>.recovery.json`, never over it.
 */
export const unsavedDocSchema = z.looseObject({
  format: z.literal(CONFERENCE_FORMAT),
  id: z.string().min(1).max(64)
})

export const recoveryChannels = {
  /** Keeps unsaved edits in a recovery file (doc), or removes it once a save landed (null). */
  'conferences:keepUnsaved': channel(
    z.object({ key: conferenceKey, doc: unsavedDocSchema.nullable() }),
    z.object({ fileName: z.string().nullable() })
  )
} as const

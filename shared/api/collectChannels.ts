import { z } from 'zod'
import { delegateSchema, isoDateOrEmpty } from '../model/conference'
import { channel } from './channel'
import { conferenceKey } from './conferenceChannels'
import { importProblemSchema } from './importExportChannels'

/** The main side keeps token → picked paths; the renderer never sends a path. */
export const collectTokenSchema = z.string().regex(/^[a-f0-9]{32}$/, 'mã tệp nhận không hợp lệ')

export const replyFileSchema = z.object({
  key: z.string().max(400),
  fileName: z.string().max(400),
  modifiedAt: z.string().max(40),
  identity: z.object({ conferenceId: z.string().max(200), venueId: z.string().max(200) }).nullable(),
  titleCells: z.array(z.string().max(2000)).max(50),
  records: z.array(delegateSchema).max(5000),
  presentFields: z.array(z.string().max(50)).max(50),
  problems: z.array(importProblemSchema).max(10000),
  error: z.string().nullable()
})

export const collectChannels = {
  /**
   * Asks for a folder and writes one template per chosen venue there, from the stored document
   * (the renderer saves first). The renderer records `templateAt` in its own undoable document.
   */
  'collect:writeTemplates': channel(
    z.object({
      key: conferenceKey,
      venueIds: z.array(z.string().min(1).max(64)).min(1).max(1000),
      deadline: isoDateOrEmpty,
      contact: z.string().max(300)
    }),
    z
      .object({
        folder: z.string(),
        at: z.iso.datetime(),
        written: z.array(z.object({ venueId: z.string(), fileName: z.string() }))
      })
      .nullable()
  ),
  /** Many files, or a folder of them; null when the clerk cancels. */
  'collect:pickReplies': channel(
    z.object({ mode: z.enum(['files', 'folder']) }),
    z.object({ token: collectTokenSchema, files: z.array(z.string()) }).nullable()
  ),
  /** Reads every picked file; changes nothing. Matching and the preview are pure (shared/collect). */
  'collect:readReplies': channel(
    z.object({ token: collectTokenSchema }),
    z.object({ replies: z.array(replyFileSchema) })
  ),
  'collect:release': channel(z.object({ token: collectTokenSchema }), z.object({})),
  /** The collection board as .xlsx or as the PDF "Tổng hợp tình hình danh sách các điểm cầu". */
  'collect:exportBoard': channel(
    z.object({ key: conferenceKey, format: z.enum(['xlsx', 'pdf']) }),
    z.object({ fileName: z.string() }).nullable()
  )
} as const

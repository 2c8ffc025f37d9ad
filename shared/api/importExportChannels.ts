import { z } from 'zod'
import { exportSorts } from '../importExport/exportTable'
import { delegateIdsFilter } from './documentsChannels'
import { importKinds } from '../importExport/importFields'
import { agendaItemSchema, awardSchema, delegateSchema, venueSchema } from '../model/conference'
import { textEncodings } from '../text/legacy/detectEncoding'
import { channel } from './channel'
import { conferenceKey } from './conferenceChannels'

export const importKindSchema = z.enum(importKinds)
export const encodingChoiceSchema = z.enum(['auto', ...textEncodings])
/** The main side keeps token → path; the renderer never sends a path. */
export const importTokenSchema = z.string().regex(/^[a-f0-9]{32}$/, 'mã tệp nhập không hợp lệ')

const idName = z.object({ id: z.string().min(1).max(64), name: z.string().max(500) })

export const importPreviewInputSchema = z.object({
  token: importTokenSchema,
  kind: importKindSchema,
  /** 1-based row of the column titles; detected when absent. */
  headerRow: z.number().int().min(1).max(100000).optional(),
  /** Column index (as text) → field key, '' to skip the column; suggested when absent. */
  mapping: z.record(z.string().regex(/^\d{1,4}$/), z.string().max(50)).optional(),
  encoding: encodingChoiceSchema.optional(),
  sheet: z.string().max(200).optional(),
  existingVenues: z.array(idName).max(1000).optional(),
  existingDelegates: z
    .array(idName.extend({ unit: z.string().max(500) }))
    .max(50000)
    .optional()
})

export const importProblemSchema = z.object({ row: z.number().int(), field: z.string(), message: z.string() })
export type ImportProblemData = z.infer<typeof importProblemSchema>

const previewCommon = z.object({
  fileName: z.string(),
  sheets: z.array(z.string()),
  sheet: z.string(),
  encoding: z.object({
    detected: z.enum([...textEncodings, 'mixed']),
    used: z.enum([...textEncodings, 'mixed']),
    confidence: z.number().min(0).max(1)
  }),
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string()),
  fields: z.array(z.object({ key: z.string(), label: z.string() })),
  /** The first 20 data rows as text (legacy encodings already converted). */
  previewRows: z.array(z.array(z.string())),
  /** Venues named in the file that the conference does not have yet, offered for creation. */
  newVenues: z.array(idName),
  /** Every problem by file row and column; rows with a problem are not in `records`. */
  problems: z.array(importProblemSchema),
  totalRows: z.number().int()
})

export const importPreviewSchema = z.discriminatedUnion('kind', [
  previewCommon.extend({ kind: z.literal('delegates'), records: z.array(delegateSchema) }),
  previewCommon.extend({ kind: z.literal('venues'), records: z.array(venueSchema) }),
  previewCommon.extend({ kind: z.literal('agenda'), records: z.array(agendaItemSchema) }),
  previewCommon.extend({ kind: z.literal('awards'), records: z.array(awardSchema) })
])
export type ImportPreview = z.infer<typeof importPreviewSchema>

export const importExportChannels = {
  /** Shows an open dialog for .csv/.xlsx/.xls; null when the clerk cancels. */
  'import:pickFile': channel(
    z.object({ kind: importKindSchema }),
    z.object({ token: importTokenSchema, fileName: z.string(), sizeBytes: z.number().int() }).nullable()
  ),
  /**
   * Reads the picked file and converts it; changes nothing. The renderer applies the records to its
   * own (undoable) document with shared/importExport/applyImport when the clerk confirms.
   */
  'import:preview': channel(importPreviewInputSchema, importPreviewSchema),
  'import:release': channel(z.object({ token: importTokenSchema }), z.object({})),
  /** Shows a save dialog and writes the list from the stored document; null when cancelled. */
  'export:write': channel(
    z.object({
      key: conferenceKey,
      kind: importKindSchema,
      format: z.enum(['csv', 'xlsx', 'json']),
      sort: z.enum(exportSorts).optional(),
      /** Only these delegates (the filtered view or the selection); the whole list when omitted. */
      delegateIds: delegateIdsFilter
    }),
    z.object({ fileName: z.string(), rows: z.number().int() }).nullable()
  )
} as const

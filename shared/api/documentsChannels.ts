import { z } from 'zod'
import { documentGroups } from '../documents/documentCatalog'
import { channel } from './channel'
import { conferenceKey } from './conferenceChannels'

/** Fixed labels of the printed documents; omitted means the conference's own setting (doc.documents.labelLang). */
const lang = z.enum(['vi', 'en']).optional()
export const documentFormat = z.enum(['pdf', 'docx'])

/** Ids come from documents:list ("agenda", "venue-sheet:<venueId>", "outline:<outlineId>" …). */
const docId = z.string().min(1).max(200)
/** Print only these delegates (the filtered view or the selected rows), laid out as the full list. */
export const delegateIdsFilter = z.array(z.string().min(1).max(64)).max(50000).optional()

export const documentEntrySchema = z.object({
  id: docId,
  group: z.enum(documentGroups),
  title: z.string(),
  /** Relative path the CLI and "print all" write ("venues/01-hoi-truong-ubnd-tinh.pdf"). */
  fileName: z.string(),
  /** Why the document is not written (nothing to list); the Documents tab shows it disabled with this. */
  skipReason: z.string().nullable()
})
export type DocumentEntryData = z.infer<typeof documentEntrySchema>

export const scriptPassageSchema = z.object({
  id: z.string(),
  item: z.string(),
  words: z.string(),
  actor: z.string(),
  /** True when doc.documents.scriptEdits holds the clerk's own words for this passage. */
  edited: z.boolean()
})

export const documentsChannels = {
  'documents:list': channel(z.object({ key: conferenceKey, lang }), z.array(documentEntrySchema)),
  /** The PDF for the in-app preview (pdf.js), base64 because IPC payloads here are JSON-checked. */
  'documents:render': channel(
    z.object({ key: conferenceKey, docId, lang, delegateIds: delegateIdsFilter }),
    z.object({
      pdfBase64: z.string(),
      pages: z.number().int(),
      bytes: z.number().int(),
      fileName: z.string()
    })
  ),
  /** The MC's passages, generated and edited; edits are saved by the renderer through conferences:save. */
  'documents:script': channel(z.object({ key: conferenceKey, lang }), z.array(scriptPassageSchema)),
  /** Save dialog, then write; null when the clerk cancels. */
  'documents:save': channel(
    z.object({
      key: conferenceKey,
      docId,
      lang,
      delegateIds: delegateIdsFilter,
      /** The PDF to print, or the Word file an office finishes in. */
      format: documentFormat.default('pdf')
    }),
    z.object({ fileName: z.string() }).nullable()
  ),
  /** Writes under <data>/print/ and opens the system viewer (for printing). */
  'documents:openInViewer': channel(
    z.object({ key: conferenceKey, docId, lang, delegateIds: delegateIdsFilter }),
    z.object({ fileName: z.string() })
  ),
  /** Folder dialog, then every document with the CLI's file names; progress as task:progress events. */
  'documents:printAll': channel(
    z.object({ key: conferenceKey, lang, formats: z.array(documentFormat).min(1).max(2).default(['pdf']) }),
    z.object({ folder: z.string(), files: z.array(z.string()), taskId: z.string() }).nullable()
  )
} as const

import type { ChannelInput } from '../../../shared/api/channels'
import type { ImportResult } from '../../../shared/importExport/convertRows'
import type { ColumnMapping } from '../../../shared/importExport/detectHeader'
import type { ImportKind } from '../../../shared/importExport/importFields'
import type { ConferenceDocument } from '../../../shared/model/conference'
import type { EncodingChoice, TextEncoding } from '../../../shared/text/legacy/detectEncoding'
import { call } from '../api/client'

/** What the wizard shows for one picked file under the clerk's current choices. */
export interface WizardPreview {
  fileName: string
  sheets: string[]
  sheet: string
  /** What the main side guessed ('mixed' when cells came in several legacy encodings). */
  detectedEncoding: TextEncoding | 'mixed'
  /** The clerk's choice; 'auto' follows the guess. */
  encoding: EncodingChoice
  /** 0-based row of the column titles. */
  headerRow: number
  headers: string[]
  mapping: ColumnMapping
  result: ImportResult
}

export interface PreviewChoices {
  encoding: EncodingChoice
  sheet: string | null
  /** 0-based; null lets the main side detect it. */
  headerRow: number | null
  mapping: ColumnMapping | null
}

/** Opens the main-side file dialog; null when the clerk cancelled. */
export async function pickImportFile(kind: ImportKind): Promise<{ token: string; fileName: string } | null> {
  return call('import:pickFile', { kind })
}

/**
 * The conference's venues and people go along so names in the file resolve to existing records
 * (a venue already listed is not offered again; a chair's name finds the delegate).
 */
export async function previewImport(
  doc: ConferenceDocument,
  kind: ImportKind,
  token: string,
  choices: PreviewChoices
): Promise<WizardPreview> {
  const input: ChannelInput<'import:preview'> = {
    kind,
    token,
    encoding: choices.encoding,
    existingVenues: doc.venues.map(({ id, name }) => ({ id, name })),
    existingDelegates: doc.delegates.map(({ id, name, unit }) => ({ id, name, unit }))
  }
  if (choices.sheet !== null) input.sheet = choices.sheet
  if (choices.headerRow !== null) input.headerRow = choices.headerRow + 1
  if (choices.mapping !== null) input.mapping = choices.mapping
  const out = await call('import:preview', input)
  const result = {
    kind: out.kind,
    records: out.records,
    newVenues: out.newVenues,
    problems: out.problems,
    totalRows: out.totalRows
  } as ImportResult
  return {
    fileName: out.fileName,
    sheets: out.sheets,
    sheet: out.sheet,
    detectedEncoding: out.encoding.detected,
    encoding: choices.encoding,
    headerRow: out.headerRow - 1,
    headers: out.headers,
    mapping: out.mapping,
    result
  }
}

/** The main side keeps the picked file's bytes until released. */
export async function releaseImport(token: string): Promise<void> {
  await call('import:release', { token })
}

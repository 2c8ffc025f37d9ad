import type { Envelope } from '../../../shared/api/channel'
import type { ColumnMapping } from '../../../shared/importExport/detectHeader'
import type { ImportResult } from '../../../shared/importExport/convertRows'
import type { ImportKind } from '../../../shared/importExport/importFields'
import type { EncodingChoice, TextEncoding } from '../../../shared/text/legacy/detectEncoding'
import { ApiError } from '../api/client'

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

/** The channel's answer as the main side sends it (header row 1-based, as in Excel). */
type PreviewOutput = ImportResult & {
  fileName: string
  sheets: string[]
  sheet: string
  encoding: { detected: TextEncoding | 'mixed'; used: TextEncoding | 'mixed' }
  headerRow: number
  headers: string[]
  mapping: ColumnMapping
}

// Placeholder transport until the import channels are declared; replaced by typed `call`s.
async function invoke<T>(name: string, input: unknown): Promise<T> {
  const raw = window.api.invoke as unknown as (name: string, input: unknown) => Promise<Envelope<T>>
  const result = await raw(name, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

/** Opens the main-side file dialog; null when the clerk cancelled. */
export async function pickImportFile(kind: ImportKind): Promise<{ token: string; fileName: string } | null> {
  return invoke('import:pickFile', { kind })
}

export async function previewImport(key: string, kind: ImportKind, token: string, choices: PreviewChoices): Promise<WizardPreview> {
  const input: Record<string, unknown> = { key, kind, token, encoding: choices.encoding }
  if (choices.sheet !== null) input['sheet'] = choices.sheet
  if (choices.headerRow !== null) input['headerRow'] = choices.headerRow + 1
  if (choices.mapping !== null) input['mapping'] = choices.mapping
  const out = await invoke<PreviewOutput>('import:preview', input)
  const { fileName, sheets, sheet, encoding, headerRow, headers, mapping, kind: resultKind, newVenues, problems, totalRows } = out
  const result = { kind: resultKind, records: out.records, newVenues, problems, totalRows } as ImportResult
  return {
    fileName,
    sheets,
    sheet,
    detectedEncoding: encoding.detected,
    encoding: choices.encoding,
    headerRow: headerRow - 1,
    headers,
    mapping,
    result
  }
}

/** The main side keeps the picked file's bytes until released. */
export async function releaseImport(token: string): Promise<void> {
  await invoke('import:release', { token })
}

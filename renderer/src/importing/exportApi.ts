import type { Envelope } from '../../../shared/api/channel'
import type { ImportKind } from '../../../shared/importExport/importFields'
import type { ExportSort } from '../../../shared/importExport/exportTable'
import { ApiError } from '../api/client'

export const exportFormats = ['xlsx', 'csv', 'json'] as const
export type ExportFormat = (typeof exportFormats)[number]

// Placeholder transport until the export channel is declared; replaced by a typed `call`.
async function invoke<T>(name: string, input: unknown): Promise<T> {
  const raw = window.api.invoke as unknown as (name: string, input: unknown) => Promise<Envelope<T>>
  const result = await raw(name, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

/** Asks the main side to save the list (it shows the save dialog); null when the clerk cancelled. */
export async function exportList(
  key: string,
  kind: ImportKind,
  format: ExportFormat,
  sort: ExportSort = 'protocol'
): Promise<{ fileName: string; rows: number } | null> {
  return invoke('export:write', { key, kind, format, sort })
}

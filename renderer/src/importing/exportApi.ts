import type { ImportKind } from '../../../shared/importExport/importFields'
import type { ExportSort } from '../../../shared/importExport/exportTable'
import { call } from '../api/client'

export const exportFormats = ['xlsx', 'csv', 'json'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** Asks the main side to save the list (it shows the save dialog); null when the clerk cancelled. */
export async function exportList(
  key: string,
  kind: ImportKind,
  format: ExportFormat,
  sort: ExportSort = 'protocol'
): Promise<{ fileName: string; rows: number } | null> {
  return call('export:write', { key, kind, format, sort })
}

import type { Envelope } from '../../../shared/api/channel'
import type { ImportKind } from '../../../shared/importExport/importFields'
import { ApiError } from '../api/client'

/**
 * Asks the main side to write one list of the conference to a file the clerk picks there.
 * Resolves to the written file name, or null when the clerk cancelled the dialog.
 */
export async function exportList(key: string, kind: ImportKind): Promise<string | null> {
  // Untyped until 'export:write' is declared in shared/api/importExportChannels.ts.
  const raw = window.api.invoke as unknown as (name: string, input: unknown) => Promise<Envelope<unknown>>
  const result = await raw('export:write', { key, kind })
  if (!result.ok) throw new ApiError(result.error)
  const value = result.value
  if (value && typeof value === 'object' && 'fileName' in value && typeof value.fileName === 'string') return value.fileName
  return null
}

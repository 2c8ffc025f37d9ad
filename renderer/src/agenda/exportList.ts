import type { ImportKind } from '../../../shared/importExport/importFields'
import { call } from '../api/client'
import type { ConferenceSession } from '../state/conferenceSession'

export type ExportFormat = 'xlsx' | 'csv'

/**
 * Writes one list of the conference to a file the clerk picks in the main-side dialog. The main
 * side exports the stored document, so pending edits are saved first. Resolves to the written
 * file name, or null when the clerk cancelled.
 */
export async function exportList(
  session: ConferenceSession,
  kind: ImportKind,
  format: ExportFormat
): Promise<string | null> {
  await session.flush()
  const written = await call('export:write', { key: session.getSnapshot().key, kind, format })
  return written ? written.fileName : null
}

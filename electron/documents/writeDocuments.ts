import { join } from 'node:path'
import type { DocumentEntry } from '../../shared/documents/documentCatalog'
import { writeOutputFile, type OutputOptions } from '../storage/writeOutput'

/** Pages in a finished pdfkit file: page objects are never inside compressed streams. */
export function countPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length
}

/**
 * Writes one document under `folder` at its catalogue path (creating venues/ as needed) through the
 * safe output writer (temp file + rename, protected targets refused); returns the full path.
 */
export async function writeDocumentFile(
  folder: string,
  entry: DocumentEntry,
  bytes: Uint8Array,
  guard: OutputOptions
): Promise<string> {
  const target = join(folder, ...entry.fileName.split('/'))
  await writeOutputFile(target, bytes, { ...guard, createFolder: true })
  return target
}

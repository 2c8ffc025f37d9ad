import { promises as fs } from 'node:fs'
import { dirname, join } from 'node:path'
import type { DocumentEntry } from '../../shared/documents/documentCatalog'

/** Pages in a finished pdfkit file: page objects are never inside compressed streams. */
export function countPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length
}

/** Writes one document under `folder` at its catalogue path (creating venues/ as needed); returns the full path. */
export async function writeDocumentFile(
  folder: string,
  entry: DocumentEntry,
  bytes: Uint8Array
): Promise<string> {
  const target = join(folder, ...entry.fileName.split('/'))
  await fs.mkdir(dirname(target), { recursive: true })
  await fs.writeFile(target, bytes)
  return target
}

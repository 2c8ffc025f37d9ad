import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { templateFileName, type TemplateOptions } from '../../shared/collect/templateLayout'
import type { ConferenceDocument } from '../../shared/model/conference'
import { durableWrite } from '../storage/durableWrite'
import { buildTemplate } from './buildTemplate'

export interface WrittenTemplate {
  venueId: string
  fileName: string
  path: string
}

/** Writes one template per chosen venue into `folder` (each through a temporary file and a rename). */
export async function writeTemplates(
  doc: ConferenceDocument,
  venueIds: readonly string[],
  folder: string,
  options: TemplateOptions
): Promise<WrittenTemplate[]> {
  const chosen = new Set(venueIds)
  await fs.mkdir(folder, { recursive: true })
  const written: WrittenTemplate[] = []
  for (const [index, venue] of doc.venues.entries()) {
    if (!chosen.has(venue.id)) continue
    const fileName = templateFileName(venue, index + 1)
    const path = join(folder, fileName)
    await durableWrite(path, await buildTemplate(doc, venue, options))
    written.push({ venueId: venue.id, fileName, path })
  }
  return written
}

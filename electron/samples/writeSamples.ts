// Writes resources/samples/ from shared/firstRun/sampleConference.ts: the first-run sample
// conference and the delegate import template. Run `npm run samples` after changing either; the
// outputs are committed and electron/samples/samples.test.ts checks they are current.
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { IMPORT_FIELDS } from '../../shared/importExport/importFields'
import { SAMPLE_IMPORT_ROW, sampleConference } from '../../shared/firstRun/sampleConference'
import { buildXlsx } from '../importExport/writeExport'
import { SAMPLE_CONFERENCE_FILE, SAMPLE_IMPORT_TEMPLATE, samplesDir } from './samplePaths'

/** The sample exactly as committed: two-space JSON and a final newline. */
export function sampleConferenceText(): string {
  return `${JSON.stringify(sampleConference(), null, 2)}\n`
}

/** The columns the delegate import expects, under the titles HoiNghi itself exports, and one example row. */
export async function buildImportTemplate(): Promise<Buffer> {
  const fields = IMPORT_FIELDS.delegates
  return buildXlsx(
    {
      title: 'DANH SÁCH ĐẠI BIỂU (MẪU NHẬP) — giữ nguyên dòng tiêu đề cột, điền từ dòng 4',
      headers: fields.map((field) => field.label),
      widths: fields.map((field) =>
        field.key === 'name' || field.key === 'position' || field.key === 'unit' ? 30 : 16
      ),
      rows: [fields.map((field) => SAMPLE_IMPORT_ROW[field.key] ?? '')],
      objects: []
    },
    'Đại biểu'
  )
}

export async function writeSamples(dir = samplesDir()): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true })
  const conference = join(dir, SAMPLE_CONFERENCE_FILE)
  const template = join(dir, SAMPLE_IMPORT_TEMPLATE)
  await fs.writeFile(conference, sampleConferenceText())
  await fs.writeFile(template, await buildImportTemplate())
  return [conference, template]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of await writeSamples(join(process.cwd(), 'resources/samples'))) console.log(file)
}

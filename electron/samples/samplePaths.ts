import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SAMPLE_CONFERENCE_FILE = 'hoi-nghi-mau.hoinghi.json'
export const SAMPLE_IMPORT_TEMPLATE = 'mau-nhap-dai-bieu.xlsx'

/**
 * resources/samples from wherever the code runs: the sources (electron/samples), the bundle in
 * out/main, or a packaged app (app.asar/resources/samples).
 */
export function samplesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const candidates = [
    resolve(here, '../../resources/samples'),
    resolve(here, '../resources/samples'),
    resolve(here, '../../../resources/samples'),
    resolve(process.cwd(), 'resources/samples')
  ]
  const found = candidates.find((dir) => existsSync(join(dir, SAMPLE_CONFERENCE_FILE)))
  return found ?? candidates[0] ?? 'resources/samples'
}

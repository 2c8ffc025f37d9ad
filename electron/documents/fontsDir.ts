import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FONT_FILES } from './fonts'

/**
 * resources/fonts from wherever the code runs: the sources under tsx (electron/documents), the
 * bundle in out/main, or a packaged app whose resources sit beside app.asar.
 */
export function defaultFontsDir(extra: readonly string[] = []): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const candidates = [
    ...extra,
    resolve(here, '../../resources/fonts'),
    resolve(here, '../resources/fonts'),
    resolve(process.cwd(), 'resources/fonts')
  ]
  const found = candidates.find((dir) => existsSync(join(dir, FONT_FILES.regular)))
  return found ?? candidates[1] ?? 'resources/fonts'
}

import { readFileSync } from 'node:fs'

/** The libraries a start-up must not load before a task needs them (issue 15). */
export const HEAVY_LIBRARIES = [
  'xlsx',
  'exceljs',
  'papaparse',
  'iconv-lite',
  'pdfkit',
  'fontkit',
  'docx'
] as const
export type HeavyLibrary = (typeof HEAVY_LIBRARIES)[number]

/** Which heavy libraries a module log (tests/support/moduleLog/register.mjs) shows as loaded. */
export function heavyLibrariesIn(urls: readonly string[]): string[] {
  const found = new Set<string>()
  for (const url of urls) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url)
    if (!match) continue
    const [, name = '', rest = ''] = match
    if ((HEAVY_LIBRARIES as readonly string[]).includes(name)) found.add(name)
    if (name === 'xlsx' && rest.includes('cpexcel')) found.add('xlsx code pages')
  }
  return [...found].sort()
}

export function readModuleLog(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean)
  } catch {
    return []
  }
}

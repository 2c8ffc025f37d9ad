import { join, resolve } from 'node:path'
import { renderDocumentFiles } from '../electron/documents/renderDocument'
import { generateConference } from '../tests/support/generateConference'
import { median, type BenchResult } from './benchResult'

const ROOT = resolve(import.meta.dirname, '..')
const FONTS = join(ROOT, 'resources/fonts')

/** Median wall time and size of the delegate list as a .docx, in process (issue 16: < 400 ms, < 150 KB; 10,000 < 3 s). */
async function wordList(
  delegates: number,
  venues: number,
  runs: number
): Promise<{ ms: number; bytes: number }> {
  const doc = generateConference(delegates, venues)
  const request = { kind: 'delegates' as const }
  const options = { fontsDir: FONTS, lang: 'vi' as const, formats: ['docx' as const] }
  await renderDocumentFiles(doc, request, options) // warm-up: docx and the fonts load once
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const files = await renderDocumentFiles(doc, request, options)
    times.push(performance.now() - start)
    bytes = files.docx?.byteLength ?? 0
  }
  return { ms: median(times), bytes }
}

export async function wordBenches(): Promise<BenchResult[]> {
  const list = await wordList(1200, 90, 5)
  const large = await wordList(10_000, 90, 3)
  return [
    { name: 'word: 1,200-delegate list as .docx (target < 400 ms)', value: Math.round(list.ms), unit: 'ms' },
    {
      name: 'word: 1,200-delegate list .docx size (target < 150 KB)',
      value: Math.round(list.bytes / 1024),
      unit: 'KB'
    },
    {
      name: 'word: 10,000-delegate list as .docx (target < 3,000 ms)',
      value: Math.round(large.ms),
      unit: 'ms'
    }
  ]
}

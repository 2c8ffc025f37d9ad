import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { renderDocument } from '../electron/documents/renderDocument'
import { buildLongConference } from '../tests/pdf/conferenceFixtures'
import { median, type BenchResult } from './benchResult'
import { CHROMIUM, CHROMIUM_ARGS, delegateListHtml } from './delegateListHtml'

const ROOT = resolve(import.meta.dirname, '..')
const FONTS = join(ROOT, 'resources/fonts')
const WORK = join(ROOT, '.tmp/pdf-bench')

async function timeIt(runs: number, action: () => Promise<unknown>): Promise<number> {
  await action() // warm-up: font parsing, JIT, Chromium's first layout
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await action()
    times.push(performance.now() - start)
  }
  return median(times)
}

/**
 * The in-process figures reuse what earlier runs of the same list left in the process-wide caches
 * (parsed fonts, shaped words), as Chromium's repeated page.pdf reuses its own. The first render of a
 * list in a worker that has only printed other documents still shapes each of its words: timed
 * inside child processes (start-up excluded) that first print the Hà Tĩnh conference's documents.
 */
function timeFirstRender(runs: number): number {
  const module = (path: string) => JSON.stringify(pathToFileURL(join(ROOT, path)).href)
  const code = `
import { renderDocument } from ${module('electron/documents/renderDocument.ts')}
import { buildHaTinhConference, buildLongConference } from ${module('tests/pdf/conferenceFixtures.ts')}
const options = { fontsDir: ${JSON.stringify(FONTS)}, lang: 'vi' }
const other = buildHaTinhConference()
for (let i = 0; i < 5; i++) for (const kind of ['agenda', 'delegates', 'venues', 'awards', 'script']) await renderDocument(other, { kind }, options)
const doc = buildLongConference(1200, 90)
const start = performance.now()
await renderDocument(doc, { kind: 'delegates' }, options)
console.log(performance.now() - start)`
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    const ms = Number(result.stdout.trim().split('\n').at(-1))
    if (result.status !== 0 || !Number.isFinite(ms))
      throw new Error(`first-render child exited ${result.status}: ${result.stderr}`)
    times.push(ms)
  }
  return median(times)
}

/** The delegate list: pdfkit in-process vs Chromium's page.pdf on an open browser, 10,000 rows, and whole new processes. */
export async function pdfBenches(): Promise<BenchResult[]> {
  mkdirSync(WORK, { recursive: true })
  const doc = buildLongConference(1200, 90)
  const big = buildLongConference(10000, 90)
  const results: BenchResult[] = []

  let ours: Uint8Array = new Uint8Array()
  const oursMs = await timeIt(5, async () => {
    ours = await renderDocument(doc, { kind: 'delegates' }, { fontsDir: FONTS, lang: 'vi' })
  })
  writeFileSync(join(WORK, 'delegates-1200.pdf'), ours)

  const html = delegateListHtml(doc)
  const htmlFile = join(WORK, 'delegates-1200.html')
  writeFileSync(htmlFile, html)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  let chromiumBytes = 0
  let chromiumMs = 0
  try {
    const page = await browser.newPage()
    chromiumMs = await timeIt(5, async () => {
      await page.setContent(html)
      const pdf = await page.pdf({
        format: 'A4',
        tagged: false,
        preferCSSPageSize: true,
        printBackground: false
      })
      chromiumBytes = pdf.byteLength
    })
  } finally {
    await browser.close()
  }

  const firstMs = timeFirstRender(3)
  results.push(
    {
      name: 'pdf: 1,200-delegate list, pdfkit in-process (median of 5)',
      value: Math.round(oursMs),
      unit: 'ms',
      peer: 'Chromium page.pdf',
      ratio: +(oursMs / chromiumMs).toFixed(3)
    },
    {
      name: 'pdf: 1,200-delegate list, Chromium page.pdf on an open browser (median of 5)',
      value: Math.round(chromiumMs),
      unit: 'ms'
    },
    {
      name: 'pdf: 1,200-delegate list, speed-up over Chromium',
      value: +(chromiumMs / oursMs).toFixed(2),
      unit: '×'
    },
    {
      name: 'pdf: 1,200-delegate list, first render in a process that printed other documents (median of 3)',
      value: Math.round(firstMs),
      unit: 'ms',
      peer: 'Chromium page.pdf',
      ratio: +(firstMs / chromiumMs).toFixed(3)
    },
    {
      name: 'pdf: 1,200-delegate list, pdfkit file size',
      value: ours.byteLength,
      unit: 'bytes',
      peer: 'Chromium untagged',
      ratio: +(ours.byteLength / chromiumBytes).toFixed(3)
    },
    { name: 'pdf: 1,200-delegate list, Chromium untagged file size', value: chromiumBytes, unit: 'bytes' }
  )

  let bigBytes = 0
  const bigMs = await timeIt(3, async () => {
    bigBytes = (await renderDocument(big, { kind: 'delegates' }, { fontsDir: FONTS, lang: 'vi' })).byteLength
  })
  results.push(
    {
      name: 'pdf: 10,000-delegate list, pdfkit in-process (median of 3)',
      value: Math.round(bigMs),
      unit: 'ms',
      peer: '1,200-delegate list × 10000/1200',
      ratio: +(bigMs / (oursMs * (10000 / 1200))).toFixed(3)
    },
    { name: 'pdf: 10,000-delegate list, file size', value: bigBytes, unit: 'bytes' }
  )

  // Whole new processes (the CLI against chromium --print-to-pdf): bench/startupBench.ts.
  return results
}

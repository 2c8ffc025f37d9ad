import { spawnSync } from 'node:child_process'
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { renderDocument } from '../electron/documents/renderDocument'
import { delegatesByVenue } from '../electron/documents/delegateDocuments'
import type { ConferenceDocument } from '../shared/model/conference'
import { buildLongConference } from '../tests/pdf/conferenceFixtures'
import { median, type BenchResult } from './benchResult'

const ROOT = resolve(import.meta.dirname, '..')
const FONTS = join(ROOT, 'resources/fonts')
const WORK = join(ROOT, '.tmp/pdf-bench')
const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The same list as a web tool would print it: a table with a repeating thead, group rows, the same margins. */
function delegateListHtml(doc: ConferenceDocument): string {
  const rows: string[] = []
  let number = 0
  for (const { venue, delegates } of delegatesByVenue(doc)) {
    rows.push(`<tr class="g"><td colspan="6">Điểm cầu: ${escapeHtml(venue?.name ?? '')}</td></tr>`)
    for (const d of delegates)
      rows.push(
        `<tr><td>${++number}</td><td>${escapeHtml(d.name)}</td><td>${escapeHtml(d.rank)}</td><td>${escapeHtml(d.position)}</td><td>${escapeHtml(d.unit)}</td><td></td></tr>`
      )
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm }
body { font-family: 'Times New Roman', Tinos, serif; font-size: 12pt }
h1 { font-size: 14pt; text-align: center }
table { width: 100%; border-collapse: collapse } th, td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top }
tr { break-inside: avoid } tr.g td { font-weight: bold } thead { display: table-header-group }
</style></head><body><h1>DANH SÁCH ĐẠI BIỂU</h1><p style="text-align:center;font-weight:bold">${escapeHtml(doc.conference.title)}</p>
<table><thead><tr><th>STT</th><th>Họ và tên</th><th>Cấp bậc</th><th>Chức vụ</th><th>Đơn vị</th><th>Ký tên</th></tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`
}

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

function timeProcess(runs: number, command: string, args: string[]): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const result = spawnSync(command, args, { cwd: ROOT, stdio: 'ignore' })
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`)
    times.push(performance.now() - start)
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

  // Whole new processes, as a clerk's script or a web tool's job would start them.
  const conferenceFile = join(WORK, 'delegates-1200.hoinghi.json')
  writeFileSync(conferenceFile, JSON.stringify(doc))
  const cliMs = timeProcess(3, process.execPath, [
    join(ROOT, 'bin/hoinghi.mjs'),
    'render',
    conferenceFile,
    '--out',
    join(WORK, 'cli'),
    '--docs',
    'delegates'
  ])
  const chromeCliMs = timeProcess(3, CHROMIUM, [
    '--headless',
    ...CHROMIUM_ARGS,
    '--no-pdf-header-footer',
    `--print-to-pdf=${join(WORK, 'chromium-cli.pdf')}`,
    `file://${htmlFile}`
  ])
  results.push(
    {
      name: 'pdf: new process, hoinghi render --docs delegates (bin/hoinghi.mjs, prebuilt bundle, median of 3)',
      value: Math.round(cliMs),
      unit: 'ms',
      peer: 'chromium --headless --print-to-pdf',
      ratio: +(cliMs / chromeCliMs).toFixed(3)
    },
    {
      name: 'pdf: new process, chromium --headless --print-to-pdf (median of 3)',
      value: Math.round(chromeCliMs),
      unit: 'ms'
    },
    {
      name: 'pdf: chromium --print-to-pdf file size',
      value: statSync(join(WORK, 'chromium-cli.pdf')).size,
      unit: 'bytes'
    }
  )
  return results
}

import { join, resolve } from 'node:path'
import { renderDocument } from '../electron/documents/renderDocument'
import { createWriter, wrapLines } from '../electron/documents/writer'
import { newAward, newConferenceDocument } from '../shared/model/defaults'
import { median, type BenchResult } from './benchResult'

const FONTS = join(resolve(import.meta.dirname, '..'), 'resources/fonts')
/** One unbroken "word" of 10,000 letters with Vietnamese marks (issue 12 item 6: 5,000 took 364 s). */
const LONG_WORD = 'Thànhtíchxuấtsắctrongphongtràothiđuaquyếtthắngnăm2023ỦyviênẢnhỮỹ'
  .repeat(200)
  .slice(0, 10_000)

function timed(runs: number, action: () => unknown): number {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    action()
    times.push(performance.now() - started)
  }
  return Math.round(median(times) * 10) / 10
}

/** A 10,000-character word: wrapped in a table cell's width, and rendered as an award's achievement. */
export async function longWordBenches(): Promise<BenchResult[]> {
  // A fresh writer each run (made outside the timing): nothing measured in an earlier run helps.
  const writers = Array.from({ length: 5 }, () =>
    createWriter({ fontsDir: FONTS, lang: 'vi', title: 'Khen thưởng' })
  )
  let next = 0
  const wrap = timed(writers.length, () => {
    const w = writers[next++]
    if (w) wrapLines(w, LONG_WORD, 'regular', 12, 160)
  })
  const doc = newConferenceDocument(
    'bench',
    { title: 'Hội nghị tổng kết năm 2023' },
    new Date('2023-12-01T00:00:00Z')
  )
  doc.awards = [
    newAward('a1', {
      form: 'Bằng khen',
      recipientType: 'individual',
      recipient: 'Nguyễn Xuân Thắng',
      achievement: LONG_WORD
    })
  ]
  await renderDocument(doc, { kind: 'awards' }, { fontsDir: FONTS, lang: 'vi' })
  const renders: number[] = []
  for (let run = 0; run < 3; run++) {
    const started = performance.now()
    await renderDocument(doc, { kind: 'awards' }, { fontsDir: FONTS, lang: 'vi' })
    renders.push(performance.now() - started)
  }
  return [
    { name: 'wrapLines, one 10,000-character word (median; target < 100 ms)', value: wrap, unit: 'ms' },
    {
      name: 'awards.pdf with a 10,000-character achievement (median)',
      value: Math.round(median(renders)),
      unit: 'ms'
    }
  ]
}

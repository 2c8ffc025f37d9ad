import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { dataPaths } from '../electron/storage/dataPaths'
import type { Delegate, Venue } from '../shared/model/conference'
import { newConferenceDocument, newDelegate, newVenue } from '../shared/model/defaults'
import { RENDERER_DIR, startLoopbackApp } from '../tests/e2e/support/loopbackServer'
import { installWindowApi } from '../tests/e2e/support/windowApiShim'
import {
  POSITIONS,
  RANKS,
  UNITS,
  pick,
  randomFullName,
  seededRandom
} from '../tests/support/vietnameseSamples'
import { median, type BenchResult } from './benchResult'

/** The same flags as playwright.config.ts: Debian Chromium, no sandbox, nothing fetched. */
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

export function generateDelegates(count: number, venues: readonly Venue[]): Delegate[] {
  const random = seededRandom(2023)
  return Array.from({ length: count }, (_, index) =>
    newDelegate(`d${index.toString(16).padStart(6, '0')}`, {
      name: randomFullName(random),
      rank: pick(RANKS, random),
      position: pick(POSITIONS, random),
      unit: pick(UNITS, random),
      venueId: pick(venues, random).id
    })
  )
}

/**
 * Filtering 10,000 delegates in Chromium, per keystroke: the tab stamps `data-filter-ms` with the
 * time from the input event to the first animation frame after the list re-rendered. Also the cold
 * start: navigation to an interactive conference list. Needs `out/renderer` (the runner builds).
 */
export async function rendererFilterBenches(): Promise<BenchResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hoinghi-bench-'))
  const app = await startLoopbackApp(RENDERER_DIR, dataDir)
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS
  })
  try {
    const title = 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2023 (10.000 đại biểu)'
    const venues = [
      'Hội trường UBND tỉnh',
      'Huyện Kỳ Anh',
      'Huyện Hương Khê',
      'Huyện Cẩm Xuyên',
      'Thị xã Hồng Lĩnh'
    ].map((name, index) => newVenue(`v${index}`, { name, isMain: index === 0 }))
    const base = newConferenceDocument('bench10k', { title }, new Date())
    await app.ctx.store.writeNew(dataPaths(dataDir).conferenceFile(base.id), {
      ...base,
      venues,
      delegates: generateDelegates(10_000, venues)
    })

    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN' })
    // tsx compiles with keepNames, which wraps functions in a `__name` helper the page does not have.
    await context.addInitScript({
      content: `var __name = (target) => target;(${installWindowApi.toString()})()`
    })
    const page = await context.newPage()

    // Cold start: a fresh page until the conference list answers clicks.
    const coldStarts: number[] = []
    for (let run = 0; run < 5; run++) {
      const started = performance.now()
      await page.goto(app.url)
      await page.getByRole('button', { name: title }).waitFor({ state: 'visible' })
      coldStarts.push(performance.now() - started)
    }

    await page.getByRole('button', { name: title }).click()
    await page.getByRole('tab', { name: 'Đại biểu' }).click()
    await page.getByText('Hiển thị 10.000 / 10.000').waitFor()
    const search = page.getByRole('searchbox', { name: 'Tìm đại biểu' })
    const box = page.locator('.delegate-table-box')

    const perKey: number[] = []
    for (const query of ['nguyen van thang', 'dai ta', 'ban chqs huyen ky anh', 'tran thi']) {
      await search.fill('')
      await page.waitForTimeout(50)
      for (const char of query) {
        await box.evaluate((element) => (element.dataset['filterMs'] = ''))
        await search.press(char === ' ' ? 'Space' : char)
        await page.waitForFunction(
          () => (document.querySelector<HTMLElement>('.delegate-table-box')?.dataset['filterMs'] ?? '') !== ''
        )
        perKey.push(Number(await box.getAttribute('data-filter-ms')))
      }
      // Backspace widens the search again: the slow direction (no narrowing from the previous matches).
      for (let back = 0; back < 4; back++) {
        await box.evaluate((element) => (element.dataset['filterMs'] = ''))
        await search.press('Backspace')
        await page.waitForFunction(
          () => (document.querySelector<HTMLElement>('.delegate-table-box')?.dataset['filterMs'] ?? '') !== ''
        )
        perKey.push(Number(await box.getAttribute('data-filter-ms')))
      }
    }
    const p95 = percentile(perKey, 0.95)
    const details = await detailsPanelLatencies(page)
    await context.close()
    return [
      {
        name: 'renderer details-panel keystroke, 10,000 delegates (median)',
        value: round(median(details.keys)),
        unit: 'ms'
      },
      {
        name: 'renderer details-panel keystroke, 10,000 delegates (p95)',
        value: round(percentile(details.keys, 0.95)),
        unit: 'ms'
      },
      { name: 'renderer grid cell Enter-commit, 10,000 delegates', value: round(details.commit), unit: 'ms' },
      { name: 'renderer Ctrl+Z, 10,000 delegates', value: round(details.undo), unit: 'ms' },
      {
        name: 'renderer filter 10,000 delegates per keystroke (median)',
        value: round(median(perKey)),
        unit: 'ms'
      },
      { name: 'renderer filter 10,000 delegates per keystroke (p95)', value: round(p95), unit: 'ms' },
      {
        name: 'renderer cold start to interactive conference list (median of 5)',
        value: round(median(coldStarts)),
        unit: 'ms'
      }
    ]
  } finally {
    await browser.close()
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

/**
 * The reviewer's method: from the keydown (capture, before React sees it) to the second animation
 * frame after it, i.e. until the frame that shows the key's effect has been painted.
 */
async function detailsPanelLatencies(page: Page): Promise<{ keys: number[]; commit: number; undo: number }> {
  await page.getByRole('searchbox', { name: 'Tìm đại biểu' }).fill('')
  await page.locator('.delegate-rows [role="row"]').nth(3).locator('[data-column="name"]').click()
  await page.evaluate(() => {
    const samples: number[] = []
    Object.assign(window, { keySamples: samples })
    document.addEventListener(
      'keydown',
      () => {
        const started = performance.now()
        requestAnimationFrame(() => requestAnimationFrame(() => samples.push(performance.now() - started)))
      },
      { capture: true }
    )
  })
  const samples = async (count: number): Promise<number[]> => {
    await page.waitForFunction(
      (n) => (window as unknown as { keySamples: number[] }).keySamples.length >= n,
      count
    )
    return page.evaluate(() => (window as unknown as { keySamples: number[] }).keySamples.splice(0))
  }
  const notes = page.getByRole('complementary').getByLabel('Ghi chú')
  await notes.click()
  await samples(0)
  // ASCII: Playwright sends non-layout characters as insertText, without the keydown measured here.
  const text = 'De nghi bo tri ghe hang dau'
  for (const char of text) {
    await page.keyboard.press(char === ' ' ? 'Space' : char)
    await page.waitForTimeout(30)
  }
  const keys = await samples(text.length)
  // Leave the field (commits), then an Enter-commit in the grid and an undo.
  await page.locator('.delegate-rows [role="row"]').nth(5).locator('[data-column="rank"]').click()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Thượng tá')
  await page.waitForTimeout(50)
  await samples(0)
  await page.keyboard.press('Enter')
  const [commit = 0] = await samples(1)
  await page.waitForTimeout(50)
  await page.keyboard.press('Control+z')
  const [undo = 0] = await samples(1)
  return { keys, commit, undo }
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

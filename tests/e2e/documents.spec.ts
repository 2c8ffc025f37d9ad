import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { standardAgenda } from '../../shared/agenda/standardAgendas'
import type { ConferenceDocument, DelegateRole } from '../../shared/model/conference'
import { newConferenceDocument, newDelegate, newVenue } from '../../shared/model/defaults'
import { SCREENSHOT_DIR, expect, test } from './support/fixtures'
import { SAMPLE_FILES, samplePath } from '../fixtures/samples/samplePaths'

const TITLE = 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2023'
const SAMPLE = samplePath(SAMPLE_FILES.delegatesCsv)
const ROLES: Record<string, DelegateRole> = {
  'Chủ trì': 'chair',
  'Đồng chủ trì': 'co-chair',
  'Khách mời': 'guest',
  'Đại biểu': 'delegate'
}

/** The Hà Tĩnh 2023 sample: 60 real delegates spread over three venues, and the annual programme. */
async function sampleConference(): Promise<ConferenceDocument> {
  const csv = await readFile(SAMPLE, 'utf8')
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data
  const doc = newConferenceDocument(
    'ha-tinh-2023',
    {
      title: TITLE,
      kind: 'annual',
      date: '2023-12-26',
      startTime: '14:00',
      place: 'Hội trường UBND tỉnh Hà Tĩnh',
      organiser: 'UBND tỉnh Hà Tĩnh'
    },
    new Date('2023-12-20T08:00:00Z')
  )
  const venues = [
    newVenue('v1', { name: 'Hội trường UBND tỉnh', isMain: true, expectedCount: 30 }),
    newVenue('v2', { name: 'Huyện Hương Khê', expectedCount: 15 }),
    newVenue('v3', { name: 'Huyện Lộc Hà', expectedCount: 15 })
  ]
  const delegates = rows.map((row, index) =>
    newDelegate(`d${index + 1}`, {
      name: row['Họ và tên'] ?? '',
      rank: row['Cấp bậc'] ?? '',
      position: row['Chức vụ'] ?? '',
      unit: row['Đơn vị'] ?? '',
      role: ROLES[row['Vai trò'] ?? ''] ?? 'delegate',
      venueId: index < 30 ? 'v1' : index % 2 === 0 ? 'v2' : 'v3'
    })
  )
  let next = 0
  return { ...doc, venues, delegates, agenda: standardAgenda('annual', () => `a${++next}`) }
}

/** Share of the canvas that is not white paper: the page really has ink on it. */
async function inkedShare(page: import('@playwright/test').Page): Promise<number> {
  return page.locator('canvas.pdf-page').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d')
    if (!context || canvas.width === 0) return 0
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    let inked = 0
    for (let index = 0; index < data.length; index += 4) if ((data[index] ?? 255) < 200) inked++
    return inked / (data.length / 4)
  })
}

test('documents tab: settings, preview, MC script edit kept, print all to a folder', async ({
  page,
  app
}) => {
  const doc = await sampleConference()
  await app.ctx.store.writeNew(app.ctx.store.paths.conferenceFile(doc.id), doc)
  await page.reload()
  await page.getByRole('button', { name: TITLE }).click()
  await page.getByRole('tab', { name: 'Văn bản in' }).click()
  const panel = page.getByRole('tabpanel')

  // 1. Document settings, stored in doc.documents.
  await panel.getByRole('button', { name: 'Thiết lập văn bản' }).click()
  await panel.getByLabel('Cơ quan chủ quản').fill('UBND TỈNH HÀ TĨNH')
  await panel.getByLabel('Cơ quan ban hành').fill('BỘ CHỈ HUY QUÂN SỰ TỈNH')
  await panel.getByLabel('Địa danh').fill('Hà Tĩnh')
  await panel.getByLabel('Chức vụ người ký').fill('CHỈ HUY TRƯỞNG')
  await panel.getByLabel('Họ tên người ký').fill('Đại tá Nguyễn Xuân Thắng')
  await panel.getByLabel('Số của chương trình').fill('2')
  await panel.getByLabel('Nơi nhận').fill('Như trên;\n\nUBND tỉnh (để b/c);\nLưu: VT, TM.')
  await panel.getByLabel('Nơi nhận').blur()
  await panel.getByLabel('Danh sách theo điểm cầu').selectOption('one-file')
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'documents-settings.png') })
  const stored = (await app.ctx.store.openFile(app.ctx.store.paths.conferenceFile(doc.id))).db.data
  expect(stored.documents).toMatchObject({
    governingBody: 'UBND TỈNH HÀ TĨNH',
    issuingBody: 'BỘ CHỈ HUY QUÂN SỰ TỈNH',
    place: 'Hà Tĩnh',
    signerName: 'Đại tá Nguyễn Xuân Thắng',
    agendaNumber: '2',
    recipients: ['Như trên;', 'UBND tỉnh (để b/c);', 'Lưu: VT, TM.'],
    venueSheets: 'one-file'
  })
  // Undo takes the last setting back, like every other edit.
  await page.keyboard.press('Control+z')
  await expect(panel.getByLabel('Danh sách theo điểm cầu')).toHaveValue('per-file')

  // 2. The list and a preview of the delegate list, drawn by pdf.js on a canvas.
  await panel.getByRole('button', { name: 'Danh sách tài liệu' }).click()
  const delegatesRow = panel.locator('[data-doc-id="delegates"]')
  await expect(delegatesRow).toContainText('Danh sách đại biểu')
  // Per-file venue sheets again after the undo: one row per venue, folded under one entry.
  await expect(panel.locator('[data-doc-id^="venue-sheet:"]')).toHaveCount(3)
  const sheetsToggle = panel.getByRole('button', { name: /Danh sách theo điểm cầu/ })
  await expect(sheetsToggle).toHaveAttribute('aria-expanded', 'false')
  await expect(panel.locator('[data-doc-id^="venue-sheet:"]').first()).toBeHidden()
  await sheetsToggle.click()
  await expect(sheetsToggle).toHaveAttribute('aria-expanded', 'true')
  await expect(panel.locator('[data-doc-id^="venue-sheet:"]').first()).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'documents-venue-sheets-group.png') })
  await sheetsToggle.click()
  // No award yet: the award list and the stage order are shown, disabled, with the reason.
  const awardsRow = panel.locator('[data-doc-id="awards"]')
  await expect(awardsRow).toContainText('Không in: chưa có khen thưởng.')
  await expect(awardsRow.locator('.doc-preview-button')).toBeDisabled()
  await expect(panel.locator('[data-doc-id="ceremony"]')).toContainText('chưa có khen thưởng')
  await delegatesRow.getByRole('button', { name: 'Xem trước' }).click()
  await expect(panel.locator('.preview-title')).toHaveText('Danh sách đại biểu')
  await expect(panel.locator('.pdf-viewport .doc-spinner')).toHaveCount(0, { timeout: 20_000 })
  await expect(panel.getByTestId('page-count')).toHaveText(/^\/ [2-9]$/)
  expect(await inkedShare(page)).toBeGreaterThan(0.005)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'documents-preview.png') })
  await panel.getByRole('button', { name: 'Trang sau' }).click()
  await expect(panel.getByLabel('Số trang')).toHaveValue('2')
  await expect(panel.locator('.pdf-viewport .doc-spinner')).toHaveCount(0)
  expect(await inkedShare(page)).toBeGreaterThan(0.002)
  await panel.getByRole('button', { name: 'Phóng to' }).click()
  await expect(panel.locator('.zoom-value')).not.toHaveText('')

  await panel.getByRole('button', { name: 'Cả trang' }).click()
  await expect(panel.locator('.pdf-viewport .doc-spinner')).toHaveCount(0)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'documents-preview-page.png') })

  // Save as… goes through the main side's dialog; Open for printing hands a file to the system viewer.
  const saveDir = await mkdtemp(join(tmpdir(), 'hoinghi-save-'))
  try {
    app.queueDialogAnswers(join(saveDir, 'chương-trình.pdf'))
    await panel
      .locator('[data-doc-id="agenda"]')
      .getByRole('button', { name: 'Lưu thành tệp PDF: Chương trình' })
      .click()
    await expect(
      panel.getByRole('status').filter({ hasText: 'Đã lưu “Chương trình” thành tệp chương-trình.pdf.' })
    ).toBeVisible()
    expect((await readFile(join(saveDir, 'chương-trình.pdf'))).subarray(0, 5).toString('latin1')).toBe(
      '%PDF-'
    )
  } finally {
    await rm(saveDir, { recursive: true, force: true })
  }
  await panel.locator('[data-doc-id="venues"]').getByRole('button', { name: 'Mở để in' }).click()
  await expect(panel.getByRole('status').filter({ hasText: 'trình xem PDF' })).toBeVisible()
  expect(app.openedPaths.at(-1)).toMatch(/venues\.pdf$/)

  // 3. The MC script: rewrite one passage, see it marked, reload and find it kept.
  await panel.getByRole('button', { name: 'Kịch bản dẫn chương trình' }).click()
  // The standard agenda has its own "Chào cờ" item, which carries the salute passage.
  const saluteItem = doc.agenda.find((item) => item.title.includes('Chào cờ'))
  const saluteId = saluteItem ? `agenda:${saluteItem.id}` : 'flag'
  const flag = panel.locator(`[data-passage-id="${saluteId}"]`)
  const words = 'Kính thưa các đồng chí đại biểu! Xin mời toàn thể các đồng chí đứng dậy làm lễ chào cờ.'
  await flag.locator('textarea').fill(words)
  await expect(flag).toContainText('đã sửa')
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'documents-script.png') })
  await page.reload()
  await page.getByRole('button', { name: TITLE }).click()
  await page.getByRole('tab', { name: 'Văn bản in' }).click()
  await panel.getByRole('button', { name: 'Kịch bản dẫn chương trình' }).click()
  await expect(flag.locator('textarea')).toHaveValue(words)
  await expect(flag).toContainText('đã sửa')
  // The printed script uses it (documents:script reads the stored document).
  const passages = await page.evaluate(
    async (key) =>
      (await (
        window as unknown as { api: { invoke(name: string, input: unknown): Promise<unknown> } }
      ).api.invoke('documents:script', { key })) as {
        ok: boolean
        value: { id: string; words: string; edited: boolean }[]
      },
    'ha-tinh-2023'
  )
  expect(passages.ok).toBe(true)
  expect(passages.value.find((passage) => passage.id === saluteId)).toMatchObject({ words, edited: true })
  expect(passages.value.filter((passage) => passage.words.includes('lễ chào cờ'))).toHaveLength(1)
  const reread = (await app.ctx.store.openFile(app.ctx.store.paths.conferenceFile(doc.id))).db.data
  expect(reread.documents.scriptEdits[saluteId]).toBe(words)

  // 4. Print all to a folder: the bar reaches the end and every file is there.
  const folder = await mkdtemp(join(tmpdir(), 'hoinghi-print-'))
  try {
    await panel.getByRole('button', { name: 'Danh sách tài liệu' }).click()
    app.queueDialogAnswers(folder)
    // Every text the progress line shows, so the run is seen moving document by document.
    await page.evaluate(() => {
      const seen: string[] = []
      Object.assign(window, { progressSeen: seen })
      new MutationObserver(() => {
        const text = document.querySelector('.print-progress-text')?.textContent ?? ''
        if (text && seen[seen.length - 1] !== text) seen.push(text)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    await panel.getByRole('button', { name: 'In tất cả ra thư mục…' }).click()
    await expect(panel.getByRole('status').filter({ hasText: /Đã ghi \d+ tệp PDF/ })).toBeVisible({
      timeout: 30_000
    })
    const bar = panel.locator('.print-progress progress')
    const max = await bar.getAttribute('max')
    expect(await bar.getAttribute('value')).toBe(max)
    await expect(panel.locator('.print-progress-text')).toHaveText(`${max} / ${max} — Hoàn tất`)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'documents-print-all.png') })
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)
    expect(seen).toContain(`2 / ${max} — Danh sách đại biểu`)
    expect(seen.filter((text) => /^\d+ \/ \d+ — /.test(text)).length).toBeGreaterThanOrEqual(Number(max) - 2)
    const top = await readdir(folder)
    expect(top).toEqual(
      expect.arrayContaining([
        'agenda.pdf',
        'delegates.pdf',
        'venues.pdf',
        'script.pdf',
        'namecards.pdf',
        'venues'
      ])
    )
    // Nothing to list, nothing written.
    expect(top).not.toContain('awards.pdf')
    expect(top).not.toContain('ceremony.pdf')
    const sheets = await readdir(join(folder, 'venues'))
    expect(sheets).toHaveLength(3)
    const script = await readFile(join(folder, 'script.pdf'))
    expect(script.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect((await stat(join(folder, 'delegates.pdf'))).size).toBeGreaterThan(5000)
    expect(top.filter((name) => name.endsWith('.pdf')).length + sheets.length).toBe(Number(max))
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})

import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { installWindowApi } from './support/windowApiShim'
import { SCREENSHOT_DIR, expect, test } from './support/fixtures'

const SAMPLE_TITLE = /Hội nghị tổng kết công tác phối hợp .* Thạch Lam năm 2024 \(mẫu\)/
// HOINGHI_HELP_SHOTS=1 refreshes the help's screenshots (committed); otherwise they go to artifacts/.
const HELP_SHOTS = process.env['HOINGHI_HELP_SHOTS'] === '1'
const SHOT_DIR = HELP_SHOTS ? join(process.cwd(), 'renderer/src/help/shots') : join(SCREENSHOT_DIR, 'help')

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SHOT_DIR, `${name}.png`) })
}

test('first run: the sample conference opens as a copy and every document renders from it', async ({
  app,
  browser
}) => {
  // Seven screens and every document of a 60-delegate conference: more than the default minute on a busy machine.
  test.setTimeout(180_000)
  // Half-size pixels keep the help's screenshots small.
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    deviceScaleFactor: 0.5,
    locale: 'vi-VN'
  })
  const page = await context.newPage()
  await page.addInitScript(installWindowApi)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(app.url)

  await expect(page.getByText('Chưa có hội nghị nào')).toBeVisible()
  await page.getByRole('button', { name: 'Mở hội nghị mẫu' }).click()
  const panel = page.getByRole('tabpanel')
  await expect(panel.getByLabel('Tên hội nghị')).toHaveValue(SAMPLE_TITLE)
  await shoot(page, 'create')
  await page.getByRole('tab', { name: 'Điểm cầu' }).click()
  await expect(panel.getByText('Đồn Biên phòng Cửa khẩu Quốc tế Cầu Ngòi').first()).toBeVisible()
  await shoot(page, 'import')
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  await expect(panel.getByText('Nguyễn Hữu Thắng').first()).toBeVisible()
  await shoot(page, 'protocol')
  await page.getByRole('tab', { name: 'Chương trình' }).click()
  await expect(panel.getByText('Phát biểu kết luận hội nghị').first()).toBeVisible()
  await shoot(page, 'agenda')
  await page.getByRole('tab', { name: 'Đề cương' }).click()
  await expect(panel.getByText(/Báo cáo tổng kết công tác phối hợp/).first()).toBeVisible()
  await shoot(page, 'outlines')
  await page.getByRole('tab', { name: 'Khen thưởng' }).click()
  await expect(panel.getByText(/2418\/QĐ-UBND/).first()).toBeVisible()
  await shoot(page, 'awards')
  await page.getByRole('tab', { name: 'Văn bản in' }).click()
  await panel.getByRole('button', { name: 'Danh sách tài liệu' }).click()
  await expect(panel.locator('[data-doc-id="agenda"]')).toBeVisible({ timeout: 30_000 })
  await shoot(page, 'print')

  // Every document, from the sample as shipped.
  const folder = await mkdtemp(join(tmpdir(), 'hoinghi-sample-print-'))
  try {
    app.queueDialogAnswers(folder)
    await panel.getByRole('button', { name: 'In tất cả ra thư mục…' }).click()
    await expect(panel.getByRole('status').filter({ hasText: /Đã ghi \d+ tệp PDF/ })).toBeVisible({
      timeout: 60_000
    })
    const top = await readdir(folder)
    expect(top).toEqual(
      expect.arrayContaining([
        'agenda.pdf',
        'delegates.pdf',
        'venues.pdf',
        'outline-01.pdf',
        'awards.pdf',
        'script.pdf',
        'namecards.pdf'
      ])
    )
    expect(await readdir(join(folder, 'venues'))).toHaveLength(4)
    for (const name of top.filter((entry) => entry.endsWith('.pdf')))
      expect((await readFile(join(folder, name))).subarray(0, 5).toString('latin1'), name).toBe('%PDF-')
    const delegates = execFileSync('pdftotext', ['-layout', join(folder, 'delegates.pdf'), '-'], {
      encoding: 'utf8'
    })
    expect(delegates).toContain('Nguyễn Hữu Thắng')
    expect(delegates).toContain('Y Bhă Niê')
    const awards = execFileSync('pdftotext', [join(folder, 'awards.pdf'), '-'], { encoding: 'utf8' })
    expect(awards).toMatch(/Bằng khen/)
    expect(awards).toMatch(/Giấy khen/)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }

  expect(errors).toEqual([])
  await context.close()
})

test('F1 opens the help in the interface language; About shows the version and opens the data folder', async ({
  page,
  app
}) => {
  await expect(page.getByRole('heading', { name: 'Các hội nghị' })).toBeVisible()
  await page.keyboard.press('F1')
  await expect(page.getByRole('heading', { name: 'Hướng dẫn sử dụng HoiNghi' })).toBeVisible()
  for (const heading of [
    '1. Tạo hội nghị',
    '2. Nhập điểm cầu và đại biểu',
    '3. Thứ tự lễ tân',
    '4. Chương trình',
    '5. Đề cương báo cáo, bài phát biểu',
    '6. Khen thưởng',
    '7. In văn bản',
    '8. Sao lưu và chuyển sang máy khác'
  ])
    await expect(page.getByRole('heading', { name: heading })).toBeVisible()
  // The screenshots this suite took (HOINGHI_HELP_SHOTS=1) are bundled with the renderer, one per step.
  await expect(page.locator('img.help-shot')).toHaveCount(8)
  await page.getByRole('link', { name: '7. In văn bản' }).click()
  await expect(page.getByRole('img', { name: '7. In văn bản' })).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'help-page.png') })
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { name: 'Các hội nghị' })).toBeVisible()

  await page.getByRole('button', { name: 'Giới thiệu' }).click()
  const about = page.getByRole('dialog', { name: 'Giới thiệu HoiNghi' })
  await expect(about.getByText('Phiên bản test')).toBeVisible()
  await expect(about.getByTestId('data-folder')).toHaveText(app.dataDir)
  await expect(about.getByText(/SIL Open Font License 1\.1/)).toBeVisible()
  await about.getByRole('button', { name: 'Mở thư mục dữ liệu' }).click()
  await expect.poll(() => app.openedPaths).toEqual([app.dataDir])
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'about.png') })
  await about.getByRole('button', { name: 'Đóng' }).last().click()
  await expect(about).toBeHidden()

  // Over an open conference: the workspace stays underneath, an edit in progress survives.
  await page.getByRole('button', { name: 'Mở hội nghị mẫu' }).click()
  const place = page.getByRole('tabpanel').getByLabel('Địa điểm')
  await place.fill('Hội trường tầng 3, Bộ CHQS tỉnh Thạch Lam')
  await page.keyboard.press('F1')
  await expect(page.getByRole('heading', { name: 'Hướng dẫn sử dụng HoiNghi' })).toBeVisible()
  await page.getByRole('button', { name: 'Đóng hướng dẫn' }).click()
  await expect(place).toHaveValue('Hội trường tầng 3, Bộ CHQS tỉnh Thạch Lam')

  // In English when the interface is English.
  await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en')
  await page.keyboard.press('F1')
  await expect(page.getByRole('heading', { name: 'Using HoiNghi' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '8. Back up and move to another PC' })).toBeVisible()
  await page.keyboard.press('Escape')
})

test('back up everything, then restore: the plan first, then a report naming each conference', async ({
  page,
  app
}) => {
  await page.getByRole('button', { name: 'Mở hội nghị mẫu' }).click()
  await page.getByRole('button', { name: 'Danh sách hội nghị' }).click()
  const folder = await mkdtemp(join(tmpdir(), 'hoinghi-backup-e2e-'))
  try {
    const zip = join(folder, 'sao-lưu.zip')
    await page.getByRole('button', { name: 'Sao lưu, chuyển máy' }).click()
    const dialog = page.getByRole('dialog', { name: 'Sao lưu và khôi phục' })
    app.queueDialogAnswers(zip)
    await dialog.getByRole('button', { name: 'Sao lưu toàn bộ…' }).click()
    await expect(dialog.getByRole('status')).toContainText('Đã sao lưu 1 hội nghị')

    // Wipe the data folder's conferences, then restore from the dialog.
    await rm(join(app.dataDir, 'conferences'), { recursive: true, force: true })
    app.queueDialogAnswers(zip)
    await dialog.getByRole('button', { name: 'Khôi phục từ bản sao lưu…' }).click()
    await expect(dialog.locator('tr[data-action="add"]')).toHaveCount(1)
    await shoot(page, 'backup')
    await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click()
    await expect(dialog.getByRole('status').first()).toContainText('Đã khôi phục 1 hội nghị')
    await expect(dialog.getByText(SAMPLE_TITLE)).toBeVisible()
    await dialog.getByRole('button', { name: 'Đóng' }).last().click()
    await expect(page.getByRole('button', { name: SAMPLE_TITLE })).toBeVisible()
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})

test('the import wizard offers the Excel template and saves it where the clerk chooses', async ({
  page,
  app
}) => {
  await page.getByRole('button', { name: 'Mở hội nghị mẫu' }).click()
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  const folder = await mkdtemp(join(tmpdir(), 'hoinghi-template-e2e-'))
  try {
    const input = join(folder, 'đại-biểu.xlsx')
    await copyFile(join(process.cwd(), 'resources/samples/mau-nhap-dai-bieu.xlsx'), input)
    app.queueDialogAnswers(input)
    await page.getByRole('tabpanel').getByRole('button', { name: /Nhập/ }).first().click()
    const wizard = page.getByRole('dialog')
    app.queueDialogAnswers(join(folder, 'mẫu.xlsx'))
    await wizard.getByRole('button', { name: 'Tải tệp Excel mẫu' }).click()
    await expect(wizard.getByRole('status').filter({ hasText: 'Đã lưu tệp mẫu mẫu.xlsx' })).toBeVisible()
    expect((await readFile(join(folder, 'mẫu.xlsx'))).subarray(0, 2).toString()).toBe('PK')
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})

import { tmpdir } from 'node:os'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import * as XLSX from 'xlsx'
import { nationalConferenceCsv } from '../../shared/delegates/testNationalConference'
import { expect, test } from './support/fixtures'
import { createConference } from './support/createConference'
import { shot } from './support/shots'

const TITLE = 'Hội nghị trực tuyến toàn quốc tổng kết công tác quốc phòng năm 2024'
const FILE = 'toan-quoc-2024-dai-bieu.csv'

interface Stored {
  venues: { id: string; name: string; isMain: boolean; chairId: string | null }[]
  delegates: { id: string; name: string; rank: string; role: string; importedFrom: { file: string } | null }[]
}
async function stored(app: { ctx: { store: { listDataFolder(): Promise<string[]> } } }): Promise<Stored> {
  const [file] = await app.ctx.store.listDataFolder()
  return JSON.parse(await readFile(file ?? '', 'utf8')) as Stored
}
const names = async (page: Page, count: number) =>
  (await page.locator('.delegate-rows [role="row"] [data-column="name"]').allTextContents()).slice(0, count)

async function importCsv(
  page: Page,
  app: { dataDir: string; queueDialogAnswers(...a: string[]): void },
  name: string,
  text: string,
  rows: string
) {
  const path = join(app.dataDir, name)
  await writeFile(path, text)
  app.queueDialogAnswers(path)
  await page.getByRole('button', { name: 'Nhập từ tệp…' }).click()
  await page.getByRole('button', { name: `Nhập ${rows} dòng` }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
}

test('a 90-venue national list: venue chairs recorded, protocol order previewed, History names the file, the filtered view printed', async ({
  page,
  app
}) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  await createConference(page, TITLE)
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  await importCsv(page, app, FILE, nationalConferenceCsv(), '1143')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 1.143 / 1.143')

  // Item 2: every connected venue's "Chủ trì" is that venue's chair.
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  const imported = await stored(app)
  expect(imported.venues).toHaveLength(90)
  expect(imported.venues.filter((venue) => !venue.isMain).every((venue) => venue.chairId !== null)).toBe(true)
  // Item 7: each record knows its import.
  expect(imported.delegates.every((delegate) => delegate.importedFrom?.file === FILE)).toBe(true)

  // Item 2: the suggestion is previewed, then applied in one undoable step.
  await page.getByRole('button', { name: 'Gợi ý thứ tự lễ tân' }).click()
  const preview = page.getByRole('dialog', { name: 'Gợi ý thứ tự lễ tân' })
  await page.screenshot({ path: shot('item2-precedence-preview') })
  await expect(preview).toContainText('đại biểu sẽ đổi vị trí')
  const chien = preview.getByRole('row').filter({ hasText: 'Hoàng Xuân Chiến' })
  await expect(chien.getByRole('cell').nth(0)).toHaveText('1')
  await expect(chien.getByRole('cell').nth(1)).toContainText('91')
  await preview.getByRole('button', { name: 'Áp dụng' }).click()
  await expect(preview).toBeHidden()
  expect(await names(page, 2)).toEqual(['Hoàng Xuân Chiến', 'Lê Huy Vịnh'])
  await page.screenshot({ path: shot('item2-precedence-applied') })
  await page.keyboard.press('Control+z')
  await expect.poll(() => names(page, 2)).not.toEqual(['Hoàng Xuân Chiến', 'Lê Huy Vịnh'])
  await page.keyboard.press('Control+y')
  await expect.poll(() => names(page, 2)).toEqual(['Hoàng Xuân Chiến', 'Lê Huy Vịnh'])

  // Item 12: History says what was imported.
  await page.getByRole('button', { name: 'Lịch sử' }).click()
  const history = page.getByRole('dialog', { name: 'Lịch sử bản lưu' })
  await expect(
    history.getByRole('row').filter({ hasText: `Trước khi nhập ${FILE} (1.143 đại biểu)` })
  ).toHaveCount(1)
  await history.getByRole('button', { name: 'Đóng' }).click()

  // Item 14: the filtered view (one venue) printed and saved as the full list is, nothing else in it.
  // The venue filter is a searchable picker: typed without marks, chosen from its list.
  const venueFilter = page.getByRole('search').getByRole('combobox', { name: 'Điểm cầu' })
  await venueFilter.click()
  await venueFilter.fill('ha giang')
  await page
    .getByRole('listbox', { name: 'Điểm cầu' })
    .getByRole('option', { name: 'Điểm cầu Hà Giang' })
    .click()
  await expect(venueFilter).toHaveValue('Điểm cầu Hà Giang')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 12 / 1.143')
  const printing = page.getByRole('group', { name: 'In hoặc lưu danh sách đang xem' })
  await expect(printing.getByLabel('Phạm vi')).toHaveValue('shown')
  await page.screenshot({ path: shot('item14-print-filtered') })
  // Outside the data folder: the safe writer refuses any output inside it (issue 12, item 2).
  const outDir = await mkdtemp(join(tmpdir(), 'hoinghi-print-'))
  const pdf = join(outDir, 'ha-giang.pdf')
  app.queueDialogAnswers(pdf)
  await printing.getByRole('button', { name: 'Lưu PDF…' }).click()
  await expect(printing.getByRole('status')).toContainText('Đã lưu ha-giang.pdf')
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  expect(text).toContain('DANH SÁCH ĐẠI BIỂU')
  expect(text).toContain('Điểm cầu Hà Giang')
  expect(text).not.toContain('Hoàng Xuân Chiến')
  expect(text).not.toContain('Điểm cầu Cao Bằng')
  const xlsx = join(outDir, 'ha-giang.xlsx')
  app.queueDialogAnswers(xlsx)
  await printing.getByRole('button', { name: 'Lưu Excel…' }).click()
  await expect(printing.getByRole('status')).toContainText('Đã lưu ha-giang.xlsx')
  const sheet = XLSX.read(await readFile(xlsx))
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet.Sheets[sheet.SheetNames[0] ?? ''] ?? {}, {
    header: 1
  })
  const venueColumn = rows.find((row) => row.includes('Điểm cầu'))?.indexOf('Điểm cầu') ?? -1
  const data = rows.filter((row) => typeof row[0] === 'number' || /^\d+$/.test(String(row[0] ?? '')))
  expect(data).toHaveLength(12)
  expect(data.every((row) => row[venueColumn] === 'Điểm cầu Hà Giang')).toBe(true)

  // The selected rows: two of them.
  const rowsOnScreen = page.locator('.delegate-rows [role="row"]')
  await rowsOnScreen.nth(0).locator('[data-column="rank"]').click()
  await rowsOnScreen
    .nth(1)
    .locator('[data-column="rank"]')
    .click({ modifiers: ['Control'] })
  await expect(printing.getByLabel('Phạm vi')).toHaveValue('selected')
  await printing.getByRole('button', { name: 'In…' }).click()
  await expect(printing.getByRole('status')).toContainText('để in')
  const printed = app.openedPaths.at(-1) ?? ''
  const printedText = execFileSync('pdftotext', ['-layout', printed, '-'], { encoding: 'utf8' })
  const firstTwo = await names(page, 2)
  for (const name of firstTwo) expect(printedText).toContain(name)
  expect(printedText).not.toContain((await names(page, 3))[2] ?? '∅')
})

const LIST_A = [
  'STT;Họ và tên;Cấp bậc;Chức vụ;Đơn vị',
  '1;Nguyễn Xuân Thắng;Đại tá;Chỉ huy trưởng;Bộ CHQS tỉnh Hà Tĩnh',
  '2;Trần Thị Hồng Nhung;Thượng tá;Phó Giám đốc;Công an tỉnh Hà Tĩnh',
  '3;Lê Đình Sơn;Đại tá;Chỉ huy trưởng;Bộ CHBĐBP tỉnh Hà Tĩnh'
].join('\n')
const LIST_B = [
  'STT;Họ và tên;Điện thoại;Đơn vị',
  '1;NGUYỄN XUÂN THẮNG;0903 456 789;bộ chqs tỉnh hà tĩnh',
  '2;Trần Thị Hồng Nhung;0912 000 111;Công an tỉnh Hà Tĩnh',
  '3;Lê Đình Sơn;0913 222 333;Bộ CHBĐBP tỉnh Hà Tĩnh',
  '4;Võ Trọng Hải;;UBND tỉnh Hà Tĩnh'
].join('\n')

test('merge all duplicate groups in one undoable step, each record showing which import it came from', async ({
  page,
  app
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await createConference(page, 'Hội nghị sơ kết 6 tháng đầu năm 2024')
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  await importCsv(page, app, 'bo-chqs-ds.csv', `\ufeff${LIST_A}`, '3')
  await importCsv(page, app, 'cong-an-ds.csv', `\ufeff${LIST_B}`, '4')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 7 / 7')
  await page.locator('.duplicates-banner').getByRole('button', { name: 'Xem và gộp…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Đại biểu bị trùng' })
  const first = dialog.getByRole('group', { name: 'Nhóm 1: 2 bản ghi' })
  await expect(first).toContainText('từ tệp bo-chqs-ds.csv, nhập lúc')
  await expect(first).toContainText('từ tệp cong-an-ds.csv, nhập lúc')
  await page.screenshot({ path: shot('item7-duplicates-dialog') })
  await dialog.getByRole('button', { name: 'Gộp tất cả 3 nhóm…' }).click()
  await expect(dialog).toContainText('Gộp 3 nhóm trùng: giữ 3 bản ghi')
  await expect(dialog).toContainText('Giữ Đại tá Nguyễn Xuân Thắng, gộp 1 bản ghi vào')
  await page.screenshot({ path: shot('item7-merge-all-summary') })
  await dialog.getByRole('button', { name: 'Gộp 3 nhóm' }).click()
  await expect(dialog.getByText('Không còn nhóm trùng nào.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Đóng' }).click()
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 4 / 4')
  // One step back brings all three groups back.
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 7 / 7')
  await page.keyboard.press('Control+y')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 4 / 4')
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  const doc = await stored(app)
  expect(doc.delegates.map((d) => d.name)).toEqual([
    'Nguyễn Xuân Thắng',
    'Trần Thị Hồng Nhung',
    'Lê Đình Sơn',
    'Võ Trọng Hải'
  ])
  expect(doc.delegates.map((d) => d.importedFrom?.file)).toEqual([
    'bo-chqs-ds.csv',
    'bo-chqs-ds.csv',
    'bo-chqs-ds.csv',
    'cong-an-ds.csv'
  ])
})

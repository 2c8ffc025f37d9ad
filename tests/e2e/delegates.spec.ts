import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { SCREENSHOT_DIR, expect, test } from './support/fixtures'
import { createConference } from './support/createConference'
import { SAMPLE_FILES, samplePath } from '../fixtures/samples/samplePaths'

const TITLE = 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2023'
// CI checks the repository out beside shared/, as on the development machines.
const SAMPLE = samplePath(SAMPLE_FILES.delegatesXlsx)

interface StoredDelegate {
  id: string
  name: string
  rank: string
  role: string
  attendance: string
  venueId: string | null
}
interface StoredDoc {
  venues: { id: string; name: string; isMain: boolean }[]
  delegates: StoredDelegate[]
}

const rows = (page: Page) => page.locator('.delegate-rows [role="row"]')
const nameCell = (page: Page, index: number) => rows(page).nth(index).locator('[data-column="name"]')
const visibleNames = async (page: Page, count: number) =>
  (await rows(page).locator('[data-column="name"]').allTextContents()).slice(0, count)

test('import the Hà Tĩnh delegate list, order, search, bulk-edit, undo, reload: all persisted', async ({
  page,
  app
}) => {
  await createConference(page, TITLE)
  await page.getByRole('tab', { name: 'Đại biểu' }).click()

  // Import through the mapping screen.
  app.queueDialogAnswers(SAMPLE)
  await page.getByRole('button', { name: 'Nhập từ tệp…' }).click()
  const wizard = page.getByRole('dialog', { name: 'Nhập danh sách đại biểu từ tệp' })
  await expect(wizard.getByText('ha-tinh-2023-dai-bieu.xlsx')).toBeVisible()
  // The title row and the blank row above the header are skipped: the header is row 3.
  await expect(wizard.getByLabel('Dòng tiêu đề cột')).toHaveValue('3')
  await expect(wizard.getByLabel('Cột “Họ và tên” nhập vào')).toHaveValue('name')
  await expect(wizard.getByLabel('Cột “Cấp bậc” nhập vào')).toHaveValue('rank')
  await expect(wizard.getByLabel('Cột “Đơn vị” nhập vào')).toHaveValue('unit')
  await expect(wizard.getByLabel('Cột “Điểm cầu” nhập vào')).toHaveValue('venue')
  await expect(wizard.getByLabel('Cột “Vai trò” nhập vào')).toHaveValue('role')
  await expect(wizard.getByLabel('Cột “STT” nhập vào')).toHaveValue('')
  await expect(wizard.getByRole('table', { name: 'Các dòng sẽ nhập' })).toContainText('Nguyễn Xuân Thắng')
  await expect(wizard.getByText('Tạo thêm 1 điểm cầu mới có tên trong tệp')).toBeVisible()
  await wizard.screenshot({ path: join(SCREENSHOT_DIR, 'delegates-import-mapping.png') })
  await wizard.getByRole('button', { name: 'Nhập 60 dòng' }).click()
  await expect(wizard).toBeHidden()
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 60 / 60')

  // Suggested protocol order: the chair, then the co-chairs, then the guest.
  await page.getByRole('button', { name: 'Gợi ý thứ tự lễ tân' }).click()
  await page
    .getByRole('dialog', { name: 'Gợi ý thứ tự lễ tân' })
    .getByRole('button', { name: 'Áp dụng' })
    .click()
  expect(await visibleNames(page, 5)).toEqual([
    'Võ Trọng Hải',
    'Nguyễn Xuân Thắng',
    'Bùi Hồng Thanh',
    'Phạm Thanh Phương',
    'Ngô Nam Cường'
  ])

  // Alt+↓ moves the sixth delegate one place down; the stored order follows.
  const [sixth = '', seventh = ''] = (await visibleNames(page, 7)).slice(5)
  await nameCell(page, 5).click()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(nameCell(page, 5)).toHaveText(seventh)
  await expect(nameCell(page, 6)).toHaveText(sixth)

  // Drag the ninth delegate by its handle up onto the seventh place. Upwards, because near the
  // window's bottom edge dnd-kit scrolls the page while the row is held, and where it lands then
  // depends on how tall the page is with the fonts of the machine.
  const ninth = (await nameCell(page, 8).textContent()) ?? ''
  const handle = rows(page).nth(8).locator('.drag-handle')
  const target = rows(page).nth(6)
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('rows not laid out')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2, from.y - 12, { steps: 4 })
  // dnd-kit measures the rows once the drag has started; give it a frame before moving on.
  await page.waitForTimeout(100)
  await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2, { steps: 12 })
  await page.waitForTimeout(100)
  await page.mouse.up()
  await expect(nameCell(page, 6)).toHaveText(ninth)

  // Search without diacritics and in capitals.
  const search = page.getByRole('searchbox', { name: 'Tìm đại biểu' })
  await search.fill('nguyen xuan thang')
  await expect(nameCell(page, 0)).toHaveText('Nguyễn Xuân Thắng')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 1 / 60')
  await search.fill('NGUYỄN XUÂN THẮNG')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 1 / 60')
  // The search survives a visit to another tab.
  await page.getByRole('tab', { name: 'Điểm cầu' }).click()
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  await expect(search).toHaveValue('NGUYỄN XUÂN THẮNG')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 1 / 60')
  await search.fill('dai ta')
  await expect(page.getByTestId('delegate-count')).not.toHaveText('Hiển thị 60 / 60')
  const ranks = await rows(page).locator('[data-column="rank"]').allTextContents()
  expect(ranks.filter((rank) => rank === 'Đại tá').length).toBeGreaterThanOrEqual(10)
  // Dragging is off while a search is active, and the page says why.
  await expect(page.getByText('Chỉ đổi thứ tự được khi xem theo thứ tự lễ tân')).toBeVisible()
  await search.fill('')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 60 / 60')

  // Select rows 2–5 (click, Shift+click) and Ctrl+click one more, then bulk-set attendance.
  await nameCell(page, 1).click()
  await nameCell(page, 4).click({ modifiers: ['Shift'] })
  await nameCell(page, 7).click({ modifiers: ['Control'] })
  const bulk = page.getByRole('region', { name: 'Sửa hàng loạt' })
  await expect(bulk.getByText('Đã chọn 5 đại biểu')).toBeVisible()
  await bulk.getByLabel('Tham dự').selectOption('confirmed')
  await bulk.getByRole('button', { name: 'Đặt tham dự' }).click()
  const attendance = (index: number) => rows(page).nth(index).locator('[data-column="attendance"]')
  for (const index of [1, 2, 3, 4, 7]) await expect(attendance(index)).toHaveText('Xác nhận dự')
  await expect(attendance(0)).toHaveText('Đã mời')

  await page.keyboard.press('Control+z')
  for (const index of [1, 4, 7]) await expect(attendance(index)).toHaveText('Đã mời')
  await page.keyboard.press('Control+y')
  for (const index of [1, 4, 7]) await expect(attendance(index)).toHaveText('Xác nhận dự')

  // Inline edit: Enter opens the cell, Enter saves (stored as NFC, trimmed).
  await nameCell(page, 0).click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+a')
  await page.keyboard.type('  Không cấp bậc  '.normalize('NFD'))
  await page.keyboard.press('Escape')
  await expect(rows(page).nth(0).locator('[data-column="rank"]')).toHaveText('')

  const expectedOrder = await visibleNames(page, 12)
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'delegates-table.png') })

  // What reached the disk.
  const files = await app.ctx.store.listDataFolder()
  expect(files).toHaveLength(1)
  const stored = JSON.parse(await readFile(files[0] ?? '', 'utf8')) as StoredDoc
  expect(stored.delegates).toHaveLength(60)
  expect(stored.delegates.slice(0, 12).map((delegate) => delegate.name)).toEqual(expectedOrder)
  expect(stored.delegates.filter((delegate) => delegate.attendance === 'confirmed')).toHaveLength(5)
  expect(stored.venues).toEqual([expect.objectContaining({ name: 'Hội trường UBND tỉnh', isMain: true })])
  expect(stored.delegates.every((delegate) => delegate.venueId === stored.venues[0]?.id)).toBe(true)
  expect(stored.delegates.find((delegate) => delegate.name === 'Nguyễn Xuân Thắng')).toMatchObject({
    rank: 'Đại tá',
    role: 'co-chair'
  })

  // Reload and reopen: order and attendance are back from disk.
  await page.reload()
  await page.getByRole('button', { name: TITLE }).click()
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 60 / 60')
  expect(await visibleNames(page, 12)).toEqual(expectedOrder)
  for (const index of [1, 2, 3, 4, 7]) await expect(attendance(index)).toHaveText('Xác nhận dự')

  // Venues tab: the created venue and its totals.
  await page.getByRole('tab', { name: 'Điểm cầu' }).click()
  const totals = page.getByTestId('venue-totals')
  await expect(totals).toContainText('Số điểm cầu1')
  await expect(totals).toContainText('Đại biểu có tên60')
  await expect(totals).toContainText('Đã xác nhận5')
  await expect(page.getByRole('option', { name: /Hội trường UBND tỉnh/ })).toContainText(
    'Có tên 60 · Xác nhận 5'
  )
  await page.getByLabel('Số đại biểu dự kiến').fill('65')
  await expect(totals).toContainText('Dự kiến65')
  // The chair is found by typing, not by scrolling a select holding every delegate.
  await expect(page.locator('select[name="chair"]')).toHaveCount(0)
  const chair = page.getByRole('combobox', { name: 'Người chủ trì tại điểm cầu' })
  await chair.fill('vo trong hai')
  await page.getByRole('option', { name: /Võ Trọng Hải/ }).click()
  await expect(chair).toHaveValue(/Võ Trọng Hải/)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'venues-tab.png') })
})

async function importSample(page: Page, app: { queueDialogAnswers: (...paths: string[]) => void }) {
  await createConference(page, TITLE)
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  app.queueDialogAnswers(SAMPLE)
  await page.getByRole('button', { name: 'Nhập từ tệp…' }).click()
  await page.getByRole('button', { name: 'Nhập 60 dòng' }).click()
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 60 / 60')
}

test('details panel keeps a draft until the field is left; Escape drops it; one undo step', async ({
  page,
  app
}) => {
  await importSample(page, app)
  await nameCell(page, 2).click()
  const details = page.getByRole('complementary')
  const notes = details.getByLabel('Ghi chú')
  const phone = details.getByLabel('Điện thoại')
  await notes.click()
  await page.keyboard.type('Đến muộn 15 phút')
  // Escape before leaving the field: nothing was stored.
  await page.keyboard.press('Escape')
  await expect(notes).toHaveValue('')
  await notes.fill('  Đến muộn 15 phút  '.normalize('NFD'))
  await phone.fill('0912 345 678')
  await phone.press('Enter')
  await expect(notes).toHaveValue('Đến muộn 15 phút')
  await expect(phone).toHaveValue('0912 345 678')
  // Ctrl+Z in the field takes back the phone number as a whole, then the notes.
  await phone.press('Control+z')
  await expect(phone).toHaveValue('')
  await expect(notes).toHaveValue('Đến muộn 15 phút')
  await page.keyboard.press('Control+z')
  await expect(notes).toHaveValue('')
  await page.keyboard.press('Control+y')
  await expect(notes).toHaveValue('Đến muộn 15 phút')
  // Moving to another row keeps what was typed in the panel without leaving the field first.
  await notes.fill('Ngồi hàng đầu')
  await nameCell(page, 3).click()
  await nameCell(page, 2).click()
  await expect(notes).toHaveValue('Ngồi hàng đầu')
})

test('the grid is one Tab stop: the scroller behind it is not another', async ({ page, app }) => {
  await importSample(page, app)
  await nameCell(page, 0).click()
  await expect(page.getByRole('grid', { name: 'Danh sách đại biểu' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('delegate-scroll')).not.toBeFocused()
  await expect(page.getByRole('complementary').getByLabel('Danh xưng (đồng chí, ông, bà)')).toBeFocused()
})

test('typing over a cell with a Vietnamese IME keeps the first keystroke', async ({ page, app }) => {
  await importSample(page, app)
  const grid = page.getByRole('grid', { name: 'Danh sách đại biểu' })
  await nameCell(page, 4).click()
  await page.keyboard.press('ArrowRight')
  const cellId = (await grid.getAttribute('aria-activedescendant')) ?? ''
  expect(cellId).toBe(`cell-${(await rows(page).nth(4).getAttribute('data-delegate-id')) ?? ''}-1`)
  const rank = page.locator(`[id="${cellId}"]`)
  // Windows' Vietnamese keyboards report every key as 'Process' and compose the letter themselves.
  await grid.dispatchEvent('keydown', { key: 'Process', keyCode: 229, bubbles: true })
  const editor = rank.getByRole('textbox', { name: 'Cấp bậc' })
  await expect(editor).toBeFocused()
  await page.keyboard.insertText('Đại tá')
  await page.keyboard.press('Enter')
  await expect(rank).toHaveText('Đại tá')
  // An IME key that composed nothing leaves the cell as it was.
  await page.keyboard.press('ArrowUp')
  await expect(grid).toHaveAttribute('aria-activedescendant', cellId)
  await grid.dispatchEvent('keydown', { key: 'Process', keyCode: 229, bubbles: true })
  await expect(editor).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(rank).toHaveText('Đại tá')
})

test('a search narrows the selection: a bulk edit never reaches hidden rows', async ({ page, app }) => {
  await importSample(page, app)
  await nameCell(page, 0).click()
  await page.keyboard.press('Control+a')
  const bulk = page.getByRole('region', { name: 'Sửa hàng loạt' })
  await expect(bulk.getByText('Đã chọn 60 đại biểu')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Tìm đại biểu' }).fill('dai ta')
  // The count is read once the search has narrowed the list, not while it still shows all 60.
  await expect(page.getByTestId('delegate-count')).not.toHaveText('Hiển thị 60 / 60')
  const shown = Number(
    /Hiển thị (\d+) \//.exec((await page.getByTestId('delegate-count').textContent()) ?? '')?.[1]
  )
  expect(shown).toBeGreaterThan(1)
  expect(shown).toBeLessThan(60)
  await expect(bulk.getByText(`Đã chọn ${shown} đại biểu`)).toBeVisible()
  await bulk.getByLabel('Tham dự').selectOption('confirmed')
  await bulk.getByRole('button', { name: 'Đặt tham dự' }).click()
  await page.getByRole('searchbox', { name: 'Tìm đại biểu' }).fill('')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 60 / 60')
  await page.getByRole('search').getByLabel('Tham dự').selectOption('confirmed')
  await expect(page.getByTestId('delegate-count')).toHaveText(`Hiển thị ${shown} / 60`)
})

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SCREENSHOT_DIR, expect, test } from './support/fixtures'

const TITLE = 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2023'

test('create a conference, edit it, undo, reload: everything persisted', async ({ page, app }) => {
  await expect(page.getByRole('heading', { name: 'Các hội nghị' })).toBeVisible()
  await page.getByRole('button', { name: 'Hội nghị mới' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tạo hội nghị mới' })
  await dialog.getByLabel('Tên hội nghị').fill(TITLE)
  await dialog.getByLabel('Địa điểm').fill('Hội trường UBND tỉnh Hà Tĩnh')
  await dialog.getByRole('button', { name: 'Tạo' }).click()

  await expect(page.locator('.conference-title')).toHaveText(TITLE)
  const general = page.getByRole('tabpanel')
  // Decomposed input (as pasted from old documents) must be stored as NFC.
  await general.getByLabel('Cơ quan tổ chức').fill('Ủy ban nhân dân tỉnh Hà Tĩnh'.normalize('NFD'))
  await general.getByLabel('Kỳ tổng kết').fill('năm 2023')
  await general.getByLabel('Giờ bắt đầu').fill('14:00')
  await general.getByLabel('Kỳ tổng kết').blur()

  // A typo, then Ctrl+Z takes it back (one undo step for the whole word).
  await general.getByLabel('Địa điểm').fill('Nhầm địa điểm')
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  // Undo from another tab takes the clerk to where the edit was made, and says so.
  await page.getByRole('tab', { name: 'Văn bản in' }).click()
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('tab', { name: 'Thông tin chung' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('.workspace-status')).toHaveText('Đã hoàn tác một thay đổi ở “Thông tin chung”.')
  await expect(general.getByLabel('Địa điểm')).toHaveValue('Hội trường UBND tỉnh Hà Tĩnh')
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'foundation-workspace.png'), fullPage: true })

  // The bytes reached the disk, in NFC.
  const files = await app.ctx.store.listDataFolder()
  expect(files).toHaveLength(1)
  const stored = JSON.parse(await readFile(files[0] ?? '', 'utf8')) as { conference: Record<string, string> }
  expect(stored.conference['organiser']).toBe('Ủy ban nhân dân tỉnh Hà Tĩnh'.normalize('NFC'))
  expect(stored.conference['place']).toBe('Hội trường UBND tỉnh Hà Tĩnh')

  await page.reload()
  await page.getByRole('button', { name: TITLE }).click()
  const reloaded = page.getByRole('tabpanel')
  await expect(reloaded.getByLabel('Cơ quan tổ chức')).toHaveValue(
    'Ủy ban nhân dân tỉnh Hà Tĩnh'.normalize('NFC')
  )
  await expect(reloaded.getByLabel('Kỳ tổng kết')).toHaveValue('năm 2023')
  await expect(reloaded.getByLabel('Giờ bắt đầu')).toHaveValue('14:00')
  await expect(reloaded.getByLabel('Địa điểm')).toHaveValue('Hội trường UBND tỉnh Hà Tĩnh')

  // Redo is gone after a reload (history is per session), but the tabs are all reachable by keyboard.
  await page.getByRole('tab', { name: 'Thông tin chung' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Điểm cầu' })).toBeFocused()
  await expect(page.getByRole('tab', { name: 'Điểm cầu' })).toHaveAttribute('aria-selected', 'true')
})

test('switch language to English and back; the choice persists', async ({ page }) => {
  await page.getByLabel('Ngôn ngữ').selectOption('en')
  await expect(page.getByRole('heading', { name: 'Conferences' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'New conference' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Conferences' })).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'foundation-list-en.png') })
  await page.getByLabel('Language').selectOption('vi')
  await expect(page.getByRole('heading', { name: 'Các hội nghị' })).toBeVisible()
})

test('duplicate last year, rename, delete to trash and restore', async ({ page }) => {
  await page.getByRole('button', { name: 'Hội nghị mới' }).click()
  await page.getByRole('dialog').getByLabel('Tên hội nghị').fill('Hội nghị tổng kết năm 2023')
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo' }).click()
  await page.getByRole('tabpanel').getByLabel('Cơ quan tổ chức').fill('Bộ CHQS tỉnh Hà Tĩnh')
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  await page.getByRole('button', { name: /Danh sách hội nghị/ }).click()

  await page.getByRole('button', { name: 'Sao chép' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sao chép hội nghị' })
  await dialog.getByLabel('Tên hội nghị').fill('Hội nghị tổng kết năm 2024')
  await dialog.getByRole('button', { name: 'Sao chép' }).click()
  await expect(page.locator('.conference-title')).toHaveText('Hội nghị tổng kết năm 2024')
  await expect(page.getByRole('tabpanel').getByLabel('Cơ quan tổ chức')).toHaveValue('Bộ CHQS tỉnh Hà Tĩnh')
  await page.getByRole('button', { name: /Danh sách hội nghị/ }).click()
  await expect(page.getByRole('row')).toHaveCount(3)

  // Rename in the app's own dialog (Electron has no window.prompt); an empty title is refused there.
  await page
    .getByRole('row', { name: /năm 2024/ })
    .getByRole('button', { name: 'Đổi tên' })
    .click()
  const rename = page.getByRole('dialog', { name: 'Đổi tên hội nghị' })
  await rename.getByLabel('Tên mới của hội nghị').fill('   ')
  await rename.getByRole('button', { name: 'Đổi tên' }).click()
  await expect(rename.getByRole('alert')).toHaveText('Hãy nhập tên hội nghị.')
  await rename.getByLabel('Tên mới của hội nghị').fill('Hội nghị tổng kết công tác phối hợp năm 2024')
  await rename.getByRole('button', { name: 'Đổi tên' }).click()
  await expect(rename).toBeHidden()
  await expect(
    page.getByRole('button', { name: 'Hội nghị tổng kết công tác phối hợp năm 2024' })
  ).toBeVisible()
  await expect(
    page.getByRole('row', { name: /phối hợp năm 2024/ }).getByRole('button', { name: 'Đổi tên' })
  ).toBeFocused()

  page.once('dialog', (confirm) => void confirm.accept())
  await page
    .getByRole('row', { name: /năm 2023/ })
    .getByRole('button', { name: 'Xóa' })
    .click()
  await expect(page.getByRole('row')).toHaveCount(2)
  await page.getByRole('button', { name: 'Thùng rác' }).click()
  await page.getByRole('button', { name: 'Khôi phục' }).click()
  await expect(page.getByRole('row')).toHaveCount(3)
})

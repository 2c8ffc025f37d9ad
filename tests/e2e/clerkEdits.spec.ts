import { access, readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { createConference } from './support/createConference'
import { shot } from './support/shots'

const TITLE = 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2024'
const LONG_NAME = 'Nguyễn Tân Cương '.repeat(30).trim()

async function storedDoc(app: { ctx: { store: { listDataFolder(): Promise<string[]> } } }) {
  const [file] = await app.ctx.store.listDataFolder()
  return {
    file: file ?? '',
    doc: JSON.parse(await readFile(file ?? '', 'utf8')) as {
      conference: { place: string; period: string }
      delegates: { name: string }[]
    }
  }
}

/** Every conferences:save fails while `broken()` says so, as a full or unplugged disk would. */
async function breakSaves(page: Page, broken: () => boolean, error: Record<string, unknown>) {
  await page.route('**/__api/invoke', async (route) => {
    const body = route.request().postDataJSON() as { name: string }
    if (body.name === 'conferences:save' && broken()) await route.fulfill({ json: { ok: false, error } })
    else await route.fallback()
  })
}

test('a value the file format refuses is stopped at the grid cell and the field, in Vietnamese', async ({
  page,
  app
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await createConference(page, TITLE)
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  await page.getByRole('button', { name: 'Thêm đại biểu' }).click()
  const nameCell = page.locator('.delegate-rows [role="row"]').first().locator('[data-column="name"]')
  await nameCell.dblclick()
  const editor = nameCell.getByRole('textbox')
  await editor.fill('')
  // As a paste: the whole 500-character text at once.
  await page.keyboard.insertText(LONG_NAME)
  await page.keyboard.press('Enter')
  await page.screenshot({ path: shot('item1-grid-oversize') })
  await expect(nameCell.getByRole('alert')).toHaveText('Họ và tên dài quá 200 ký tự')
  await expect(editor).toHaveAttribute('aria-invalid', 'true')
  await page.keyboard.press('Escape')
  await expect(nameCell.getByRole('alert')).toHaveCount(0)

  await page.getByRole('tab', { name: 'Thông tin chung' }).click()
  const place = page.getByLabel('Địa điểm')
  await place.fill('Hà Tĩnh '.repeat(80))
  await expect(page.getByRole('alert').filter({ hasText: 'Địa điểm dài quá 500 ký tự' })).toBeVisible()
  await place.fill('Hội trường UBND tỉnh Hà Tĩnh')
  await expect(page.getByRole('alert').filter({ hasText: 'dài quá' })).toHaveCount(0)

  // English mode says it in English.
  await page.getByRole('combobox', { name: /Ngôn ngữ/ }).selectOption('en')
  await page.getByLabel('Period reviewed').fill('năm 2024 '.repeat(30))
  await expect(
    page.getByRole('alert').filter({ hasText: 'Period is longer than 200 characters' })
  ).toBeVisible()
  await page.getByLabel('Period reviewed').fill('năm 2024')

  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  const { doc } = await storedDoc(app)
  expect(doc.delegates.map((d) => d.name)).toEqual([''])
  expect(doc.conference).toMatchObject({ place: 'Hội trường UBND tỉnh Hà Tĩnh', period: 'năm 2024' })
})

test('after a failed save every later edit is kept in memory and in a recovery file; leaving asks first', async ({
  page,
  app
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await createConference(page, TITLE)
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  await page.getByRole('button', { name: 'Thêm đại biểu' }).click()
  await page.getByRole('button', { name: 'Thêm đại biểu' }).click()
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()

  // The main side refuses the document, naming the second delegate's name.
  let broken = true
  await breakSaves(page, () => broken, {
    code: 'invalid-input',
    message:
      'dữ liệu gửi lên không hợp lệ: doc.delegates.1.name: Too big: expected string to have <=200 characters',
    field: 'doc.delegates.1.name'
  })
  await page.getByRole('tab', { name: 'Thông tin chung' }).click()
  await page.getByLabel('Địa điểm').fill('Hội trường UBND tỉnh Hà Tĩnh')
  const banner = page.locator('.save-problem-banner')
  await expect(banner).toContainText('Chưa lưu được.')
  await expect(banner).toContainText('Ở tab “Đại biểu”, dòng 2: Họ và tên không hợp lệ')
  await expect(banner).toContainText('tệp khôi phục')
  await expect(page.getByText('Too big')).toHaveCount(0)
  await page.screenshot({ path: shot('item1-save-failed-banner') })

  // A later edit, after the failure: kept too, and written to the recovery file beside the conference.
  await page.getByLabel('Kỳ tổng kết').fill('năm 2024')
  const { file } = await storedDoc(app)
  await expect
    .poll(async () => readFile(`${file}.recovery.json`, 'utf8').catch(() => ''))
    .toContain('"period":"năm 2024"')

  // The button goes to the tab and the row.
  await banner.getByRole('button', { name: 'Đi tới chỗ đó' }).click()
  await expect(page.getByRole('tab', { name: 'Đại biểu' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('.delegate-rows [role="row"]').nth(1)).toHaveClass(/selected/)

  // Leaving asks what to do; staying keeps everything.
  await page.getByRole('button', { name: /Danh sách hội nghị/ }).click()
  const leave = page.getByRole('dialog', { name: 'Còn thay đổi chưa lưu' })
  await expect(leave).toBeVisible()
  await page.screenshot({ path: shot('item1-leave-asks') })
  await leave.getByRole('button', { name: 'Ở lại để sửa' }).click()
  await expect(leave).toBeHidden()

  // The disk works again: one retry saves every edit made after the failure, and the recovery file goes.
  broken = false
  await banner.getByRole('button', { name: 'Thử lại' }).click()
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  await expect(banner).toHaveCount(0)
  const { doc } = await storedDoc(app)
  expect(doc.conference).toMatchObject({ place: 'Hội trường UBND tỉnh Hà Tĩnh', period: 'năm 2024' })
  await expect
    .poll(async () =>
      access(`${file}.recovery.json`).then(
        () => 'there',
        () => 'gone'
      )
    )
    .toBe('gone')
})

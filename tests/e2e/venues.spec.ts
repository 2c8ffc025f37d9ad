import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { SCREENSHOT_DIR, expect, test } from './support/fixtures'
import { createConference } from './support/createConference'

const TITLE = 'Hội nghị giao ban công tác phối hợp Quý IV năm 2023'

const FIRST_LIST = [
  'DANH SÁCH ĐIỂM CẦU TRỰC TUYẾN',
  '',
  'STT,Tên điểm cầu,Địa điểm,Số đại biểu,Loại điểm cầu',
  '1,Hội trường UBND tỉnh Hà Tĩnh,Số 1 Nguyễn Tất Thành,60,Điểm cầu chính',
  '2,Điểm cầu huyện Kỳ Anh,Hội trường Huyện ủy,25,',
  '3,Điểm cầu huyện Hương Khê,Trụ sở UBND huyện,20,'
].join('\n')

// A week later: the technical contacts came in, one venue was added, one headcount changed.
const SECOND_LIST = [
  'STT,Tên điểm cầu,Số đại biểu,Kỹ thuật,Điện thoại',
  '1,Điểm cầu huyện Kỳ Anh,,Lê Văn Hùng,0912 345 678',
  '2,ĐIỂM CẦU HUYỆN HƯƠNG KHÊ,22,Phan Thị Hoa,0987 654 321',
  '3,Điểm cầu thị xã Hồng Lĩnh,18,Nguyễn Đình Tuấn,0905 111 222'
].join('\n')

interface StoredVenue {
  id: string
  name: string
  place: string
  isMain: boolean
  expectedCount: number | null
  techContact: string
}

const venueNames = (page: Page) =>
  page.getByRole('listbox', { name: 'Danh sách điểm cầu theo thứ tự' }).getByRole('option')

async function importVenues(
  page: Page,
  app: { queueDialogAnswers: (...paths: string[]) => void },
  file: string
) {
  app.queueDialogAnswers(file)
  await page.getByRole('button', { name: 'Nhập từ tệp…' }).click()
  return page.getByRole('dialog', { name: 'Nhập danh sách điểm cầu từ tệp' })
}

test('re-importing the venue list updates venues in place; Alt+↓ and drag reorder; all persisted', async ({
  page,
  app
}) => {
  const first = join(app.dataDir, 'diem-cau.csv')
  const second = join(app.dataDir, 'diem-cau-bo-sung.csv')
  await writeFile(first, FIRST_LIST)
  await writeFile(second, SECOND_LIST)
  await createConference(page, TITLE)
  await page.getByRole('tab', { name: 'Điểm cầu' }).click()

  const wizard = await importVenues(page, app, first)
  await expect(wizard.getByLabel('Dòng tiêu đề cột')).toHaveValue('3')
  await wizard.getByRole('button', { name: 'Nhập 3 dòng' }).click()
  await expect(wizard).toBeHidden()
  await expect(venueNames(page)).toHaveCount(3)

  const again = await importVenues(page, app, second)
  await expect(again.getByRole('status')).toContainText('Trong đó 2 điểm cầu đã có sẽ được cập nhật')
  await again.screenshot({ path: join(SCREENSHOT_DIR, 'venues-reimport.png') })
  await again.getByRole('button', { name: 'Nhập 3 dòng' }).click()
  await expect(again).toBeHidden()
  await expect(venueNames(page)).toHaveCount(4)
  const totals = page.getByTestId('venue-totals')
  await expect(totals).toContainText('Số điểm cầu4')
  await expect(totals).toContainText('Dự kiến125')

  // Keyboard: select Hồng Lĩnh (last) and move it up twice with Alt+↑.
  await venueNames(page).nth(3).click()
  await page.keyboard.press('Alt+ArrowUp')
  await page.keyboard.press('Alt+ArrowUp')
  await expect(venueNames(page).nth(1)).toContainText('Điểm cầu thị xã Hồng Lĩnh')

  // Drag: Hương Khê's handle onto the second row.
  const handle = page.getByTitle('Kéo để đổi thứ tự: Điểm cầu huyện Hương Khê')
  const target = venueNames(page).nth(1)
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('the venue rows are not laid out')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 })
  await page.mouse.move(to.x + 20, to.y + to.height / 3, { steps: 10 })
  await page.mouse.up()
  const expectedOrder = [
    'Hội trường UBND tỉnh Hà Tĩnh',
    'Điểm cầu huyện Hương Khê',
    'Điểm cầu thị xã Hồng Lĩnh',
    'Điểm cầu huyện Kỳ Anh'
  ]
  await expect(venueNames(page).locator('.venue-name')).toContainText(expectedOrder)

  // One Ctrl+Z takes back the drag, Ctrl+Y redoes it.
  await page.keyboard.press('Control+z')
  await expect(venueNames(page).nth(1)).toContainText('Điểm cầu thị xã Hồng Lĩnh')
  await page.keyboard.press('Control+y')
  await expect(venueNames(page).locator('.venue-name')).toContainText(expectedOrder)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'venues-reordered.png') })

  // What reached the disk.
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  const files = await app.ctx.store.listDataFolder()
  const stored = JSON.parse(await readFile(files[0] ?? '', 'utf8')) as { venues: StoredVenue[] }
  expect(stored.venues.map((venue) => venue.name)).toEqual(expectedOrder)
  expect(stored.venues.filter((venue) => venue.isMain).map((venue) => venue.name)).toEqual([
    'Hội trường UBND tỉnh Hà Tĩnh'
  ])
  expect(stored.venues.find((venue) => venue.name === 'Điểm cầu huyện Kỳ Anh')).toMatchObject({
    place: 'Hội trường Huyện ủy',
    expectedCount: 25,
    techContact: 'Lê Văn Hùng'
  })
  expect(stored.venues.find((venue) => venue.name === 'Điểm cầu huyện Hương Khê')).toMatchObject({
    expectedCount: 22,
    techContact: 'Phan Thị Hoa'
  })

  await page.reload()
  await page.getByRole('button', { name: TITLE }).click()
  await page.getByRole('tab', { name: 'Điểm cầu' }).click()
  await expect(venueNames(page).locator('.venue-name')).toContainText(expectedOrder)
})

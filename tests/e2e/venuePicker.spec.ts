import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { SCREENSHOT_DIR, expect, test } from './support/fixtures'
import { createConference } from './support/createConference'
import {
  DELEGATES,
  MAIN_VENUE,
  NATIONAL_VENUES,
  importDelegates,
  importNationalVenues
} from './support/nationalVenues'

const TITLE = 'Hội nghị trực tuyến toàn quốc tổng kết công tác phối hợp năm 2024'

interface StoredDoc {
  venues: { id: string; name: string }[]
  delegates: { name: string; venueId: string | null }[]
  agenda: { title: string; venueId: string | null }[]
}
async function stored(page: Page, app: { ctx: { store: { listDataFolder(): Promise<string[]> } } }) {
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  const [file] = await app.ctx.store.listDataFolder()
  return JSON.parse(await readFile(file ?? '', 'utf8')) as StoredDoc
}

test('every venue picker finds "Điểm cầu tỉnh Nghệ An" from "nghe", by keyboard', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await createConference(page, TITLE)
  await importNationalVenues(page, app)
  await importDelegates(page, app, DELEGATES)
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 8 / 8')

  // Delegate filter: a combobox; "nghe" leaves one venue, Enter chooses it.
  const filter = page.getByRole('search').getByRole('combobox', { name: 'Điểm cầu' })
  await expect(filter).toHaveValue('Tất cả')
  await filter.click()
  await expect(page.getByRole('listbox', { name: 'Điểm cầu' }).getByRole('option')).toHaveCount(
    NATIONAL_VENUES.length + 2
  )
  await filter.fill('nghe')
  const options = page.getByRole('listbox', { name: 'Điểm cầu' }).getByRole('option')
  await expect(options).toHaveText(['Điểm cầu tỉnh Nghệ An'])
  await expect(filter).toHaveAttribute('aria-expanded', 'true')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'item6-after-delegate-filter-vi.png') })
  await page.keyboard.press('Enter')
  await expect(filter).toHaveValue('Điểm cầu tỉnh Nghệ An')
  await expect(filter).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 2 / 8')

  // The distinguishing part ranks first: "ha" puts Hà Giang before Khánh Hòa; ↓ moves, Escape restores.
  await filter.fill('ha')
  await expect(options.first()).toHaveText('Điểm cầu tỉnh Hà Giang')
  await page.keyboard.press('ArrowDown')
  await expect(filter).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(1).getAttribute('id')) ?? ''
  )
  await page.keyboard.press('Escape')
  await expect(filter).toHaveValue('Điểm cầu tỉnh Nghệ An')
  await filter.fill('tat ca')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 8 / 8')

  // Bulk edit: select two rows, move them to Hà Tĩnh through the picker.
  const rows = page.locator('.delegate-rows [role="row"]')
  await rows.nth(6).locator('[data-column="name"]').click()
  await rows
    .nth(7)
    .locator('[data-column="name"]')
    .click({ modifiers: ['Shift'] })
  const bulk = page.getByRole('region', { name: 'Sửa hàng loạt' })
  const bulkVenue = bulk.getByRole('combobox', { name: 'Điểm cầu' })
  await bulkVenue.fill('ha tinh')
  await expect(page.getByRole('listbox', { name: 'Điểm cầu' }).getByRole('option')).toHaveText([
    'Điểm cầu tỉnh Hà Tĩnh'
  ])
  await page.keyboard.press('Enter')
  await bulk.getByRole('button', { name: 'Áp dụng' }).first().click()
  await expect(rows.nth(6).locator('[data-column="venue"]')).toHaveText('Điểm cầu tỉnh Hà Tĩnh')
  await expect(rows.nth(7).locator('[data-column="venue"]')).toHaveText('Điểm cầu tỉnh Hà Tĩnh')

  // The grid's venue cell: typing over it opens the picker with that text; Enter chooses.
  await rows.nth(3).locator('[data-column="venue"]').click()
  await page.keyboard.type('quang b')
  const cellPicker = rows.nth(3).getByRole('combobox', { name: 'Điểm cầu' })
  await expect(cellPicker).toBeFocused()
  await expect(cellPicker).toHaveValue('quang b')
  await expect(page.getByRole('listbox', { name: 'Điểm cầu' }).getByRole('option')).toHaveText([
    'Điểm cầu tỉnh Quảng Bình'
  ])
  await page.keyboard.press('Enter')
  await expect(rows.nth(3).locator('[data-column="venue"]')).toHaveText('Điểm cầu tỉnh Quảng Bình')
  await expect(page.getByRole('grid', { name: 'Danh sách đại biểu' })).toBeFocused()

  // Agenda: the presenter's venue.
  await page.getByRole('tab', { name: 'Chương trình' }).click()
  await page.getByRole('button', { name: 'Thêm mục' }).click()
  await page.keyboard.type('Báo cáo tham luận của Bộ CHQS tỉnh Nghệ An')
  const agendaVenue = page.getByRole('combobox', { name: 'Điểm cầu của mục 1' })
  await agendaVenue.click()
  await page.keyboard.type('nghe')
  await page.keyboard.press('Enter')
  await expect(agendaVenue).toHaveValue('Điểm cầu tỉnh Nghệ An')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'item6-after-agenda-vi.png') })

  // The Venues tab searches as the Delegates tab does.
  await page.getByRole('tab', { name: 'Điểm cầu' }).click()
  const venueSearch = page.getByRole('searchbox', { name: 'Tìm điểm cầu' })
  await venueSearch.fill('nghe')
  const venueRows = page.getByRole('listbox', { name: 'Danh sách điểm cầu theo thứ tự' }).getByRole('option')
  await expect(venueRows).toHaveCount(1)
  await expect(venueRows.first()).toContainText('Điểm cầu tỉnh Nghệ An')
  await expect(venueRows.first()).toContainText('27.')
  await expect(page.getByTestId('venue-count')).toHaveText(`Hiển thị 1 / ${NATIONAL_VENUES.length}`)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'item6-after-venues-search-vi.png') })

  const doc = await stored(page, app)
  const venueId = (name: string) => doc.venues.find((venue) => venue.name === name)?.id
  expect(doc.agenda[0]?.venueId).toBe(venueId('Điểm cầu tỉnh Nghệ An'))
  expect(doc.delegates.find((d) => d.name === 'Thái Thanh Quý')?.venueId).toBe(
    venueId('Điểm cầu tỉnh Quảng Bình')
  )
  expect(doc.delegates.find((d) => d.name === 'Phan Văn Giang')?.venueId).toBe(venueId(MAIN_VENUE))

  // English: the same pickers, translated.
  await page.getByLabel('Ngôn ngữ').selectOption('en')
  await page.getByRole('tab', { name: 'Delegates' }).click()
  const english = page.getByRole('search').getByRole('combobox', { name: 'Venue' })
  await english.fill('xyz')
  await expect(page.getByText('No venue matches')).toBeVisible()
  await english.fill('can tho')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'item6-after-delegate-filter-en.png') })
})

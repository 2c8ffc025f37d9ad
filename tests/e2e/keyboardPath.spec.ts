import { mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { createConference } from './support/createConference'
import { DELEGATES, importDelegates, importNationalVenues } from './support/nationalVenues'

const TITLE = 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2024'
const NEW_DELEGATE = 'Nguyễn Thị Hồng Nhung'

/** Every key the clerk presses goes through here, so the total is what the path costs. */
class Keyboard {
  presses = 0
  typed = 0
  constructor(private readonly page: Page) {}
  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key)
      this.presses++
    }
  }
  /** Typed text is counted apart: its length depends on the name, not on the screens. */
  async type(text: string) {
    await this.page.keyboard.type(text)
    this.typed += text.length
  }
  /** Tab (or Shift+Tab) until the target has focus, as a clerk who knows the screen would. */
  async tabTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 40) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((element) => element === document.activeElement)) return
      await this.press(key)
    }
    await expect(target).toBeFocused()
  }
}

test('keyboard only: open, add a delegate, move them two places up, add an agenda item, print the agenda', async ({
  page,
  app
}) => {
  test.setTimeout(240_000)
  // Setup with the mouse: a conference with 91 venues and 8 delegates, then back to the list.
  await createConference(page, TITLE)
  await importNationalVenues(page, app)
  await importDelegates(page, app, DELEGATES)
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  await page.getByRole('button', { name: /Danh sách hội nghị/ }).click()
  // Leaving the conference hands focus to the list's heading, not to the page body.
  await expect(page.getByRole('heading', { name: 'Các hội nghị' })).toBeFocused()

  const keys = new Keyboard(page)
  // Open the conference: its heading takes focus.
  await keys.tabTo(page.getByRole('button', { name: TITLE, exact: true }))
  await keys.press('Enter')
  await expect(page.locator('.conference-title')).toBeFocused()

  // Delegates tab: the tab list is one stop, arrows move between tabs.
  const tab = (name: string) => page.getByRole('tab', { name, exact: true })
  await keys.tabTo(tab('Thông tin chung'))
  await keys.press('ArrowRight', 2)
  await expect(tab('Đại biểu')).toHaveAttribute('aria-selected', 'true')
  await keys.tabTo(page.getByRole('button', { name: 'Thêm đại biểu' }))
  await keys.press('Enter')
  await keys.type(NEW_DELEGATE)
  await keys.press('Enter')
  const rows = page.locator('.delegate-rows [role="row"]')
  await expect(rows.nth(DELEGATES.length)).toContainText(NEW_DELEGATE)
  await expect(page.getByRole('grid', { name: 'Danh sách đại biểu' })).toBeFocused()
  await keys.press('Alt+ArrowUp', 2)
  await expect(rows.nth(DELEGATES.length - 2)).toContainText(NEW_DELEGATE)

  // Agenda tab: add an item; its title field takes focus.
  await keys.tabTo(tab('Đại biểu'), 'Shift+Tab')
  await keys.press('ArrowRight')
  await expect(tab('Chương trình')).toHaveAttribute('aria-selected', 'true')
  await keys.tabTo(page.getByRole('tabpanel').getByRole('button', { name: 'Thêm mục', exact: true }))
  await keys.press('Enter')
  await keys.type('Khai mạc hội nghị')
  await expect(page.getByRole('tabpanel').getByLabel('Nội dung mục 1')).toHaveValue('Khai mạc hội nghị')

  // Documents tab (the last one): save the agenda as a PDF.
  await keys.tabTo(tab('Chương trình'), 'Shift+Tab')
  await keys.press('End')
  await expect(tab('Văn bản in')).toHaveAttribute('aria-selected', 'true')
  // Outside the data folder: the output writer refuses anything inside it (issue 12, item 2).
  const pdf = join(await mkdtemp(join(tmpdir(), 'hoinghi-keys-')), 'chuong-trinh.pdf')
  app.queueDialogAnswers(pdf)
  await keys.tabTo(page.getByRole('button', { name: 'Lưu thành tệp PDF: Chương trình' }), 'Tab', 60)
  await keys.press('Enter')
  await expect.poll(async () => (await stat(pdf).catch(() => null))?.size ?? 0).toBeGreaterThan(1000)

  console.log(`Keyboard path: ${keys.presses} key presses (+ ${keys.typed} typed characters)`)
  expect(keys.presses).toBeLessThan(60)
})

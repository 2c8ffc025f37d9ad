import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'
import { CONFERENCE_SUFFIX } from '../../electron/storage/dataPaths'
import { SCREENSHOT_DIR, expect, test } from './support/fixtures'
import { createConference } from './support/createConference'
import type { LoopbackApp } from './support/loopbackServer'

const TITLE = 'Hội nghị tổng kết công tác phối hợp Quân sự – Công an – Biên phòng năm 2023'
const PLACE_KEPT = 'Hội trường Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh'
const PLACE_LATER = 'Hội trường Công an tỉnh Hà Tĩnh'

async function setPlace(page: Page, place: string): Promise<void> {
  const general = page.getByRole('tabpanel')
  await general.getByLabel('Địa điểm').fill(place)
  await general.getByLabel('Địa điểm').blur()
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
}

async function onlyFile(app: LoopbackApp): Promise<{ key: string; file: string }> {
  const files = await app.ctx.store.listDataFolder()
  expect(files).toHaveLength(1)
  const key = basename(files[0] ?? '', CONFERENCE_SUFFIX)
  return { key, file: app.ctx.store.paths.conferenceFile(key) }
}

/** Cuts the file in half, as a crash or a pulled USB stick would. */
async function corrupt(file: string): Promise<void> {
  const size = (await readFile(file)).length
  await truncate(file, Math.floor(size / 2))
}

test('history: manual snapshot, restore it, and the state before the restore is kept', async ({ page }) => {
  await createConference(page, TITLE)

  await setPlace(page, PLACE_KEPT)
  await page.getByRole('button', { name: 'Lịch sử' }).click()
  const history = page.getByRole('dialog', { name: 'Lịch sử bản lưu' })
  await history.getByRole('button', { name: 'Chụp bản lưu ngay' }).click()
  await expect(history.getByRole('status')).toContainText('Đã chụp bản lưu lúc')
  await expect(history.getByRole('row').filter({ hasText: 'Thủ công' })).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(history).toBeHidden()

  await setPlace(page, PLACE_LATER)
  await page.getByRole('button', { name: 'Lịch sử' }).click()
  const manualRow = history.getByRole('row').filter({ hasText: 'Thủ công' })
  await expect(manualRow).toContainText('KB')
  await manualRow.getByRole('button', { name: /Khôi phục bản lưu lúc/ }).click()
  await expect(
    history.getByText('Trạng thái hiện tại sẽ được chụp lại trước khi khôi phục', { exact: false })
  ).toBeVisible()
  // Escape backs out of the confirmation first, then the dialog stays open with focus back on the row.
  await page.keyboard.press('Escape')
  await expect(history.getByRole('button', { name: 'Khôi phục bản này' })).toBeHidden()
  await expect(history).toBeVisible()
  await expect(manualRow.getByRole('button', { name: /Khôi phục bản lưu lúc/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(history.getByRole('button', { name: 'Khôi phục bản này' })).toBeFocused()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'history-dialog.png') })
  await page.keyboard.press('Enter')

  await expect(history).toBeHidden()
  await expect(page.getByRole('tabpanel').getByLabel('Địa điểm')).toHaveValue(PLACE_KEPT)
  await expect(page.getByText(/Đã khôi phục bản lưu lúc/)).toBeVisible()
  await page.getByRole('button', { name: 'Lịch sử' }).click()
  const beforeRestore = history.getByRole('row').filter({ hasText: 'Trước khi khôi phục' })
  await expect(beforeRestore).toHaveCount(1)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'history-after-restore.png') })
  await page.keyboard.press('Escape')
})

test('recovery: a file broken on disk is set aside and restored from the .bak or a snapshot', async ({
  page,
  app
}) => {
  await createConference(page, TITLE)
  await setPlace(page, PLACE_KEPT)
  await page.getByRole('tabpanel').getByLabel('Kỳ tổng kết').fill('năm 2023')
  await page.getByRole('tabpanel').getByLabel('Kỳ tổng kết').blur()
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  await page.getByRole('button', { name: /Danh sách hội nghị/ }).click()

  // The list read the file while it was good; it breaks before the clerk opens it.
  await expect(page.getByRole('button', { name: TITLE })).toBeVisible()
  const { key, file } = await onlyFile(app)
  await corrupt(file)
  await page.getByRole('button', { name: TITLE }).click()

  const panel = page.getByRole('region', { name: 'Tệp hội nghị bị hỏng' })
  await expect(panel).toBeVisible()
  await expect(panel.locator('.recovery-file')).toHaveText(`${key}${CONFERENCE_SUFFIX}`)
  await expect(panel.locator('.recovery-reason')).not.toBeEmpty()
  await expect(panel.getByRole('row').filter({ hasText: 'Bản sao lưu tự động (.bak)' })).toHaveCount(1)
  await expect(panel.getByRole('row').filter({ hasText: 'Bản chụp' }).first()).toBeVisible()
  const recommended = panel.getByRole('button', { name: /^Khôi phục từ/ }).first()
  await expect(recommended).toBeFocused()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'recovery-panel.png'), fullPage: true })
  await recommended.click()

  await expect(page.locator('.conference-title')).toHaveText(TITLE)
  await expect(page.getByRole('tabpanel').getByLabel('Địa điểm')).toHaveValue(PLACE_KEPT)
  await expect(page.getByText(/Đã khôi phục hội nghị từ/)).toBeVisible()
  const restored = JSON.parse(await readFile(file, 'utf8')) as { conference: { title: string } }
  expect(restored.conference.title).toBe(TITLE)

  // Broken while the list is showing: the list names the problem and offers the same recovery.
  await page.getByRole('button', { name: /Danh sách hội nghị/ }).click()
  await corrupt(file)
  await page.reload()
  const row = page.getByRole('row').filter({ hasText: `${key}${CONFERENCE_SUFFIX}` })
  await expect(row).toContainText('Không đọc được tệp')
  await row.getByRole('button', { name: 'Khôi phục…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Khôi phục hội nghị' })
  await expect(dialog.locator('.recovery-file')).toHaveText(`${key}${CONFERENCE_SUFFIX}`)
  await expect(dialog.getByRole('button', { name: /^Khôi phục từ/ }).first()).toBeFocused()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'recovery-dialog-list.png') })
  await page.keyboard.press('Enter')
  await expect(page.locator('.conference-title')).toHaveText(TITLE)
  await expect(page.getByRole('tabpanel').getByLabel('Địa điểm')).toHaveValue(PLACE_KEPT)
})

test('read-only: a shared-folder file held by another computer says so at the top and keeps edits off', async ({
  page,
  app
}) => {
  await createConference(page, TITLE)
  await setPlace(page, PLACE_KEPT)
  await page.getByRole('button', { name: /Danh sách hội nghị/ }).click()

  // The same conference on the provincial shared folder, opened on PHONG-TH-02 a minute ago.
  const { file } = await onlyFile(app)
  const shared = join(app.dataDir, 'o-chung')
  await mkdir(shared, { recursive: true })
  const sharedFile = join(shared, `hoi-nghi-phoi-hop${CONFERENCE_SUFFIX}`)
  const doc = JSON.parse(await readFile(file, 'utf8')) as { id: string }
  await writeFile(sharedFile, JSON.stringify({ ...doc, id: 'ban-chung-ha-tinh' }))
  const now = new Date().toISOString()
  const holder = {
    app: 'hoinghi',
    host: 'PHONG-TH-02',
    user: 'tranthib',
    pid: 4242,
    since: now,
    heartbeat: now,
    token: 'khac'
  }
  await writeFile(`${sharedFile}.lock`, JSON.stringify(holder))

  app.queueDialogAnswers(sharedFile)
  await page.getByRole('button', { name: 'Mở tệp…' }).click()
  await expect(page.locator('.conference-title')).toHaveText(TITLE)
  const banner = page.locator('.read-only-banner')
  await expect(banner).toContainText('Tệp đang được mở trên máy khác')
  await expect(banner).toContainText('tranthib trên máy PHONG-TH-02')
  await expect(banner).toContainText('sẽ không được lưu')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'history-read-only-banner.png') })
})

/** Another program (a `hoinghi import`, a text editor) rewrites the place in the file behind the app. */
async function changePlaceOnDisk(file: string, place: string): Promise<void> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as { conference: { place: string } }
  doc.conference.place = place
  await writeFile(file, JSON.stringify(doc))
}

test('conflict: after the file changed outside HoiNghi the clerk keeps either version, and the other goes to History', async ({
  page,
  app
}) => {
  await createConference(page, TITLE)
  await setPlace(page, PLACE_KEPT)
  const { file } = await onlyFile(app)
  const place = page.getByRole('tabpanel').getByLabel('Địa điểm')
  const conflict = page.locator('.conflict-banner')

  // 1. The version on disk wins; the clerk's edit is kept in History.
  await changePlaceOnDisk(file, 'Hội trường UBND tỉnh Hà Tĩnh')
  await place.fill(PLACE_LATER)
  await place.blur()
  await expect(conflict).toContainText('Tệp đã bị thay đổi bên ngoài HoiNghi')
  await expect(conflict).toContainText(basename(file))
  // Retrying cannot help, so the save indicator offers no retry; the banner offers the choice.
  await expect(page.locator('.save-state.error')).toContainText('Chưa lưu được')
  await expect(page.locator('.save-state.error').getByRole('button')).toHaveCount(0)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'history-conflict-banner.png') })
  await conflict.getByRole('button', { name: 'Lấy bản trên đĩa' }).click()
  await expect(page.locator('.restored-banner')).toContainText('Đã mở bản trên đĩa')
  await expect(conflict).toHaveCount(0)
  await expect(place).toHaveValue('Hội trường UBND tỉnh Hà Tĩnh')
  await page.getByRole('button', { name: 'Lịch sử' }).click()
  const history = page.getByRole('dialog', { name: 'Lịch sử bản lưu' })
  await expect(history.getByRole('row').filter({ hasText: 'Khi tệp bị sửa ngoài HoiNghi' })).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(history).toBeHidden()

  // 2. The clerk's version wins; what was on disk is kept in History.
  await changePlaceOnDisk(file, 'Hội trường Bộ đội Biên phòng tỉnh Hà Tĩnh')
  await place.fill(PLACE_LATER)
  await place.blur()
  await conflict.getByRole('button', { name: 'Giữ bản đang sửa' }).click()
  await expect(page.locator('.restored-banner')).toContainText('Đã ghi bản đang sửa lên tệp')
  await expect(place).toHaveValue(PLACE_LATER)
  expect(
    (JSON.parse(await readFile(file, 'utf8')) as { conference: { place: string } }).conference.place
  ).toBe(PLACE_LATER)
  await page.getByRole('button', { name: 'Lịch sử' }).click()
  await expect(history.getByRole('row').filter({ hasText: 'Khi tệp bị sửa ngoài HoiNghi' })).toHaveCount(2)
  await page.keyboard.press('Escape')

  // Saving goes on as normal afterwards.
  await setPlace(page, PLACE_KEPT)
  expect(
    (JSON.parse(await readFile(file, 'utf8')) as { conference: { place: string } }).conference.place
  ).toBe(PLACE_KEPT)
})

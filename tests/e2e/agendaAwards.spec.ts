import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { SCREENSHOT_DIR, expect, test } from './support/fixtures'
import { createConference } from './support/createConference'
import { SAMPLES_DIR } from '../fixtures/samples/samplePaths'

const TITLE = 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2023 tỉnh Hà Tĩnh'
const SAMPLES = SAMPLES_DIR
const AGENDA_CSV = join(SAMPLES, 'ha-tinh-2023-chuong-trinh.csv')
const AWARDS_CSV = join(SAMPLES, 'ha-tinh-2023-khen-thuong.csv')

interface StoredDoc {
  conference: { startTime: string }
  agenda: { title: string; durationMin: number; pinnedStart: string | null }[]
  outlines: { title: string; sections: StoredSection[] }[]
  awards: { recipient: string; authority: string; form: string; stageGroup: number | null }[]
  awardSettings: { groupSize: number }
}
interface StoredSection {
  heading: string
  figures: { label: string; value: string; unit: string }[]
  children: StoredSection[]
}

async function saved(page: Page) {
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
}

async function agendaTimes(page: Page): Promise<string[]> {
  return page.getByTestId('agenda-time').allTextContents()
}

test('build the Hà Tĩnh 2023 conference from the samples: agenda, outline, awards; reorder, undo, reload', async ({
  page,
  app
}) => {
  // The conference, starting at 14:00 as in Hà Tĩnh.
  await createConference(page, TITLE)
  await page.getByRole('tabpanel').getByLabel('Giờ bắt đầu').fill('14:00')
  await page.getByRole('tabpanel').getByLabel('Giờ kết thúc dự kiến').fill('17:00')
  await page.getByRole('tabpanel').getByLabel('Kỳ tổng kết').fill('năm 2023')

  // ---- Agenda: imported from the sample CSV through the wizard.
  await page.getByRole('tab', { name: 'Chương trình' }).click()
  const agenda = page.getByRole('tabpanel')
  app.queueDialogAnswers(AGENDA_CSV)
  await agenda.getByRole('button', { name: 'Nhập từ tệp…' }).click()
  const wizard = page.getByRole('dialog', { name: 'Nhập chương trình hội nghị từ tệp' })
  await wizard.getByRole('button', { name: /^Nhập 8 dòng/ }).click()
  await expect(wizard).toBeHidden()
  await expect(agenda.getByLabel('Nội dung mục 3')).toHaveValue(
    'Báo cáo tổng kết công tác QP - AN năm 2023 và triển khai nhiệm vụ năm 2024'
  )
  expect(await agendaTimes(page)).toEqual([
    '14:00–14:15',
    '14:15–14:25',
    '14:25–15:00',
    '15:00–15:40',
    '15:40–16:00',
    '16:00–16:20',
    '16:20–16:45',
    '16:45–17:00'
  ])
  await expect(agenda.getByLabel('Loại mục 6')).toHaveValue('awards')
  await expect(agenda.getByLabel('Người thực hiện mục 3')).toHaveValue(
    'Đại tá Nguyễn Xuân Thắng – Chỉ huy trưởng Bộ CHQS tỉnh'
  )

  // A minutes field can be emptied and retyped: 10 → 5, not "15" (the old field kept the "1").
  const minutes2 = agenda.getByLabel('Số phút của mục 2')
  await minutes2.click()
  await page.keyboard.press('End')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await expect(minutes2).toHaveValue('')
  await expect(agenda.getByRole('status').filter({ hasText: 'Nhập số nguyên từ 0 đến 1440' })).toBeVisible()
  await page.keyboard.type('5')
  await expect(minutes2).toHaveValue('5')
  expect((await agendaTimes(page)).slice(1, 3)).toEqual(['14:15–14:20', '14:20–14:55'])
  await page.keyboard.press('Tab')
  // Emptied and left, it keeps the number it had on entry: nothing half-typed is saved.
  await minutes2.click()
  await page.keyboard.press('End')
  await page.keyboard.press('Backspace')
  await expect(agenda.getByRole('status').filter({ hasText: 'sẽ giữ lại 5' })).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'agenda-minutes-emptied.png') })
  await page.keyboard.press('Tab')
  await expect(minutes2).toHaveValue('5')
  expect((await agendaTimes(page))[1]).toBe('14:15–14:20')
  await minutes2.fill('10')
  expect((await agendaTimes(page))[1]).toBe('14:15–14:25')

  // Alt+↓ on the report moves it below the discussion papers; every later time follows at once.
  await agenda.getByLabel('Nội dung mục 3').focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(agenda.getByLabel('Nội dung mục 3')).toHaveValue('Tham luận của các đơn vị')
  await expect(agenda.getByLabel('Nội dung mục 4')).toHaveValue(/^Báo cáo tổng kết/)
  expect((await agendaTimes(page)).slice(2, 4)).toEqual(['14:25–15:05', '15:05–15:40'])
  // Focus stays on the moved item, so a second Alt+↓ would keep moving it.
  await expect(agenda.getByLabel('Nội dung mục 4')).toBeFocused()

  // A longer discussion runs past the planned end: warned inline and in the summary.
  await agenda.getByLabel('Số phút của mục 3').fill('55')
  await expect(agenda.getByRole('region', { name: 'Cảnh báo về chương trình' })).toContainText(
    'kết thúc muộn hơn giờ kết thúc dự kiến 15 phút'
  )
  await page.keyboard.press('Control+z')
  await expect(agenda.getByLabel('Số phút của mục 3')).toHaveValue('40')
  await expect(agenda.getByRole('region', { name: 'Cảnh báo về chương trình' })).toHaveCount(0)

  // Undo the move: the report is back in third place with its 14:25 start. The workspace ignores
  // a second undo within 80 ms (menu accelerator and key handler both fire), so pause like a person.
  await page.waitForTimeout(150)
  await page.keyboard.press('Control+z')
  await expect(agenda.getByLabel('Nội dung mục 3')).toHaveValue(/^Báo cáo tổng kết/)
  expect((await agendaTimes(page)).slice(2, 4)).toEqual(['14:25–15:00', '15:00–15:40'])

  // Pin the Military Region speech to 15:50: a gap opens and later items follow; 15:30 conflicts.
  await agenda.getByLabel('Cố định giờ bắt đầu của mục 5').check()
  await agenda.getByLabel('Giờ cố định của mục 5').fill('15:50')
  expect((await agendaTimes(page)).slice(3, 6)).toEqual(['15:00–15:40', '15:50–16:10', '16:10–16:30'])
  await agenda.getByLabel('Giờ cố định của mục 5').fill('15:30')
  await expect(agenda.getByRole('region', { name: 'Cảnh báo về chương trình' })).toContainText(
    'giờ cố định bị mục trước lấn vào 10 phút'
  )
  await page.waitForTimeout(150)
  await page.keyboard.press('Control+z')
  await expect(agenda.getByLabel('Giờ cố định của mục 5')).toHaveValue('15:50')
  await page.waitForTimeout(150)
  await page.keyboard.press('Control+z')
  // Pinning itself is one step: it fixed the time the item had then.
  await expect(agenda.getByLabel('Giờ cố định của mục 5')).toHaveValue('15:40')
  await page.waitForTimeout(150)
  await page.keyboard.press('Control+z')
  await expect(agenda.getByLabel('Giờ cố định của mục 5')).toHaveCount(0)
  expect((await agendaTimes(page))[4]).toBe('15:40–16:00')

  // Drag by mouse: the closing remarks above the awards, then back by undo.
  const grip7 = agenda.getByRole('button', { name: 'Kéo mục 7 để sắp xếp' })
  const row6 = agenda.locator('tbody tr').nth(5)
  const from = await grip7.boundingBox()
  const to = await row6.boundingBox()
  if (!from || !to) throw new Error('agenda rows are not laid out')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 })
  await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 10 })
  await page.mouse.up()
  await expect(agenda.getByLabel('Nội dung mục 6')).toHaveValue('Phát biểu kết luận hội nghị')
  expect((await agendaTimes(page)).slice(5, 7)).toEqual(['16:00–16:25', '16:25–16:45'])
  await page.keyboard.press('Control+z')
  await expect(agenda.getByLabel('Nội dung mục 6')).toHaveValue('Trao cờ thi đua của Quân khu 4 và UBND tỉnh')
  await saved(page)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'agenda-ha-tinh-2023.png'), fullPage: true })

  // ---- Outline: the annual review report skeleton with the year's key figures.
  await page.getByRole('tab', { name: 'Đề cương' }).click()
  const outlines = page.getByRole('tabpanel')
  await outlines.getByLabel('Bắt đầu từ').selectOption('report')
  await outlines.getByRole('button', { name: 'Thêm đề cương' }).click()
  await expect(outlines.getByLabel('Tên đề cương')).toHaveValue('Báo cáo tổng kết công tác phối hợp năm 2023')
  await expect(outlines.getByLabel('Tiêu đề mục I', { exact: true })).toHaveValue('Kết quả đạt được')
  await expect(outlines.getByLabel('Tiêu đề mục II', { exact: true })).toHaveValue('Tồn tại, hạn chế')

  // I.2 information exchange, I.3 cases and people, I.4 patrols.
  await outlines.getByLabel('Tên số liệu 1 của mục I.2').fill('Số thông tin trao đổi')
  await outlines.getByLabel('Giá trị số liệu 1 của mục I.2').fill('207')
  await outlines.getByLabel('Tên số liệu 1 của mục I.3').fill('Số vụ phát hiện, bắt giữ')
  await outlines.getByLabel('Giá trị số liệu 1 của mục I.3').fill('200')
  await outlines.getByLabel('Đơn vị tính số liệu 1 của mục I.3').fill('vụ / 226 đối tượng')
  await outlines.getByRole('button', { name: 'Xóa số liệu 2 của mục I.3' }).click()
  await outlines.getByLabel('Tên số liệu 1 của mục I.4').fill('Số cuộc tuần tra')
  await outlines.getByLabel('Giá trị số liệu 1 của mục I.4').fill('20.629')
  await outlines
    .getByLabel('Nội dung mục I.4')
    .fill('Các lực lượng duy trì nghiêm chế độ tuần tra, kiểm soát trên tuyến biên giới, địa bàn trọng điểm.')
  await outlines.getByLabel('Thời gian được giao (phút)').fill('1')
  await expect(page.locator('.reading-meter')).toHaveAttribute('data-verdict', /over|tight/)
  await outlines.getByLabel('Thời gian được giao (phút)').fill('35')
  await expect(page.locator('.reading-meter')).toHaveAttribute('data-verdict', 'fits')

  // Indent "II. Tồn tại, hạn chế" under I (keyboard), numbers follow; outdent it back (button).
  await outlines.getByLabel('Tiêu đề mục II', { exact: true }).focus()
  await page.keyboard.press('Alt+Shift+ArrowRight')
  await expect(outlines.getByLabel('Tiêu đề mục I.7')).toHaveValue('Tồn tại, hạn chế')
  await expect(outlines.getByLabel('Tiêu đề mục II', { exact: true })).toHaveValue('Nguyên nhân')
  await expect(outlines.getByLabel('Tiêu đề mục II.1')).toHaveValue('Nguyên nhân khách quan')
  await outlines.getByRole('button', { name: 'Lùi ra một cấp: I.7 Tồn tại, hạn chế' }).click()
  await expect(outlines.getByLabel('Tiêu đề mục II', { exact: true })).toHaveValue('Tồn tại, hạn chế')
  await expect(outlines.getByLabel('Tiêu đề mục III', { exact: true })).toHaveValue('Nguyên nhân')
  // Alt+↑ within siblings: "Bài học kinh nghiệm" (IV) goes before "Nguyên nhân".
  await outlines.getByLabel('Tiêu đề mục IV', { exact: true }).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(outlines.getByLabel('Tiêu đề mục III', { exact: true })).toHaveValue('Bài học kinh nghiệm')
  await page.keyboard.press('Control+z')
  await expect(outlines.getByLabel('Tiêu đề mục III', { exact: true })).toHaveValue('Nguyên nhân')
  await saved(page)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'outline-annual-report.png'), fullPage: true })

  // A second, short outline: slow and brisk readers need the same minute, said once ("1 phút", not "1–1").
  await outlines.getByLabel('Bắt đầu từ').selectOption('speech')
  await outlines.getByRole('button', { name: 'Thêm đề cương' }).click()
  await expect(outlines.getByLabel('Tên đề cương')).toHaveValue('Bài phát biểu chỉ đạo tại hội nghị')
  await expect(page.locator('.reading-meter')).toContainText(/đọc khoảng \d+ phút/)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'outline-short-speech.png') })
  // Checking the agenda and coming back keeps that outline open and the chosen skeleton.
  await page.getByRole('tab', { name: 'Chương trình' }).click()
  await page.getByRole('tab', { name: 'Đề cương' }).click()
  await expect(outlines.getByLabel('Tên đề cương')).toHaveValue('Bài phát biểu chỉ đạo tại hội nghị')
  await expect(outlines.getByLabel('Bắt đầu từ')).toHaveValue('speech')

  // ---- Awards: the eight flags, imported.
  await page.getByRole('tab', { name: 'Khen thưởng' }).click()
  const awards = page.getByRole('tabpanel')
  app.queueDialogAnswers(AWARDS_CSV)
  await awards.getByRole('button', { name: 'Nhập từ tệp…' }).click()
  const awardWizard = page.getByRole('dialog', { name: 'Nhập danh sách khen thưởng từ tệp' })
  await awardWizard.getByRole('button', { name: /^Nhập 8 dòng/ }).click()
  await expect(awardWizard).toBeHidden()
  const counts = awards.getByTestId('award-counts')
  await expect(counts).toContainText('Tổng số: 8')
  await expect(counts.getByRole('listitem').filter({ hasText: 'Quân khu 4' })).toContainText('2')
  await expect(counts.getByRole('listitem').filter({ hasText: 'UBND tỉnh Hà Tĩnh' })).toContainText('6')
  await expect(awards.getByLabel('Loại khen thưởng, dòng 1')).toHaveValue('title')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'awards-list.png'), fullPage: true })

  // The entry opened for details stays open across a tab switch.
  await awards.getByRole('button', { name: 'Chi tiết dòng 2' }).click()
  await expect(awards.getByRole('button', { name: 'Chi tiết dòng 2' })).toHaveAttribute(
    'aria-expanded',
    'true'
  )
  await page.getByRole('tab', { name: 'Đề cương' }).click()
  await page.getByRole('tab', { name: 'Khen thưởng' }).click()
  await expect(awards.getByRole('button', { name: 'Chi tiết dòng 2' })).toHaveAttribute(
    'aria-expanded',
    'true'
  )

  // Ceremony: Quân khu 4 first (higher level), then the province; groups of at most 4.
  await awards.getByRole('button', { name: 'Lễ trao' }).click()
  const blocks = awards.getByTestId('authority-block')
  await expect(blocks).toHaveCount(2)
  await expect(blocks.nth(0).getByRole('heading', { level: 3 })).toContainText('Quân khu 4')
  await expect(blocks.nth(0).locator('.recipient')).toHaveCount(2)
  await expect(blocks.nth(1).getByRole('heading', { level: 3 })).toContainText('UBND tỉnh Hà Tĩnh')
  await expect(blocks.nth(1).locator('.recipient')).toHaveCount(6)
  await expect(blocks.nth(0).getByLabel('Người trao nhóm 1')).toHaveValue('Đại tá Ngô Nam Cường')
  // Checking the delegates and coming back: still the ceremony, not the list.
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  await page.getByRole('tab', { name: 'Khen thưởng' }).click()
  await expect(blocks).toHaveCount(2)
  await expect(awards.getByRole('button', { name: 'Lễ trao' })).toHaveAttribute('aria-pressed', 'true')

  // The group size can be emptied and retyped too; left empty it keeps the size it had.
  const groupSize = awards.getByLabel('Số người tối đa mỗi nhóm lên sân khấu')
  await expect(groupSize).toHaveValue('10')
  await groupSize.click()
  await page.keyboard.press('End')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Tab')
  await expect(groupSize).toHaveValue('10')

  await awards.getByLabel('Số người tối đa mỗi nhóm lên sân khấu').fill('4')
  const group = (number: number) =>
    awards.locator(`[data-testid="stage-group"][data-group="${number}"] .recipient`)
  await expect(group(2)).toHaveCount(4)
  await expect(group(3)).toHaveCount(2)
  await awards.getByLabel('Nhóm trao của Công an huyện Hương Khê').selectOption('3')
  await expect(group(2)).toHaveCount(3)
  await expect(group(3)).toHaveCount(3)
  await expect(group(3).filter({ hasText: 'Công an huyện Hương Khê' })).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(group(2)).toHaveCount(4)
  await expect(group(3)).toHaveCount(2)
  await page.waitForTimeout(150)
  await page.keyboard.press('Control+y')
  await expect(group(3)).toHaveCount(3)
  await saved(page)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'awards-ceremony.png'), fullPage: true })

  // ---- On disk.
  const files = await app.ctx.store.listDataFolder()
  expect(files).toHaveLength(1)
  const stored = JSON.parse(await readFile(files[0] ?? '', 'utf8')) as StoredDoc
  expect(stored.conference.startTime).toBe('14:00')
  expect(stored.agenda.map((item) => item.durationMin)).toEqual([15, 10, 35, 40, 20, 20, 25, 15])
  expect(stored.agenda[2]?.title).toMatch(/^Báo cáo tổng kết/)
  const results = stored.outlines[0]?.sections[0]
  const figures = (results?.children ?? [])
    .flatMap((section) => section.figures)
    .filter((figure) => figure.value !== '')
  expect(figures.map((figure) => `${figure.label}: ${figure.value} ${figure.unit}`)).toEqual([
    'Số thông tin trao đổi: 207 thông tin',
    'Số vụ phát hiện, bắt giữ: 200 vụ / 226 đối tượng',
    'Số cuộc tuần tra: 20.629 cuộc'
  ])
  expect(stored.outlines[0]?.sections.map((section) => section.heading)).toEqual([
    'Kết quả đạt được',
    'Tồn tại, hạn chế',
    'Nguyên nhân',
    'Bài học kinh nghiệm',
    'Phương hướng, nhiệm vụ'
  ])
  expect(stored.awards).toHaveLength(8)
  expect(stored.awardSettings.groupSize).toBe(4)
  expect(stored.awards.find((award) => award.recipient === 'Công an huyện Hương Khê')?.stageGroup).toBe(3)
  expect(stored.awards.filter((award) => award.stageGroup !== null)).toHaveLength(1)

  // ---- Reload: all of it comes back.
  await page.reload()
  await page.getByRole('button', { name: TITLE }).click()
  await page.getByRole('tab', { name: 'Chương trình' }).click()
  await expect(page.getByRole('tabpanel').getByLabel('Nội dung mục 3')).toHaveValue(/^Báo cáo tổng kết/)
  expect(await agendaTimes(page)).toHaveLength(8)
  expect((await agendaTimes(page))[7]).toBe('16:45–17:00')
  await page.getByRole('tab', { name: 'Đề cương' }).click()
  await expect(page.getByRole('tabpanel').getByLabel('Giá trị số liệu 1 của mục I.4')).toHaveValue('20.629')
  await expect(page.getByRole('tabpanel').getByLabel('Đơn vị tính số liệu 1 của mục I.3')).toHaveValue(
    'vụ / 226 đối tượng'
  )
  await page.getByRole('tab', { name: 'Khen thưởng' }).click()
  await page.getByRole('tabpanel').getByRole('button', { name: 'Lễ trao' }).click()
  await expect(group(3)).toHaveCount(3)
  await page
    .getByRole('tabpanel')
    .getByRole('button', { name: /Đặt lại nhóm tự động/ })
    .click()
  await expect(group(3)).toHaveCount(2)
})

test('standard agenda in one undoable step; asks before touching a non-empty agenda', async ({ page }) => {
  await page.getByRole('button', { name: 'Hội nghị mới' }).click()
  await page.getByRole('dialog').getByLabel('Tên hội nghị').fill('Hội nghị sơ kết 6 tháng đầu năm 2024')
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo' }).click()
  await page.getByRole('tabpanel').getByLabel('Giờ bắt đầu').fill('07:30')
  await page.getByRole('tab', { name: 'Chương trình' }).click()
  const agenda = page.getByRole('tabpanel')
  await agenda.getByRole('button', { name: 'Chèn chương trình mẫu' }).click()
  await expect(agenda.getByTestId('agenda-time')).toHaveCount(9)
  await expect(agenda.getByTestId('agenda-time').first()).toHaveText('07:30–07:45')
  // The standard items name no presenter on purpose: the summary says which ones need one.
  await expect(agenda.getByRole('region', { name: 'Cảnh báo về chương trình' })).toContainText(
    'chưa có người thực hiện'
  )

  await agenda.getByRole('button', { name: 'Chèn chương trình mẫu' }).click()
  const ask = page.getByRole('dialog', { name: 'Chèn chương trình mẫu' })
  await ask.getByRole('button', { name: 'Thêm vào cuối' }).click()
  await expect(agenda.getByTestId('agenda-time')).toHaveCount(18)
  await page.keyboard.press('Control+z')
  await expect(agenda.getByTestId('agenda-time')).toHaveCount(9)

  // A new line typed by hand, then moved to the top with Alt+↑ twice.
  await agenda.getByRole('button', { name: 'Thêm mục' }).click()
  await expect(agenda.getByLabel('Nội dung mục 10')).toBeFocused()
  await page.keyboard.type('Giải lao')
  await agenda.getByLabel('Loại mục 10').selectOption('break')
  await agenda.getByLabel('Nội dung mục 10').focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(agenda.getByLabel('Nội dung mục 9')).toHaveValue('Giải lao')
  await expect(agenda.getByLabel('Nội dung mục 9')).toBeFocused()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(agenda.getByLabel('Nội dung mục 8')).toHaveValue('Giải lao')
})

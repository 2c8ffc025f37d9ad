import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ConferenceDocument, Delegate } from '../../shared/model/conference'
import { fillReplies } from '../support/fillReplies'
import { generateConference } from '../support/generateConference'
import { SCREENSHOT_DIR, expect, test } from './support/fixtures'

const person = (p: Delegate) =>
  [p.name, p.rank, p.position, p.unit, p.role, p.attendance, p.phone].join(' | ')

test('venues tab: templates out to 90 venues, their lists back in one step, the board', async ({
  page,
  app
}) => {
  test.setTimeout(240_000)
  const doc = generateConference(90 * 13, 90)
  const file = app.ctx.store.paths.conferenceFile(doc.id)
  await app.ctx.store.writeNew(file, doc)
  const work = await mkdtemp(join(tmpdir(), 'hoinghi-e2e-collect-'))
  const stored = async (): Promise<ConferenceDocument> => (await app.ctx.store.openFile(file)).db.data
  try {
    await page.reload()
    await page.getByRole('button', { name: doc.conference.title }).click()
    await page.getByRole('tab', { name: 'Điểm cầu' }).click()
    const board = page.getByRole('table', { name: 'Tình hình danh sách các điểm cầu' })
    await expect(board.locator('tbody tr')).toHaveCount(90)

    // Templates out.
    await page.getByRole('button', { name: 'Gửi mẫu cho điểm cầu' }).click()
    const send = page.getByRole('dialog', { name: 'Gửi mẫu danh sách cho điểm cầu' })
    await send.getByLabel('Hạn gửi lại').fill('2023-12-20')
    await send.getByLabel('Liên hệ ban thư ký (người, số điện thoại)').fill('Đ/c Trần Thị Hà, 0239 385 5555')
    const templates = join(work, 'mau')
    await mkdir(templates)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'collect-templates.png') })
    app.queueDialogAnswers(templates)
    await send.getByRole('button', { name: 'Chọn thư mục và ghi mẫu' }).click()
    await expect(send.getByRole('status')).toHaveText('Đã ghi 90 tệp mẫu vào thư mục mau.', {
      timeout: 120_000
    })
    await send.getByRole('button', { name: 'Đóng' }).click()
    expect(await readdir(templates)).toHaveLength(90)
    await expect(board.locator('tbody tr').first().locator('td').nth(1)).toHaveText(
      /^\d\d\/\d\d\/\d{4} \d\d:\d\d$/
    )

    // The venues fill them in and send them back.
    const returned = join(work, 'tra-ve')
    const filled = await fillReplies(doc, templates, returned)
    // A file nothing in it names: an early list the 40th venue mailed without its template.
    const stray = join(returned, 'danh-sach-gui-som.csv')
    await writeFile(stray, 'Họ và tên,Đơn vị\nNguyễn Văn Sớm,Ban CHQS huyện\n')
    await utimes(stray, new Date('2023-12-01T08:00:00Z'), new Date('2023-12-01T08:00:00Z'))
    const fortieth = doc.venues[39]

    // Lists back: a folder at once.
    await page.getByRole('button', { name: 'Nhận danh sách từ điểm cầu' }).click()
    const collect = page.getByRole('dialog', { name: 'Nhận danh sách từ điểm cầu' })
    app.queueDialogAnswers(returned)
    await collect.getByRole('button', { name: 'Chọn thư mục…' }).click()
    const plan = collect.getByRole('table', { name: 'Thay đổi theo từng điểm cầu' })
    await expect(plan.locator('tbody tr')).toHaveCount(90, { timeout: 60_000 })
    const twice = plan.locator(`tr[data-plan-venue="${filled.sentTwice}"]`)
    await expect(twice).toContainText('(sua lai).xlsx')
    await expect(twice).toContainText('Bản mới thay cho')
    await expect(plan.locator(`tr[data-plan-venue="${filled.csvWindows1258}"]`)).toContainText(
      'tên ở đầu trang'
    )
    await expect(plan.locator(`tr[data-plan-venue="${filled.copiedWithoutIdentity}"]`)).toContainText(
      'tên ở đầu trang'
    )
    // The clerk places the stray file; the venue's own, later reply stays the one that counts.
    await expect(collect.getByRole('button', { name: /^Thay danh sách của/ })).toHaveText(
      'Thay danh sách của 90 điểm cầu'
    )
    await collect
      .getByLabel('Điểm cầu của tệp danh-sach-gui-som.csv')
      .selectOption({ label: `40. ${fortieth?.name ?? ''}` })
    await expect(plan.locator(`tr[data-plan-venue="${fortieth?.id ?? ''}"]`)).toContainText(
      'Bản mới thay cho: danh-sach-gui-som.csv'
    )
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'collect-preview.png') })
    await collect.getByRole('button', { name: 'Thay danh sách của 90 điểm cầu' }).click()
    await expect(collect.getByRole('status')).toHaveText(
      'Đã thay danh sách của 90 điểm cầu (hoàn tác bằng Ctrl+Z).'
    )
    await collect.getByRole('button', { name: 'Đóng' }).click()
    await expect(page.getByText('90/90 điểm cầu đã gửi lại danh sách')).toBeVisible()

    // Saved: every venue holds exactly its intended list, and nobody twice.
    await expect
      .poll(async () => (await stored()).venues.filter((venue) => venue.collection.replyAt !== '').length, {
        timeout: 15_000
      })
      .toBe(90)
    const after = await stored()
    expect(new Set(after.delegates.map((p) => p.id)).size).toBe(after.delegates.length)
    for (const venue of after.venues) {
      const intended = filled.intended.get(venue.id) ?? []
      expect(
        after.delegates
          .filter((p) => p.venueId === venue.id)
          .map(person)
          .sort(),
        venue.name
      ).toEqual(intended.map(person).sort())
    }

    // The board's filters, and one undo step takes the whole collection back.
    await page.getByRole('button', { name: 'Chưa gửi lại (0)' }).click()
    await expect(page.getByText('Không có điểm cầu nào theo bộ lọc này.')).toBeVisible()
    await page.getByRole('button', { name: /^Thiếu chủ trì/ }).click()
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'collect-board.png') })
    await page.getByRole('button', { name: 'Tất cả' }).click()
    await page.locator('#collection-heading').click()
    await page.keyboard.press('Control+z')
    await expect(page.getByText('0/90 điểm cầu đã gửi lại danh sách')).toBeVisible()
    await page.keyboard.press('Control+y')
    await expect(page.getByText('90/90 điểm cầu đã gửi lại danh sách')).toBeVisible()

    // The board as a PDF.
    const pdf = join(work, 'tong-hop.pdf')
    app.queueDialogAnswers(pdf)
    await page.getByRole('button', { name: 'Xuất PDF' }).click()
    await expect(page.getByText('Đã lưu tong-hop.pdf')).toBeVisible({ timeout: 30_000 })
  } finally {
    await rm(work, { recursive: true, force: true })
  }
})

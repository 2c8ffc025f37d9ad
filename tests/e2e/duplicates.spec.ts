import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SCREENSHOT_DIR, expect, test } from './support/fixtures'
import { createConference } from './support/createConference'

const TITLE = 'Hội nghị sơ kết 6 tháng đầu năm 2024 thực hiện Nghị định 03/2019/NĐ-CP'

// Two units sent their lists; the Deputy Commander appears in both, written differently.
const LIST = [
  'STT;Họ và tên;Cấp bậc;Chức vụ;Đơn vị;Điện thoại;Ghi chú',
  '1;Nguyễn Xuân Thắng;Đại tá;Chỉ huy trưởng;Bộ CHQS tỉnh Hà Tĩnh;;Phát biểu khai mạc',
  '2;Trần Thị Hồng Nhung;Thượng tá;Phó Giám đốc;Công an tỉnh Hà Tĩnh;0912 000 111;',
  '3;NGUYỄN  XUÂN THẮNG;;;bộ chqs tỉnh hà tĩnh;0903 456 789;Đi xe riêng',
  '4;Lê Đình Sơn;Đại tá;Chỉ huy trưởng;Bộ CHBĐBP tỉnh Hà Tĩnh;;'
].join('\n')

test('duplicates found across two lists are merged in one step, undone and redone, and saved', async ({
  page,
  app
}) => {
  const file = join(app.dataDir, 'dai-bieu-gop.csv')
  await writeFile(file, `\ufeff${LIST}`)
  await createConference(page, TITLE)
  await page.getByRole('tab', { name: 'Đại biểu' }).click()
  app.queueDialogAnswers(file)
  await page.getByRole('button', { name: 'Nhập từ tệp…' }).click()
  await page.getByRole('button', { name: 'Nhập 4 dòng' }).click()
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 4 / 4')

  const banner = page.locator('.duplicates-banner')
  await expect(banner).toContainText('Phát hiện 1 nhóm trùng (cùng họ tên và đơn vị).')
  await banner.getByRole('button', { name: 'Xem và gộp…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Đại biểu bị trùng' })
  const group = dialog.getByRole('group', { name: 'Nhóm 1: 2 bản ghi' })
  await expect(group.getByRole('radio')).toHaveCount(2)
  // Keep the first, fuller record; the second only adds its phone and note.
  await expect(group.getByRole('radio').first()).toBeChecked()
  await dialog.screenshot({ path: join(SCREENSHOT_DIR, 'delegates-duplicates.png') })
  await group.getByRole('button', { name: 'Gộp vào bản ghi đã chọn' }).click()
  await expect(dialog.getByText('Không còn nhóm trùng nào.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Đóng' }).click()
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 3 / 3')
  await expect(banner).toHaveCount(0)

  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 4 / 4')
  await expect(banner).toBeVisible()
  await page.keyboard.press('Control+y')
  await expect(page.getByTestId('delegate-count')).toHaveText('Hiển thị 3 / 3')

  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  const files = await app.ctx.store.listDataFolder()
  const stored = JSON.parse(await readFile(files[0] ?? '', 'utf8')) as {
    delegates: { name: string; rank: string; position: string; phone: string; notes: string }[]
  }
  expect(stored.delegates.map((delegate) => delegate.name)).toEqual([
    'Nguyễn Xuân Thắng',
    'Trần Thị Hồng Nhung',
    'Lê Đình Sơn'
  ])
  expect(stored.delegates[0]).toMatchObject({
    rank: 'Đại tá',
    position: 'Chỉ huy trưởng',
    phone: '0903 456 789',
    notes: expect.stringMatching(/Phát biểu khai mạc[\s\S]*Đi xe riêng/)
  })
})

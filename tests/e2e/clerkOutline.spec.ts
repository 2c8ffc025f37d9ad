import { readFile } from 'node:fs/promises'
import { expect, test } from './support/fixtures'
import { createConference } from './support/createConference'

test('an outline belongs to an agenda item and shows its minutes and presenter as they are now', async ({
  page,
  app
}) => {
  await createConference(page, 'Hội nghị tổng kết công tác phối hợp năm 2024')
  await page.getByRole('tab', { name: 'Chương trình' }).click()
  const agenda = page.getByRole('tabpanel')
  await agenda.getByRole('button', { name: 'Thêm mục' }).click()
  await agenda.getByLabel('Nội dung mục 1').fill('Báo cáo tổng kết công tác phối hợp năm 2024')
  await agenda.getByLabel('Số phút của mục 1').fill('30')
  await agenda.getByLabel('Số phút của mục 1').blur()
  await agenda.getByLabel('Người thực hiện mục 1').fill('Đại tá Lê Đình Sơn')
  await agenda.getByLabel('Người thực hiện mục 1').blur()

  await page.getByRole('tab', { name: 'Đề cương' }).click()
  const outlines = page.getByRole('tabpanel')
  await outlines.getByLabel('Bắt đầu từ').selectOption('report')
  await outlines.getByRole('button', { name: 'Thêm đề cương' }).click()
  await outlines
    .getByLabel('Thuộc mục chương trình')
    .selectOption({ label: '1. Báo cáo tổng kết công tác phối hợp năm 2024' })
  const follows = outlines.getByTestId('outline-follows')
  await expect(follows).toContainText('30 phút')
  await expect(follows).toContainText('Đại tá Lê Đình Sơn')

  // The agenda changes: the outline follows, nothing stale was copied.
  await page.getByRole('tab', { name: 'Chương trình' }).click()
  await agenda.getByLabel('Số phút của mục 1').fill('25')
  await agenda.getByLabel('Số phút của mục 1').blur()
  await page.getByRole('tab', { name: 'Đề cương' }).click()
  await expect(follows).toContainText('25 phút')

  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()
  const [file] = await app.ctx.store.listDataFolder()
  const doc = JSON.parse(await readFile(file ?? '', 'utf8')) as {
    agenda: { id: string }[]
    outlines: { agendaItemId: string | null }[]
  }
  expect(doc.outlines[0]?.agendaItemId).toBe(doc.agenda[0]?.id)
})

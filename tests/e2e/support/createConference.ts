import { expect, type Page } from '@playwright/test'

/** From the conference list: "Hội nghị mới", type the title, create, and wait for the workspace. */
export async function createConference(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Hội nghị mới' }).click()
  const create = page.getByRole('dialog', { name: 'Tạo hội nghị mới' })
  await create.getByLabel('Tên hội nghị').fill(title)
  await create.getByRole('button', { name: 'Tạo' }).click()
  await expect(page.locator('.conference-title')).toHaveText(title)
}

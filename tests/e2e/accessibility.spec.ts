import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { createConference } from './support/createConference'
import { DELEGATES, NATIONAL_VENUES, importDelegates, importNationalVenues } from './support/nationalVenues'

const TITLE = 'Hội nghị trực tuyến toàn quốc tổng kết công tác quốc phòng, an ninh năm 2024'
const AXE_SOURCE = readFile(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')

interface AxeNode {
  target: string[]
  failureSummary?: string
}
interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: AxeNode[]
}

/**
 * The app's CSP ("script-src 'self'") refuses an injected <script> tag, and it must stay so:
 * axe's source is evaluated through the DevTools protocol instead, which the page's CSP does
 * not govern and which leaves no trace in the app itself.
 */
async function audit(page: Page, state: string): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in window)
  if (!injected) await page.evaluate(await AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: unknown): Promise<{ violations: unknown[] }> }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations']
    })
    return result.violations
  })
  const failing = (violations as AxeViolation[]).filter(
    (violation) => violation.impact === 'critical' || violation.impact === 'serious'
  )
  const lines = failing.map(
    (violation) =>
      `[${state}] ${violation.impact} ${violation.id} (${violation.nodes.length}): ${violation.help}\n` +
      violation.nodes
        .slice(0, 3)
        .map((node) => `    ${node.target.join(' ')} — ${(node.failureSummary ?? '').split('\n').join(' ')}`)
        .join('\n')
  )
  for (const violation of violations as AxeViolation[]) {
    if (!failing.includes(violation))
      console.log(`[${state}] (${violation.impact ?? 'none'}) ${violation.id} ×${violation.nodes.length}`)
  }
  if (lines.length > 0) console.log(lines.join('\n'))
  return lines
}

async function auditWorkspace(
  page: Page,
  app: { dataDir: string; queueDialogAnswers: (...p: string[]) => void },
  language: string
) {
  const found: string[] = []
  const tabs = page.getByRole('tablist').first().getByRole('tab')
  const names = ['general', 'venues', 'delegates', 'agenda', 'outlines', 'awards', 'documents']
  for (const [index, name] of names.entries()) {
    await tabs.nth(index).click()
    await expect(tabs.nth(index)).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('tabpanel')).toBeVisible()
    found.push(...(await audit(page, `${language} ${name}`)))
    if (name === 'delegates') {
      const nameCell = page.locator('.delegate-rows [role="row"]').nth(0).locator('[data-column="name"]')
      await nameCell.click()
      await page.keyboard.press('Enter')
      await expect(page.locator('.delegate-rows input').first()).toBeFocused()
      found.push(...(await audit(page, `${language} delegates, cell in edit mode`)))
      await page.keyboard.press('Escape')

      // The import wizard, over the delegates tab.
      app.queueDialogAnswers(join(app.dataDir, 'dai-bieu-toan-quoc.csv'))
      await page
        .getByRole('tabpanel')
        .getByRole('button', { name: /^(Nhập từ tệp…|Import from file…)$/ })
        .click()
      const wizard = page.getByRole('dialog')
      await expect(wizard.getByRole('table').first()).toBeVisible()
      found.push(...(await audit(page, `${language} import wizard`)))
      await page.keyboard.press('Escape')
      await expect(wizard).toBeHidden()
    }
  }
  await page.getByRole('button', { name: /^(Lịch sử|History)$/ }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  found.push(...(await audit(page, `${language} history dialog`)))
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  return found
}

test('axe-core finds no critical or serious violation on any screen, in Vietnamese and English', async ({
  page,
  app
}) => {
  test.setTimeout(300_000)
  const found: string[] = []
  found.push(...(await audit(page, 'vi conference list (empty)')))

  // A conference with venues, delegates, an agenda, an outline and awards.
  await createConference(page, TITLE)
  await importNationalVenues(page, app)
  await importDelegates(page, app, DELEGATES)
  await page.getByRole('tab', { name: 'Chương trình' }).click()
  await page.getByRole('tabpanel').getByRole('button', { name: 'Chèn chương trình mẫu' }).click()
  await expect(page.getByRole('tabpanel').getByLabel('Nội dung mục 1')).toBeVisible()
  await page.getByRole('tab', { name: 'Đề cương' }).click()
  await page.getByRole('tabpanel').getByLabel('Bắt đầu từ').selectOption('report')
  await page.getByRole('tabpanel').getByRole('button', { name: 'Thêm đề cương' }).click()
  await expect(page.getByRole('tabpanel').getByLabel('Tên đề cương')).toBeVisible()
  await page.getByRole('tab', { name: 'Khen thưởng' }).click()
  await page.getByRole('tabpanel').getByRole('button', { name: 'Thêm tập thể' }).click()
  await page.getByRole('tabpanel').getByRole('button', { name: 'Thêm cá nhân' }).click()
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible()

  found.push(...(await auditWorkspace(page, app, 'vi')))
  await page.getByRole('button', { name: /Danh sách hội nghị/ }).click()
  found.push(...(await audit(page, 'vi conference list')))

  await page.getByLabel('Ngôn ngữ').selectOption('en')
  await expect(page.getByRole('heading', { name: 'Conferences' })).toBeVisible()
  found.push(...(await audit(page, 'en conference list')))
  await page.getByRole('button', { name: TITLE }).first().click()
  await expect(page.locator('.conference-title')).toHaveText(TITLE)
  found.push(...(await auditWorkspace(page, app, 'en')))

  expect(found, found.join('\n')).toEqual([])
})

test('the venue list is one Tab stop: arrows choose, Alt+arrows reorder, Shift+Tab selects nothing on the way', async ({
  page,
  app
}) => {
  test.setTimeout(120_000)
  await createConference(page, TITLE)
  await importNationalVenues(page, app)
  const options = page.getByRole('listbox').getByRole('option')
  await expect(options).toHaveCount(NATIONAL_VENUES.length)
  // No handle or other control inside an option is reachable by Tab.
  expect(await page.locator('[role="option"] [tabindex="0"], [role="option"] button').count()).toBe(0)

  await options.nth(2).click()
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(3)).toHaveAttribute('aria-selected', 'true')
  await expect(options.nth(3)).toBeFocused()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(options.nth(2)).toContainText(NATIONAL_VENUES[3] ?? '')
  await expect(options.nth(2)).toBeFocused()

  // One Tab leaves the list; one Shift+Tab comes back to the same venue, still the chosen one.
  await page.keyboard.press('Tab')
  await expect(page.locator('.venue-list :focus')).toHaveCount(0)
  await page.keyboard.press('Shift+Tab')
  await expect(options.nth(2)).toBeFocused()
  await expect(page.getByRole('listbox').locator('[aria-selected="true"]')).toHaveCount(1)
  await page.keyboard.press('Shift+Tab')
  await expect(page.locator('.venue-list :focus')).toHaveCount(0)
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true')
})

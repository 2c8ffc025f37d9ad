import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../tests/safety/support/testContext'
import { chromiumLocaleFromSettings } from './chromiumLocale'

describe('chromiumLocaleFromSettings', () => {
  it('follows the saved language, Vietnamese when there is none or the file is broken', async () => {
    const dir = await tempDir('hoinghi-locale-')
    const file = join(dir, 'settings.json')
    expect(chromiumLocaleFromSettings(file)).toBe('vi')
    await fs.writeFile(file, JSON.stringify({ language: 'en' }))
    expect(chromiumLocaleFromSettings(file)).toBe('en-GB')
    await fs.writeFile(file, '{"language": "en"')
    expect(chromiumLocaleFromSettings(file)).toBe('vi')
  })
})

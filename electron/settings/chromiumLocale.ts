import { readFileSync } from 'node:fs'

/**
 * The locale Chromium uses for date and time inputs (dd/mm/yyyy, 24-hour clock) must be set on
 * the command line before the app is ready, so it is read straight from the settings file: the
 * clerk's language, in a form Chromium knows. British English keeps day-first dates and 24 hours.
 */
export function chromiumLocaleFromSettings(settingsFile: string): 'vi' | 'en-GB' {
  try {
    const parsed = JSON.parse(readFileSync(settingsFile, 'utf8')) as { language?: unknown }
    return parsed.language === 'en' ? 'en-GB' : 'vi'
  } catch {
    return 'vi'
  }
}

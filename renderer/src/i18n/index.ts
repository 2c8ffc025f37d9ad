import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/api/settingsChannels'

type Resource = Record<string, unknown>

// Every locales/<lang>/<namespace>.json is picked up, so each tab keeps its own strings.
const files = import.meta.glob<Resource>('./locales/*/*.json', { eager: true, import: 'default' })

function buildResources(): Record<string, Record<string, Resource>> {
  const resources: Record<string, Record<string, Resource>> = {}
  for (const [path, content] of Object.entries(files)) {
    const match = /\.\/locales\/([a-z]+)\/([A-Za-z0-9_-]+)\.json$/.exec(path)
    if (!match) continue
    const [, lang = '', ns = ''] = match
    resources[lang] = { ...(resources[lang] ?? {}), [ns]: content }
  }
  return resources
}

export const namespaces = [
  ...new Set(Object.keys(files).map((path) => path.split('/').pop()?.replace('.json', '') ?? ''))
]

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: buildResources(),
    lng: language,
    fallbackLng: 'vi',
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false
  })
  document.documentElement.lang = language
  return i18next
}

export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'vi-VN'
}

export function formatDateTime(iso: string, language: string): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

export function formatDate(isoDate: string, language: string): string {
  if (!isoDate) return ''
  const date = new Date(`${isoDate}T00:00:00`)
  if (Number.isNaN(date.getTime())) return isoDate
  return new Intl.DateTimeFormat(localeOf(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric'
  }).format(date)
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language)).format(value)
}

import { formatNumber, localeOf } from '../i18n'

/** Sizes in KB with one decimal: small conference files differ by a few hundred bytes, which still tells versions apart. */
export function kilobytes(bytes: number): number {
  if (bytes <= 0) return 0
  return Math.max(0.1, Math.round(bytes / 102.4) / 10)
}

export function formatKilobytes(bytes: number, language: string): string {
  return formatNumber(kilobytes(bytes), language)
}

/** With seconds: snapshots taken a minute apart (open, manual, before restore) must not look alike. */
export function formatSnapshotTime(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'medium' }).format(
    date
  )
}

import { formatNumber } from '../i18n'

/** Sizes in KB with one decimal: small conference files differ by a few hundred bytes, which still tells versions apart. */
export function kilobytes(bytes: number): number {
  if (bytes <= 0) return 0
  return Math.max(0.1, Math.round(bytes / 102.4) / 10)
}

export function formatKilobytes(bytes: number, language: string): string {
  return formatNumber(kilobytes(bytes), language)
}

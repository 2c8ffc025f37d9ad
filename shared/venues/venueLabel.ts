import { foldForSearch } from '../text/foldForSearch'

const PREFIX = /^\s*(điểm cầu|diem cau)\s*:?\s*/iu

/** "Điểm cầu Nghệ An" → "Nghệ An": for titles and sentences that already say "điểm cầu". */
export function venueShortName(name: string): string {
  const short = name.normalize('NFC').replace(PREFIX, '')
  return short.trim() === '' ? name.trim() : short.trim()
}

/**
 * "Điểm cầu Nghệ An" whether the clerk typed "Nghệ An" or "Điểm cầu Nghệ An": the word is said
 * once, never "Điểm cầu: Điểm cầu …".
 */
export function venueLabel(name: string, word = 'Điểm cầu'): string {
  const trimmed = name.normalize('NFC').trim()
  if (foldForSearch(trimmed).startsWith(foldForSearch(word))) return trimmed
  return `${word} ${venueShortName(trimmed)}`
}

import { normalizeText } from '../text/normalizeText'

/**
 * Vietnamese names run family, middle, given ("Nguyễn Xuân Thắng"): people are called and sorted
 * by the given name, the last word.
 */
export function givenName(fullName: string): string {
  const words = splitName(fullName)
  return words[words.length - 1] ?? ''
}

/** Everything before the given name ("Nguyễn Xuân" of "Nguyễn Xuân Thắng"); '' for a one-word name. */
export function familyAndMiddleName(fullName: string): string {
  return splitName(fullName).slice(0, -1).join(' ')
}

function splitName(fullName: string): string[] {
  const clean = normalizeText(fullName)
  return clean === '' ? [] : clean.split(' ')
}

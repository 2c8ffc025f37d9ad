import type { Award } from '../model/conference'
import { foldForSearch } from '../text/foldForSearch'

/**
 * Forms of commendation (Law on Emulation and Commendation 2022, art. 7). Checked first, because
 * "Danh hiệu vinh dự Nhà nước" is a form even though it says "danh hiệu".
 */
const FORM_WORDS = [
  'Huân chương',
  'Huy chương',
  'Danh hiệu vinh dự',
  'Giải thưởng Hồ Chí Minh',
  'Giải thưởng Nhà nước',
  'Kỷ niệm chương',
  'Bằng khen',
  'Giấy khen'
].map(foldForSearch)

/** Emulation titles (danh hiệu thi đua) for collectives and individuals. */
const TITLE_WORDS = [
  'Cờ thi đua',
  'Chiến sĩ thi đua',
  'Đơn vị quyết thắng',
  'Tập thể lao động xuất sắc',
  'Đơn vị tiên tiến',
  'Tập thể lao động tiên tiến',
  'Chiến sĩ tiên tiến',
  'Lao động tiên tiến',
  'Danh hiệu thi đua'
].map(foldForSearch)

/** Whether an award name is an emulation title or a form of commendation; unknown names count as forms. */
export function guessAwardCategory(form: string): Award['category'] {
  const folded = foldForSearch(form)
  if (FORM_WORDS.some((word) => folded.includes(word))) return 'form'
  if (TITLE_WORDS.some((word) => folded.includes(word))) return 'title'
  return 'form'
}

const RECIPIENT_WORDS: ReadonlyMap<string, Award['recipientType']> = new Map([
  ['tap the', 'collective'],
  ['tt', 'collective'],
  ['don vi', 'collective'],
  ['collective', 'collective'],
  ['ca nhan', 'individual'],
  ['cn', 'individual'],
  ['individual', 'individual']
])

/** "Tập thể" → 'collective', "Cá nhân" → 'individual' (any case or diacritic form); null otherwise. */
export function parseRecipientType(text: string): Award['recipientType'] | null {
  return RECIPIENT_WORDS.get(foldForSearch(text).replace(/[.:]+$/, '')) ?? null
}

export function recipientTypeLabelVi(type: Award['recipientType']): string {
  return type === 'collective' ? 'Tập thể' : 'Cá nhân'
}

/**
 * Abbreviations are written in documents but spoken in full (domain.md, "How the MC speaks").
 * Longer forms come first so "Bộ CHQS" is read before a bare "CHQS". Document numbers
 * ("3456/QĐ-UBND", "03/2019/NĐ-CP") are read as written: an abbreviation touching "/" or "-"
 * on either side is part of a number and left alone.
 */
export const READING_DICTIONARY: readonly (readonly [written: string, spoken: string])[] = [
  ['QP - AN', 'quốc phòng, an ninh'],
  ['QP-AN', 'quốc phòng, an ninh'],
  ['QPAN', 'quốc phòng, an ninh'],
  ['KT - XH', 'kinh tế - xã hội'],
  ['KT-XH', 'kinh tế - xã hội'],
  ['ANCT - TTATXH', 'an ninh chính trị - trật tự an toàn xã hội'],
  ['ANTT', 'an ninh, trật tự'],
  ['ANCT', 'an ninh chính trị'],
  ['TTATXH', 'trật tự an toàn xã hội'],
  ['Bộ CHQS', 'Bộ Chỉ huy Quân sự'],
  ['Ban CHQS', 'Ban Chỉ huy Quân sự'],
  ['CHQS', 'Chỉ huy Quân sự'],
  ['BCHQS', 'Bộ Chỉ huy Quân sự'],
  ['BĐBP', 'Bộ đội Biên phòng'],
  ['BCH', 'Bộ Chỉ huy'],
  ['BTL', 'Bộ Tư lệnh'],
  ['BQP', 'Bộ Quốc phòng'],
  ['BCA', 'Bộ Công an'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['LLVT', 'lực lượng vũ trang'],
  ['CAND', 'Công an nhân dân'],
  ['QĐND', 'Quân đội nhân dân'],
  ['DQTV', 'dân quân tự vệ'],
  ['PCCC', 'phòng cháy, chữa cháy'],
  ['TP.', 'thành phố'],
  ['TP', 'thành phố'],
  ['QK', 'Quân khu'],
  ['CHT', 'Chỉ huy trưởng'],
  ['CTV', 'Chính trị viên']
]

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*')
}

// One pass over the text with every entry as an alternative, longest first.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}/-])(${READING_DICTIONARY.map(([written]) => escape(written)).join('|')})(?![\\p{L}/]|-\\p{L})`,
  'gu'
)
const SPOKEN = new Map(READING_DICTIONARY.map(([written, spoken]) => [written.replace(/\s+/g, ''), spoken]))

/** The text as the MC reads it aloud: every abbreviation of the dictionary spoken in full. */
export function readAloud(text: string): string {
  return text.normalize('NFC').replace(PATTERN, (match) => SPOKEN.get(match.replace(/\s+/g, '')) ?? match)
}

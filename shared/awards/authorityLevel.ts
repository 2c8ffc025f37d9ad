import { foldForSearch } from '../text/foldForSearch'

/**
 * Rough level of an issuing authority, so that awards of the higher level are handed over first
 * (Quân khu 4 before UBND tỉnh, as at the Hà Tĩnh 2023 conference). First match wins, so the more
 * specific phrases come first. Unknown authorities sit in the middle and keep their list order.
 */
const AUTHORITY_LEVELS: ReadonlyArray<readonly [phrase: string, level: number]> = [
  ['Chủ tịch nước', 100],
  ['Thủ tướng', 100],
  ['Chính phủ', 100],
  ['Bộ Quốc phòng', 90],
  ['Bộ Công an', 90],
  ['Bộ trưởng', 90],
  ['Bộ Tư lệnh', 80],
  ['Quân khu', 80],
  ['Quân chủng', 80],
  ['Quân đoàn', 75],
  ['Tỉnh ủy', 70],
  ['UBND tỉnh', 70],
  ['Ủy ban nhân dân tỉnh', 70],
  ['UBND thành phố', 70],
  ['Bộ CHQS', 60],
  ['Bộ Chỉ huy', 60],
  ['BĐBP', 60],
  ['Bộ đội Biên phòng', 60],
  ['Công an tỉnh', 60],
  ['Công an thành phố', 60],
  ['Sở', 55],
  ['huyện', 40],
  ['thị xã', 40],
  ['quận', 40],
  ['xã', 20],
  ['phường', 20]
]

export const UNKNOWN_AUTHORITY_LEVEL = 50

const compiled = AUTHORITY_LEVELS.map(([phrase, level]) => ({ phrase: ` ${foldForSearch(phrase)} `, level }))

export function authorityLevel(authority: string): number {
  const padded = ` ${foldForSearch(authority).replace(/[^a-z0-9]+/g, ' ')} `
  return compiled.find((entry) => padded.includes(entry.phrase))?.level ?? UNKNOWN_AUTHORITY_LEVEL
}

import { foldForSearch } from '../text/foldForSearch'

const PLACE = /^(.*?\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))\s+(\S.*)$/iu

/** "UBND tỉnh Hà Tĩnh" → body "UBND tỉnh", place "Hà Tĩnh"; a unit without a place is all body. */
export function splitUnit(unit: string): { body: string; place: string } {
  const trimmed = unit.normalize('NFC').trim().replace(/\s+/g, ' ')
  const match = PLACE.exec(trimmed)
  return match
    ? { body: (match[1] ?? '').trim(), place: (match[2] ?? '').trim() }
    : { body: trimmed, place: '' }
}

/** Where in the position the unit's body is named ("Chủ tịch UBND tỉnh" names "UBND tỉnh"), or -1. */
function bodyIndex(position: string, body: string): { index: number; length: number } {
  const folded = foldForSearch(position)
  const candidates = [body, body.replace(/^Bộ Tư lệnh\s+/iu, ''), body.replace(/\s+\d+$/u, '')]
    .map((candidate) => candidate.replace(/^Bộ Tư lệnh\s+/iu, '').replace(/\s+\d+$/u, ''))
    .concat([body])
  for (const candidate of candidates) {
    const key = foldForSearch(candidate)
    if (key.length < 3) continue
    const index = folded.indexOf(key)
    if (index >= 0) return { index, length: key.length }
  }
  return { index: -1, length: 0 }
}

/**
 * The post as said in an introduction: the unit only when the position does not already name
 * it ("Chủ tịch UBND tỉnh", not "Chủ tịch UBND tỉnh, UBND tỉnh Hà Tĩnh"; but "Cục trưởng, Bộ Tổng Tham mưu").
 */
export function spokenPost(position: string, unit: string): string {
  const post = position.normalize('NFC').trim()
  const owner = unit.normalize('NFC').trim()
  if (owner === '') return post
  if (post === '') return owner
  if (foldForSearch(post).includes(foldForSearch(owner))) return post
  if (bodyIndex(post, splitUnit(owner).body).index >= 0) return post
  // A bare title reads straight into its unit ("Giám đốc Công an tỉnh Hà Tĩnh"); a post that names
  // a department of the unit takes a comma ("Cục trưởng Cục Tác chiến, Bộ Tổng Tham mưu").
  return post.split(' ').length <= 3 ? `${post} ${owner}` : `${post}, ${owner}`
}

/**
 * The post as a name card needs it to be unambiguous among 90 provinces: "Phó Chủ tịch UBND tỉnh"
 * at "UBND tỉnh Nghệ An" reads "Phó Chủ tịch UBND tỉnh Nghệ An"; "Chỉ huy trưởng" at "Bộ CHQS
 * tỉnh Hà Tĩnh" reads "Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh".
 */
export function unambiguousPost(position: string, unit: string): string {
  const post = position.normalize('NFC').trim().replace(/\s+/g, ' ')
  const owner = unit.normalize('NFC').trim().replace(/\s+/g, ' ')
  if (owner === '') return post
  if (post === '') return owner
  if (foldForSearch(post).includes(foldForSearch(owner))) return post
  const { body, place } = splitUnit(owner)
  const found = bodyIndex(post, body)
  if (found.index >= 0) {
    if (place === '' || foldForSearch(post).includes(foldForSearch(place))) return post
    // Replace the named body by the whole unit, keeping what follows it.
    const end = found.index + found.length
    return `${post.slice(0, found.index)}${owner}${post.slice(end)}`.trim()
  }
  return `${post} ${owner}`
}

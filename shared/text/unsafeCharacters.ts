/**
 * Characters that must never reach the document. Control characters (C0 other than tab and line
 * breaks, DEL, C1) print as boxes, hide text in a terminal or are the trace of a wrong encoding
 * (a TCVN3 "Á" read as U+0083); a lone surrogate is half a character, and every PDF render of
 * the text then fails ("URI malformed").
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g')

/**
 * Characters that show nothing yet make two equal names differ: soft hyphen, Mongolian vowel
 * separator, zero-width space/non-joiner/joiner, left-to-right and right-to-left marks, bidi
 * embeddings, overrides and isolates, word joiner and invisible operators, a BOM inside text.
 */
const INVISIBLE_ALL = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

export interface UnsafeCharacter {
  /** 0-based position in the text (UTF-16 units). */
  index: number
  /** The UTF-16 unit (0x1b). */
  unit: number
  /** "U+001B". */
  code: string
  kind: 'control' | 'lone-surrogate'
}

const codeOf = (unit: number) => `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`

/** The first control character or lone surrogate in the text, or null. */
export function findUnsafeCharacter(text: string): UnsafeCharacter | null {
  const match = UNSAFE.exec(text)
  if (!match) return null
  const unit = match[0].charCodeAt(0)
  return {
    index: match.index,
    unit,
    code: codeOf(unit),
    kind: unit >= 0xd800 && unit <= 0xdfff ? 'lone-surrogate' : 'control'
  }
}

/** The clerk-facing reason, in Vietnamese. */
export function unsafeCharacterMessage(found: UnsafeCharacter): string {
  return found.kind === 'control'
    ? `có ký tự điều khiển ${found.code} (không in được; thường do sai bảng mã hoặc dán từ chương trình khác)`
    : `có ký tự hỏng ${found.code} (nửa ký tự, thường do cắt ngang một biểu tượng); hãy gõ lại ô này`
}

export function removeUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_ALL, '')
}

export function removeInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_ALL, '')
}

import { decodeTcvn3Bytes, decodeTcvn3Text } from './tcvn3'
import { scoreVietnamese } from './vietnameseSyllable'
import { decodeVniBytes, decodeVniText } from './vni'
import { decodeWindows1258Bytes } from './windows1258'

export const textEncodings = ['utf-8', 'tcvn3', 'vni', 'windows-1258'] as const
export type TextEncoding = (typeof textEncodings)[number]
export type EncodingChoice = 'auto' | TextEncoding

export interface DetectedEncoding {
  encoding: TextEncoding
  /** 0–1: how sure the guess is; the preview shows it so the clerk knows when to override. */
  confidence: number
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte)
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

export function decodeBytes(bytes: Uint8Array, encoding: TextEncoding): string {
  switch (encoding) {
    case 'utf-8': {
      const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes
      return new TextDecoder('utf-8').decode(body).normalize('NFC')
    }
    case 'tcvn3':
      return decodeTcvn3Bytes(bytes)
    case 'vni':
      return decodeVniBytes(bytes)
    case 'windows-1258':
      return decodeWindows1258Bytes(bytes)
  }
}

/**
 * Which encoding a text file was written in. Valid UTF-8 is UTF-8 (legacy Vietnamese bytes are
 * practically never valid UTF-8); otherwise each legacy table is tried and the one whose result
 * reads most like Vietnamese syllables wins.
 */
export function detectBytesEncoding(bytes: Uint8Array): DetectedEncoding {
  if (hasUtf8Bom(bytes)) return { encoding: 'utf-8', confidence: 1 }
  const utf8 = strictUtf8(bytes)
  if (utf8 !== null) return { encoding: 'utf-8', confidence: /\P{ASCII}/u.test(utf8) ? 1 : 0.9 }
  const candidates = (['tcvn3', 'vni', 'windows-1258'] as const).map((encoding) => ({
    encoding,
    ...scoreVietnamese(decodeBytes(bytes, encoding))
  }))
  candidates.sort((a, b) => b.score - a.score)
  const best = candidates[0]
  if (!best || best.words === 0) return { encoding: 'windows-1258', confidence: 0 }
  return { encoding: best.encoding, confidence: Math.max(0, Math.min(1, best.score / best.words)) }
}

export type LegacyFont = 'tcvn3' | 'vni' | null

/** The legacy encoding a font name implies: .VnTime, .VnArialH … are TCVN3; VNI-Times … are VNI. */
export function legacyFontEncoding(fontName: string): LegacyFont {
  const name = fontName.trim().toLowerCase()
  if (name.startsWith('.vn')) return 'tcvn3'
  if (name.startsWith('vni-') || name.startsWith('vni ')) return 'vni'
  return null
}

/** .VnTimeH, .VnArialH: the capital-letter fonts show TCVN3 small-letter codes as capitals. */
export function isCapitalLegacyFont(fontName: string): boolean {
  return /^\.vn.*h$/i.test(fontName.trim())
}

/** The characters Windows-1252 puts at 0x80–0x9F. */
const CP1252_SPECIALS =
  /[\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/

export interface CellConversion {
  text: string
  encoding: 'tcvn3' | 'vni' | null
}

/**
 * Converts one spreadsheet cell typed in a legacy font. With the font known the text is converted
 * by it; otherwise only when the converted text reads as Vietnamese better than the original
 * ("NguyÔn V¨n" → "Nguyễn Văn" but "Họ và tên" stays).
 */
export function convertLegacyCell(text: string, font: { name: string } | null = null): CellConversion {
  const fromFont = font ? legacyFontEncoding(font.name) : null
  // In a .VnTime cell "ƒ" or "–" are TCVN3 capitals (Windows-1252 spellings of 0x80–0x9F).
  const legacyLooking = /[\u0080-\u00ff]/.test(text) || (fromFont === 'tcvn3' && CP1252_SPECIALS.test(text))
  if (!legacyLooking) return { text, encoding: null }
  if (fromFont !== null) {
    const decoded = fromFont === 'tcvn3' ? decodeTcvn3Text(text) : decodeVniText(text)
    const capital = font !== null && isCapitalLegacyFont(font.name)
    return { text: capital ? decoded.toUpperCase() : decoded, encoding: fromFont }
  }
  const original = scoreVietnamese(text).score
  const tcvn3 = decodeTcvn3Text(text)
  const vni = decodeVniText(text)
  const tcvn3Score = scoreVietnamese(tcvn3).score
  const vniScore = scoreVietnamese(vni).score
  if (tcvn3Score > original && tcvn3Score >= vniScore) return { text: tcvn3, encoding: 'tcvn3' }
  if (vniScore > original) return { text: vni, encoding: 'vni' }
  return { text, encoding: null }
}

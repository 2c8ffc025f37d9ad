/**
 * Windows-1258: Windows-1252 with Vietnamese letters in a few slots and the tones as separate
 * combining bytes ("ê" + 0xDE). Decoded here so the detector can score it in pure code.
 */
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u008a\u2039\u0152\u008d\u008e\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u009a\u203a\u0153\u009d\u009e\u0178'

const VIETNAMESE: Record<number, string> = {
  0xc3: 'Ă',
  0xcc: '\u0300',
  0xd0: 'Đ',
  0xd2: '\u0309',
  0xd5: 'Ơ',
  0xdd: 'Ư',
  0xde: '\u0303',
  0xe3: 'ă',
  0xec: '\u0301',
  0xf0: 'đ',
  0xf2: '\u0323',
  0xf5: 'ơ',
  0xfd: 'ư',
  0xfe: '₫'
}

export function decodeWindows1258Bytes(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) {
    if (byte >= 0x80 && byte < 0xa0) out += C1[byte - 0x80] ?? ''
    else out += VIETNAMESE[byte] ?? String.fromCharCode(byte)
  }
  return out.normalize('NFC')
}

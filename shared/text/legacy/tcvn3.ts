/**
 * TCVN3 (TCVN 5712:1993 "ABC", the .VnTime fonts): one byte per letter. Old files reach us either
 * as raw bytes (CSV) or as cells whose text is those bytes read as Windows-1252 ("NguyÔn V¨n"),
 * so both paths index this table by the byte value (= the code point below 0x100).
 */
const HIGH =
  '\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ'

/**
 * 0x80–0x9F: capitals with a tone mark, as TCVN 5712:1993 defines them (and iconv's "TCVN" table
 * maps them). Read as control characters they would reach the document as U+0083 in "Lý Hữu Ánh".
 */
const MID = 'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ'

/**
 * A cell typed in a .VnTime font reaches us as Windows-1252 text: the bytes 0x80–0x9F arrive as
 * these characters ("ƒ" is the byte 0x83, "Á" in TCVN3); the five bytes Windows-1252 leaves
 * undefined arrive as themselves (U+0081 …).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** Capitals of toned letters live in the control range (rarely used; the .VnTimeH fonts show capitals instead). */
const LOW: Record<number, string> = {
  0x01: 'Ú',
  0x02: 'Ụ',
  0x04: 'Ừ',
  0x05: 'Ử',
  0x06: 'Ữ',
  0x11: 'Ứ',
  0x12: 'Ự',
  0x13: 'Ỳ',
  0x14: 'Ỷ',
  0x15: 'Ỹ',
  0x16: 'Ý',
  0x17: 'Ỵ'
}

const decodeTable: string[] = []
for (let code = 0; code < 0x100; code++) {
  decodeTable.push(
    code >= 0xa0
      ? (HIGH[code - 0xa0] ?? String.fromCharCode(code))
      : code >= 0x80
        ? (MID[code - 0x80] ?? String.fromCharCode(code))
        : (LOW[code] ?? String.fromCharCode(code))
  )
}

/** The Windows-1252 spelling of a byte 0x80–0x9F → that byte's TCVN3 letter. */
const fromCp1252 = new Map<string, string>()
;[...CP1252_HIGH].forEach((char, index) => fromCp1252.set(char, MID[index] ?? char))

const encodeTable = new Map<string, number>()
for (let code = 0xff; code >= 0; code--) {
  const char = decodeTable[code] ?? ''
  if (code >= 0x20 || LOW[code] !== undefined) encodeTable.set(char, code)
}

/** Text whose code points are TCVN3 bytes (a cell shown in a .VnTime font, or latin1 bytes) → Unicode NFC. */
export function decodeTcvn3Text(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    out += code < 0x100 ? (decodeTable[code] ?? char) : (fromCp1252.get(char) ?? char)
  }
  return out.normalize('NFC')
}

export function decodeTcvn3Bytes(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += decodeTable[byte] ?? ''
  return out.normalize('NFC')
}

/**
 * Unicode → TCVN3 bytes; letters TCVN3 cannot hold become "?". Used to build legacy test files and
 * by nothing that writes the clerk's data (HoiNghi only writes Unicode).
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = []
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0
    const mapped = encodeTable.get(char)
    if (mapped !== undefined) out.push(mapped)
    else if (code < 0x80) out.push(code)
    else {
      // A capital toned letter with no TCVN3 code: write its small form, as .VnTime users did.
      const lower = encodeTable.get(char.toLowerCase())
      out.push(lower ?? 0x3f)
    }
  }
  return Uint8Array.from(out)
}

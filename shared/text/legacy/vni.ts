/**
 * VNI (VNI-Windows, the VNI-Times fonts): a base letter followed by a byte for its marks
 * ("Nguyeãn Vaên" is "Nguyễn Văn"); ơ, ư, đ and the toned i are single bytes. No library decodes
 * it, hence this table. Mark bytes are read as combining marks and the result composed to NFC.
 */
const MARKS: Record<string, string> = {
  ù: '\u0301',
  ø: '\u0300',
  û: '\u0309',
  õ: '\u0303',
  ï: '\u0323',
  â: '\u0302',
  ê: '\u0306',
  á: '\u0302\u0301',
  à: '\u0302\u0300',
  å: '\u0302\u0309',
  ã: '\u0302\u0303',
  ä: '\u0302\u0323',
  é: '\u0306\u0301',
  è: '\u0306\u0300',
  ú: '\u0306\u0309',
  ü: '\u0306\u0303',
  ë: '\u0306\u0323'
}

/** Single-byte letters. */
const LETTERS: Record<string, string> = {
  ñ: 'đ',
  ô: 'ơ',
  ö: 'ư',
  ì: 'ì',
  í: 'í',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị'
}

const markByChar = new Map<string, string>()
const letterByChar = new Map<string, string>()
for (const [char, mark] of Object.entries(MARKS)) {
  markByChar.set(char, mark)
  markByChar.set(char.toUpperCase(), mark)
}
for (const [char, letter] of Object.entries(LETTERS)) {
  letterByChar.set(char, letter)
  letterByChar.set(char.toUpperCase(), letter.toUpperCase())
}

/** Letters a mark byte may follow: a circumflex only on a/e/o, a breve only on a, tones on any vowel. */
function accepts(base: string, mark: string): boolean {
  const lower = base.toLowerCase()
  if (mark.startsWith('\u0306')) return lower === 'a'
  if (mark.startsWith('\u0302')) return lower === 'a' || lower === 'e' || lower === 'o'
  return 'aeiouyơư'.includes(lower)
}

/** Text whose code points are VNI bytes → Unicode NFC. */
export function decodeVniText(text: string): string {
  let out = ''
  let previous = ''
  let marked = false
  for (const char of text) {
    const mark = markByChar.get(char)
    if (mark !== undefined && previous !== '' && !marked && accepts(previous, mark)) {
      out += mark
      marked = true
      continue
    }
    const letter = letterByChar.get(char)
    const next = letter ?? char
    out += next
    previous = next
    // A toned ì/í/ỉ/ĩ/ị is already complete; everything else may still take one mark byte.
    marked = letter !== undefined && !'ơưƠƯ'.includes(next)
  }
  return out.normalize('NFC')
}

export function decodeVniBytes(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return decodeVniText(text)
}

const markToChar = new Map<string, string>(Object.entries(MARKS).map(([char, mark]) => [mark, char]))
const letterToChar = new Map<string, string>(Object.entries(LETTERS).map(([char, letter]) => [letter, char]))

/** Unicode → VNI text (one char per byte); for building test files. */
export function encodeVniText(text: string): string {
  let out = ''
  for (const char of text.normalize('NFC')) {
    const upper = char !== char.toLowerCase()
    const lower = char.toLowerCase()
    const single = letterToChar.get(lower)
    if (single !== undefined) {
      out += upper ? single.toUpperCase() : single
      continue
    }
    const parts = lower.normalize('NFD')
    let base = parts[0] ?? ''
    // NFD puts the dot below before the circumflex (canonical order); VNI names shape then tone.
    const rest = [...parts.slice(1)]
    let marks =
      rest.filter((mark) => '\u0302\u0306\u031b'.includes(mark)).join('') +
      rest.filter((mark) => !'\u0302\u0306\u031b'.includes(mark)).join('')
    // ơ and ư decompose to o/u + horn: the horn is part of the VNI letter byte.
    if (marks.startsWith('\u031b')) {
      base = base === 'o' ? 'ô' : 'ö'
      marks = marks.slice(1)
    }
    const baseOut = upper ? base.toUpperCase() : base
    if (marks === '') {
      out += baseOut
      continue
    }
    const markChar = markToChar.get(marks) ?? ''
    out += baseOut + (upper ? markChar.toUpperCase() : markChar)
  }
  return out
}

export function encodeVni(text: string): Uint8Array {
  return Uint8Array.from([...encodeVniText(text)].map((char) => char.charCodeAt(0) & 0xff))
}

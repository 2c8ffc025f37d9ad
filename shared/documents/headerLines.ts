import { foldForSearch } from '../text/foldForSearch'

/** Words that open an administrative level or a body: a header line may start here. */
const OPENS = new Set([
  'tinh',
  'thanh',
  'huyen',
  'quan',
  'thi',
  'xa',
  'phuong',
  'tp',
  'tp.',
  'bo',
  'ban',
  'cong',
  'don',
  'phong',
  'cuc',
  'so',
  'van',
  'uy',
  'dang',
  'hoi',
  'truong',
  'lu',
  'su',
  'binh',
  'tong',
  'hoc',
  'vien',
  'chi',
  'doan',
  'trung',
  'ubnd',
  'hdnd',
  'bdbp'
])
/** A line never ends on these: "THỊ / XÃ", "ỦY / BAN", "BỘ / CHQS", "TỈNH / HÀ TĨNH" would split a name. */
const NEVER_LAST = new Set([
  'thi',
  'thanh',
  'uy',
  'bo',
  'van',
  'ban',
  'tinh',
  'huyen',
  'quan',
  'xa',
  'phuong',
  'tp',
  'tp.',
  'cong',
  'so',
  'truong',
  'hoi',
  'dang',
  'chi',
  'doan'
])

function breakableBefore(words: readonly string[], index: number): boolean {
  const word = foldForSearch(words[index] ?? '')
  const previous = foldForSearch(words[index - 1] ?? '')
  if (!OPENS.has(word) || NEVER_LAST.has(previous)) return false
  // "QUÂN SỰ", "QUÂN ĐỘI", "CÔNG AN" inside a name stay with the word before ("BỘ CHỈ HUY QUÂN SỰ").
  const after = foldForSearch(words[index + 1] ?? '')
  if (word === 'quan' && after !== 'khu' && after !== 'chung' && after !== 'doan') return false
  return true
}

/**
 * The lines of a header block (governing or issuing body, upper case) within `width`. The clerk's
 * own line breaks win. Otherwise a text too long for one line breaks at the most balanced point
 * that starts a level or body ("ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH", "BỘ CHỈ HUY QUÂN SỰ / TỈNH HÀ TĨNH"),
 * so a place name or a group like "BỘ CHQS" is never split; only when no such point fits does it
 * fall back to `wrap`.
 */
export function headerLines(
  text: string,
  width: number,
  measure: (line: string) => number,
  wrap: (line: string) => string[]
): string[] {
  const lines: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim().replace(/\s+/g, ' ')
    if (line === '') continue
    if (measure(line) <= width) {
      lines.push(line)
      continue
    }
    lines.push(...balanced(line.split(' '), width, measure, wrap))
  }
  return lines
}

function balanced(
  words: readonly string[],
  width: number,
  measure: (line: string) => number,
  wrap: (line: string) => string[]
): string[] {
  let best: { lines: string[]; widest: number } | null = null
  for (let index = 1; index < words.length; index++) {
    if (!breakableBefore(words, index)) continue
    const head = words.slice(0, index).join(' ')
    const tail = words.slice(index).join(' ')
    const tailLines = measure(tail) <= width ? [tail] : balanced(words.slice(index), width, measure, wrap)
    if (measure(head) > width) continue
    const candidate = [head, ...tailLines]
    const widest = Math.max(...candidate.map(measure))
    // Fewer lines first, then the most even ones.
    if (
      !best ||
      candidate.length < best.lines.length ||
      (candidate.length === best.lines.length && widest < best.widest)
    )
      best = { lines: candidate, widest }
  }
  return best?.lines ?? wrap(words.join(' '))
}

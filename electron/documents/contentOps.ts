import type { FontWrapper, GlyphPosition } from './fontCache'

/*
 * Why: pdfkit turns every operator of `text()` and of each path call into its own Buffer
 * (`PDFReference.write(op + '\n')`), wraps each line of text in an options object, a save/flip/restore
 * and a second width measurement. A 1,200-row list draws ~8,000 cell lines and ~1,300 grids, so
 * that overhead and its garbage were most of the run. These functions build exactly the operators
 * pdfkit would write — same text, glyph ids, positions and numbers — and hand them to pdfkit as one
 * content write. pdfkit joins operators with '\n', so the content stream is byte for byte the same
 * (tests/pdf/contentOps.test.ts compares it with pdfkit's own output).
 */

/** pdfkit's PDFObject.number: six decimals at most, shortest form. */
export function pdfNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6)
}

interface TextTarget {
  page: { height: number; fonts: Record<string, unknown> }
  addContent(data: string): unknown
  x: number
  y: number
}

/**
 * Operators of `pdf.text(text, x, y, { lineBreak: false })` in `font` at `size`, text without line
 * breaks: pdfkit's `_fragment` with no width, no spacing, default baseline. Leaves `pdf.y` where
 * pdfkit would and `pdf.x` after the text (`width` is `widthOfString(text)` at `size`).
 */
export function textOps(
  pdf: TextTarget,
  font: FontWrapper,
  size: number,
  text: string,
  x: number,
  y: number,
  width: number
): string {
  pdf.x = x + width
  pdf.y = y
  if (text.length === 0) return ''
  const pageHeight = pdf.page.height
  const baseY = pageHeight - y - (font.ascender / 1000) * size
  if (pdf.page.fonts[font.id] == null) pdf.page.fonts[font.id] = font.ref()
  const head = `q\n1 0 0 -1 0 ${pdfNumber(pageHeight)} cm\nBT\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(baseY)} Tm\n/${font.id} ${pdfNumber(size)} Tf`
  let memo = glyphOps.get(font)
  if (!memo) {
    memo = new Map()
    glyphOps.set(font, memo)
  }
  const known = memo.get(text)
  if (known !== undefined) return head + known
  let ops = ''
  let positioned = false
  const [encoded, positions] = font.encode(text)
  const scale = size / 1000
  // pdfkit's _fragment loop, with its addSegment/flush closures written out: a TJ array of runs of
  // glyphs, split after a glyph whose advance differs from its width (kerning) and around a mark
  // that the font positions (offset), which gets its own text matrix.
  let commands = ''
  let last = 0
  let hadOffset = false
  let cursor = x
  let index = 0
  for (; index < positions.length; index++) {
    const position = positions[index]
    if (!position) continue
    if (position.xOffset || position.yOffset) {
      commands = segment(commands, encoded, positions, last, index)
      last = index
      if (commands !== '') ops += `\n[${commands}] TJ`
      commands = ''
      ops += `\n1 0 0 1 ${pdfNumber(cursor + position.xOffset * scale)} ${pdfNumber(baseY + position.yOffset * scale)} Tm`
      commands = segment(commands, encoded, positions, last, index + 1)
      last = index + 1
      if (commands !== '') ops += `\n[${commands}] TJ`
      commands = ''
      hadOffset = true
      positioned = true
    } else {
      if (hadOffset) {
        ops += `\n1 0 0 1 ${pdfNumber(cursor)} ${pdfNumber(baseY)} Tm`
        hadOffset = false
      }
      if (position.xAdvance - position.advanceWidth !== 0) {
        commands = segment(commands, encoded, positions, last, index + 1)
        last = index + 1
      }
    }
    cursor += position.xAdvance * scale
  }
  commands = segment(commands, encoded, positions, last, index)
  if (commands !== '') ops += `\n[${commands}] TJ`
  ops += '\nET\nQ'
  // Offsets are written in page coordinates, so only text without positioned marks is reusable.
  if (!positioned) memo.set(text, ops)
  return head + ops
}

/**
 * The glyph operators of each text already drawn, per font wrapper — that is per document, because
 * glyph ids are the document's own subset ids. Ranks, positions and units repeat down a list;
 * encoding again would only re-add the same glyphs to the subset.
 */
const glyphOps = new WeakMap<FontWrapper, Map<string, string>>()

/** Appends glyphs [from, to) as one TJ element, `<hex> -adjustment`, to the space-separated list. */
function segment(
  commands: string,
  encoded: readonly string[],
  positions: readonly GlyphPosition[],
  from: number,
  to: number
): string {
  if (from >= to) return commands
  const position = positions[to - 1]
  const advance = position ? position.xAdvance - position.advanceWidth : 0
  let hex = ''
  for (let index = from; index < to; index++) hex += encoded[index] ?? ''
  const element = `<${hex}> ${pdfNumber(-advance)}`
  return commands === '' ? element : `${commands} ${element}`
}

/** `pdf.moveTo(x1, y1).lineTo(x2, y2)`. */
export function lineOps(x1: number, y1: number, x2: number, y2: number): string {
  return `${pdfNumber(x1)} ${pdfNumber(y1)} m\n${pdfNumber(x2)} ${pdfNumber(y2)} l`
}

/** `pdf.rect(x, y, width, height)`. */
export function rectOps(x: number, y: number, width: number, height: number): string {
  return `${pdfNumber(x)} ${pdfNumber(y)} ${pdfNumber(width)} ${pdfNumber(height)} re`
}

/** `pdf.lineWidth(width)`. */
export function lineWidthOps(width: number): string {
  return `${pdfNumber(width)} w`
}

import PDFDocument from 'pdfkit'
import { documentLabels, type DocumentLabels, type DocumentLang } from '../../shared/documents/documentLabels'
import { lineOps, lineWidthOps, textOps } from './contentOps'
import { registerCachedFonts, type FontWrappers } from './fontCache'
import { loadFonts, type FontFace } from './fonts'
import { A4, MARGINS, MM } from './units'
import { headerLines } from '../../shared/documents/headerLines'
import type { DocumentBlock } from '../../shared/documents/model/documentModel'

/** Everything a document builder draws with: the pdfkit document, its labels and a cache of word widths. */
export interface Writer {
  pdf: PDFKit.PDFDocument
  labels: DocumentLabels
  lang: DocumentLang
  /** Widths by face and size ("bold 12"), then by text: the text itself is the key, nothing is concatenated per lookup. */
  widths: Map<string, Map<string, number>>
  lineHeights: Map<string, number>
  /** This document's fonts over the process-wide parsed faces; null draws through pdfkit's text() instead. */
  fonts: FontWrappers | null
  /** Operators held back by `batched` to go into the page as one write. */
  pending: string[] | null
  /**
   * What the document says, block by block, as the primitives below draw it: the neutral
   * description the Word writer draws the same document from (see shared/documents/model).
   */
  blocks: DocumentBlock[]
}

/** Adds a block to the document's description; every drawing primitive of a block calls it. */
export function record(w: Writer, block: DocumentBlock): void {
  w.blocks.push(block)
}

export interface WriterOptions {
  fontsDir: string
  lang: DocumentLang
  title: string
  landscape?: boolean
  /** Name cards use the whole sheet. */
  margins?: { top: number; bottom: number; left: number; right: number }
}

export function createWriter(options: WriterOptions): Writer {
  const pdf = new PDFDocument({
    size: [A4.width, A4.height],
    layout: options.landscape ? 'landscape' : 'portrait',
    margins: options.margins ?? MARGINS,
    bufferPages: true,
    autoFirstPage: true,
    compress: true,
    lang: options.lang === 'en' ? 'en-GB' : 'vi-VN',
    info: { Title: nfc(options.title), Creator: 'HoiNghi', Producer: 'HoiNghi (pdfkit)' }
  })
  // Buffers read once per process, faces parsed once per process (see fontCache.ts).
  const fonts = registerCachedFonts(pdf, loadFonts(options.fontsDir))
  pdf.font('regular').fontSize(14)
  return {
    pdf,
    labels: documentLabels(options.lang),
    lang: options.lang,
    widths: new Map(),
    lineHeights: new Map(),
    fonts,
    pending: null,
    blocks: []
  }
}

/** Text goes into the PDF as NFC whatever the caller passed: decomposed marks render and extract wrongly. */
export function nfc(text: string): string {
  return text.normalize('NFC')
}

export function upper(w: Writer, text: string): string {
  return nfc(text).toLocaleUpperCase(w.lang === 'en' ? 'en' : 'vi')
}

export interface Box {
  left: number
  right: number
  top: number
  bottom: number
  width: number
}

export function contentBox(w: Writer): Box {
  const page = w.pdf.page
  const left = page.margins.left
  const right = page.width - page.margins.right
  return {
    left,
    right,
    top: page.margins.top,
    bottom: page.height - page.margins.bottom,
    width: right - left
  }
}

export function setFont(w: Writer, face: FontFace, size: number): void {
  w.pdf.font(face).fontSize(size)
}

export function textWidth(w: Writer, text: string, face: FontFace, size: number): number {
  return widthsOf(w, face, size)(text)
}

/** A measuring function for one face and size, for loops that measure many strings in it. */
export function widthsOf(w: Writer, face: FontFace, size: number): (text: string) => number {
  const key = `${face} ${size}`
  let widths = w.widths.get(key)
  if (!widths) {
    widths = new Map()
    w.widths.set(key, widths)
  }
  const cache = widths
  return (text) => {
    let width = cache.get(text)
    if (width === undefined) {
      setFont(w, face, size)
      width = w.pdf.widthOfString(text)
      cache.set(text, width)
    }
    return width
  }
}

export function lineHeight(w: Writer, face: FontFace, size: number): number {
  const key = `${face}\u0000${size}`
  let height = w.lineHeights.get(key)
  if (height === undefined) {
    setFont(w, face, size)
    height = w.pdf.currentLineHeight(true)
    w.lineHeights.set(key, height)
  }
  return height
}

/**
 * A word wider than `width` cut into pieces that each fit, in one pass over its characters: the
 * advance of each character (measured once per character, the only thing cached) is summed until
 * the next would overflow, and the piece is then measured once as a whole, giving back a character
 * while kerning makes it wider than the sum. Linear in the word's length; nothing per prefix is
 * measured or kept (shortening a 5,000-character word one character at a time took 364 s and 4 GB).
 */
export function breakLongWord(
  w: Writer,
  word: string,
  face: FontFace,
  size: number,
  width: number
): string[] {
  const advance = widthsOf(w, face, size)
  const exact = (text: string) => {
    setFont(w, face, size)
    return w.pdf.widthOfString(text)
  }
  // Code points, not UTF-16 units: a piece never ends inside a surrogate pair.
  const chars = Array.from(word)
  const pieces: string[] = []
  let start = 0
  while (start < chars.length) {
    let end = start
    let sum = 0
    for (; end < chars.length; end++) {
      const next = advance(chars[end] ?? '')
      if (end > start && sum + next > width) break
      sum += next
    }
    let piece = chars.slice(start, end).join('')
    while (end - start > 1 && exact(piece) > width) {
      end--
      piece = chars.slice(start, end).join('')
    }
    pieces.push(piece)
    start = end
  }
  return pieces
}

/**
 * Greedy word wrap with cached word widths. Tables wrap with this rather than pdfkit's
 * LineWrapper so a cell is measured and drawn from the same lines, and each word is measured once.
 */
export function wrapLines(w: Writer, text: string, face: FontFace, size: number, width: number): string[] {
  const lines: string[] = []
  const measure = widthsOf(w, face, size)
  const space = measure(' ')
  for (const paragraph of nfc(text).split('\n')) {
    // Most cells are one line with single spaces: no need to split them into words.
    if (
      paragraph !== '' &&
      paragraph[0] !== ' ' &&
      !paragraph.endsWith(' ') &&
      !paragraph.includes('  ') &&
      measure(paragraph) <= width
    ) {
      lines.push(paragraph)
      continue
    }
    const words = paragraph.split(' ').filter((word) => word !== '')
    if (words.length === 0) {
      lines.push('')
      continue
    }
    if (measure(paragraph) <= width) {
      lines.push(words.join(' '))
      continue
    }
    let line = ''
    let lineWidth = 0
    for (const word of words) {
      let wordWidth = measure(word)
      let rest = word
      // A word wider than the cell (a long phone list, a URL) is cut where it overflows.
      if (wordWidth > width) {
        if (line !== '') {
          lines.push(line)
          line = ''
          lineWidth = 0
        }
        const pieces = breakLongWord(w, word, face, size, width)
        rest = pieces.pop() ?? ''
        lines.push(...pieces)
        wordWidth = measure(rest)
      }
      if (line === '') {
        line = rest
        lineWidth = wordWidth
      } else if (lineWidth + space + wordWidth <= width) {
        line += ` ${rest}`
        lineWidth += space + wordWidth
      } else {
        lines.push(line)
        line = rest
        lineWidth = wordWidth
      }
    }
    if (line !== '') lines.push(line)
  }
  return lines
}

export type Align = 'left' | 'center' | 'right'

/** One line at an exact position, never wrapped and never starting a new page. */
export function drawLine(
  w: Writer,
  text: string,
  x: number,
  y: number,
  width: number,
  face: FontFace,
  size: number,
  align: Align = 'left'
): void {
  if (text === '') return
  const measured = textWidth(w, text, face, size)
  const dx = align === 'center' ? (width - measured) / 2 : align === 'right' ? width - measured : 0
  const font = w.fonts?.[face]
  // The same operators pdfkit's text() writes, in one content write (see contentOps.ts).
  if (font && !text.includes('\n'))
    emit(w, textOps(w.pdf, font, size, text, x + Math.max(0, dx), y, measured))
  else {
    flushPending(w)
    setFont(w, face, size)
    w.pdf.text(text, x + Math.max(0, dx), y, { lineBreak: false })
  }
}

/** Wrapped lines at a position; returns the height used. */
export function drawLines(
  w: Writer,
  lines: readonly string[],
  x: number,
  y: number,
  width: number,
  face: FontFace,
  size: number,
  align: Align = 'left'
): number {
  const height = lineHeight(w, face, size)
  lines.forEach((line, index) => drawLine(w, line, x, y + index * height, width, face, size, align))
  return lines.length * height
}

export function drawWrapped(
  w: Writer,
  text: string,
  x: number,
  y: number,
  width: number,
  face: FontFace,
  size: number,
  align: Align = 'left'
): number {
  return drawLines(w, wrapLines(w, text, face, size, width), x, y, width, face, size, align)
}

export function rule(w: Writer, x1: number, x2: number, y: number, thickness = 0.6): void {
  emit(w, `q\n${lineWidthOps(thickness)}\n${lineOps(x1, y, x2, y)}\nS\nQ`)
}

/** Content operators into the current page, or into the open batch. */
export function emit(w: Writer, ops: string): void {
  if (ops === '') return
  if (w.pending) w.pending.push(ops)
  else w.pdf.addContent(ops)
}

function flushPending(w: Writer): void {
  if (!w.pending || w.pending.length === 0) return
  // pdfkit ends every write with '\n', so joining with it gives the very bytes of separate writes.
  w.pdf.addContent(w.pending.join('\n'))
  w.pending.length = 0
}

/**
 * Draws `draw` (no page breaks inside) with its operators written to the page at once: a table
 * row's six cells and grid are one write instead of a dozen small Buffers.
 */
export function batched(w: Writer, draw: () => void): void {
  if (w.pending) return draw()
  w.pending = []
  try {
    draw()
    flushPending(w)
  } finally {
    w.pending = null
  }
}

export function addPage(w: Writer): void {
  w.pdf.addPage()
  w.pdf.y = contentBox(w).top
}

/** A page break the document asks for (each venue's sheet on its own page), not one the layout needs. */
export function pageBreak(w: Writer): void {
  record(w, { type: 'page-break' })
  addPage(w)
}

/**
 * A numbered section heading ("I. KẾT QUẢ …", "1. …", "a) …"), indented like body text and
 * kept with at least two lines of what follows.
 */
export function drawHeading(w: Writer, text: string, level: 1 | 2 | 3): void {
  const face: FontFace = level >= 3 ? 'boldItalic' : 'bold'
  record(w, { type: 'heading', text: nfc(text), level })
  ensureSpace(w, 3 * lineHeight(w, face, 14) + 6)
  const box = contentBox(w)
  const indent = 10 * MM
  w.pdf.y += drawWrapped(w, nfc(text), box.left + indent, w.pdf.y, box.width - indent, face, 14, 'left') + 6
}

/** Starts a new page when the next block of `height` points would cross the bottom margin. */
export function ensureSpace(w: Writer, height: number): void {
  const box = contentBox(w)
  if (w.pdf.y + height > box.bottom && w.pdf.y > box.top + 1) addPage(w)
}

export interface HeaderOptions {
  governingBody: string
  issuingBody: string
  /** "CTr", "DS" …; null prints no number line. */
  code: string | null
  /** The issuer's abbreviation ("UBND"); empty prints the kind's code alone. */
  issuerCode: string
  /** "02"; empty leaves a blank for the văn thư to fill in by hand. */
  number: string
  dateLine: string
}

/** Space between the issuer's column and the national title's, so the two never read as one line. */
const HEADER_GAP = 5 * MM

/** A header block's lines: the clerk's breaks, else balanced breaks that keep names whole. */
function headerBlockLines(w: Writer, text: string, face: FontFace, size: number, width: number): string[] {
  const measure = widthsOf(w, face, size)
  return headerLines(upper(w, text), width, measure, (line) => wrapLines(w, line, face, size, width))
}

/**
 * The two-column header of Decree 30/2020: governing and issuing body on the left with a short
 * rule, national title and motto on the right with a rule as long as the motto, then the number
 * and the italic place-and-date on one line. The right column is as wide as the national title
 * needs; the left one keeps a clear gap to it.
 */
export function drawHeader(w: Writer, header: HeaderOptions): void {
  const box = contentBox(w)
  const titleSize = textWidth(w, w.labels.nationalTitle, 'bold', 13) <= box.width * 0.6 ? 13 : 12
  const motto = w.labels.motto
  const mottoWidth = textWidth(w, motto, 'bold', 14)
  const rightWidth = Math.max(textWidth(w, w.labels.nationalTitle, 'bold', titleSize), mottoWidth) + 4
  const rightX = box.right - rightWidth
  const leftWidth = rightX - box.left - HEADER_GAP
  let y = box.top

  let leftY = y
  const governingLines =
    header.governingBody.trim() !== ''
      ? headerBlockLines(w, header.governingBody, 'regular', 13, leftWidth)
      : []
  const issuingLines =
    header.issuingBody.trim() !== '' ? headerBlockLines(w, header.issuingBody, 'bold', 13, leftWidth) : []
  const numberLine = header.code
    ? `${w.labels.numberPrefix}:${header.number !== '' ? ` ${header.number}` : '\u2002\u2002\u2002\u2002'}/${header.code}${header.issuerCode.trim() ? `-${nfc(header.issuerCode.trim())}` : ''}`
    : null
  record(w, {
    type: 'header',
    governingBody: governingLines.join('\n'),
    issuingBody: issuingLines.join('\n'),
    numberLine,
    dateLine: nfc(header.dateLine),
    nationalTitle: w.labels.nationalTitle,
    motto: w.labels.motto
  })
  if (governingLines.length > 0) {
    const lines = governingLines
    leftY += drawLines(w, lines, box.left, leftY, leftWidth, 'regular', 13, 'center')
  }
  if (issuingLines.length > 0) {
    const lines = issuingLines
    leftY += drawLines(w, lines, box.left, leftY, leftWidth, 'bold', 13, 'center')
    const widest = Math.max(...lines.map((line) => textWidth(w, line, 'bold', 13)))
    const ruleWidth = Math.max(40, widest / 3)
    rule(w, box.left + (leftWidth - ruleWidth) / 2, box.left + (leftWidth + ruleWidth) / 2, leftY + 2.5)
    leftY += 4
  }

  let rightY = y + drawLine2(w, w.labels.nationalTitle, rightX, y, rightWidth, 'bold', titleSize)
  rightY += drawLine2(w, motto, rightX, rightY, rightWidth, 'bold', 14)
  rule(w, rightX + (rightWidth - mottoWidth) / 2, rightX + (rightWidth + mottoWidth) / 2, rightY + 2.5)
  rightY += 4

  y = Math.max(leftY, rightY) + 8
  if (numberLine !== null) {
    drawLine(w, numberLine, box.left, y + 1, leftWidth, 'regular', 13, 'center')
  }
  const dateHeight = drawWrapped(w, header.dateLine, rightX, y, rightWidth, 'italic', 14, 'center')
  w.pdf.y = y + dateHeight + 16
}

function drawLine2(
  w: Writer,
  text: string,
  x: number,
  y: number,
  width: number,
  face: FontFace,
  size: number
): number {
  drawLine(w, text, x, y, width, face, size, 'center')
  return lineHeight(w, face, size)
}

/** Bold upper-case title, bold subject line under it with a short rule. */
export function drawTitle(w: Writer, title: string, subject: string): void {
  record(w, { type: 'title', title: upper(w, title), subject: nfc(subject) })
  const box = contentBox(w)
  let y = w.pdf.y
  y += drawWrapped(w, upper(w, title), box.left, y, box.width, 'bold', 14, 'center')
  if (subject.trim() !== '') {
    const lines = wrapLines(w, nfc(subject), 'bold', 14, box.width * 0.9)
    y += drawLines(w, lines, box.left, y, box.width, 'bold', 14, 'center')
  }
  const ruleWidth = Math.min(box.width / 3, 120)
  rule(w, box.left + (box.width - ruleWidth) / 2, box.left + (box.width + ruleWidth) / 2, y + 4)
  w.pdf.y = y + 16
}

/**
 * Body text: 14 pt, justified, first-line indent 1 cm, 6 pt between paragraphs; flows across
 * pages line by line. Lines break only at spaces (never inside "03/2019/NĐ-CP"), with the
 * engine's own wrapper, so every line stays inside the margins.
 */
export function drawParagraph(
  w: Writer,
  text: string,
  options: { face?: FontFace; indent?: number; align?: 'justify' | 'left' | 'center' } = {}
): void {
  const box = contentBox(w)
  const face = options.face ?? 'regular'
  const size = 14
  const indent = options.indent ?? 10 * MM
  const align = options.align ?? 'justify'
  const height = lineHeight(w, face, size) + 1.5
  const measure = widthsOf(w, face, size)
  const space = measure(' ')
  const paragraphs = nfc(text)
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '')
  record(w, {
    type: 'paragraph',
    text: paragraphs.join('\n'),
    bold: face === 'bold' || face === 'boldItalic',
    italic: face === 'italic' || face === 'boldItalic',
    align,
    indent: indent > 0
  })
  for (const paragraph of paragraphs) {
    const lines = paragraphLines(w, paragraph, face, size, box.width - indent, box.width)
    lines.forEach((line, index) => {
      if (w.pdf.y + height > contentBox(w).bottom) addPage(w)
      const x = box.left + (index === 0 ? indent : 0)
      const width = box.width - (index === 0 ? indent : 0)
      const words = line.split(' ')
      const last = index === lines.length - 1
      if (align === 'justify' && !last && words.length > 1) {
        const natural = words.reduce((sum, word) => sum + measure(word), 0)
        const gap = (width - natural) / (words.length - 1)
        let wordX = x
        batched(w, () => {
          for (const word of words) {
            drawLine(w, word, wordX, w.pdf.y, measure(word), face, size)
            wordX += measure(word) + Math.max(space, gap)
          }
        })
      } else drawLine(w, line, x, w.pdf.y, width, face, size, align === 'center' ? 'center' : 'left')
      w.pdf.y += height
    })
    w.pdf.y += 6
  }
}

/** Greedy lines of one paragraph whose first line is `firstWidth` wide and the others `width`. */
function paragraphLines(
  w: Writer,
  paragraph: string,
  face: FontFace,
  size: number,
  firstWidth: number,
  width: number
): string[] {
  const measure = widthsOf(w, face, size)
  const space = measure(' ')
  const lines: string[] = []
  let line: string[] = []
  let lineWidth = 0
  const limit = () => (lines.length === 0 ? firstWidth : width)
  for (const word of paragraph.split(' ')) {
    const wordWidth = measure(word)
    if (line.length > 0 && lineWidth + space + wordWidth <= limit()) {
      line.push(word)
      lineWidth += space + wordWidth
      continue
    }
    if (line.length > 0) lines.push(line.join(' '))
    line = []
    lineWidth = 0
    if (wordWidth > limit()) {
      // A word wider than the line (a long code) is cut by the table wrapper, the rest goes on.
      const pieces = wrapLines(w, word, face, size, limit())
      lines.push(...pieces.slice(0, -1))
      const rest = pieces.at(-1) ?? ''
      line = [rest]
      lineWidth = measure(rest)
    } else {
      line = [word]
      lineWidth = wordWidth
    }
  }
  if (line.length > 0) lines.push(line.join(' '))
  return lines
}

export interface SignatureOptions {
  signerTitle: string
  signerName: string
  recipients: readonly string[]
}

/** Height the signature block needs, so tables can carry rows over rather than leave it alone on a page. */
export function signatureHeight(w: Writer, signature: SignatureOptions): number {
  if (
    signature.signerTitle.trim() === '' &&
    signature.signerName.trim() === '' &&
    signature.recipients.length === 0
  )
    return 0
  const box = contentBox(w)
  const leftWidth = box.width * 0.45
  let left = lineHeight(w, 'boldItalic', 12)
  for (const recipient of [...signature.recipients, w.labels.archive])
    left +=
      wrapLines(w, `- ${nfc(recipient)}`, 'regular', 11, leftWidth).length * lineHeight(w, 'regular', 11)
  const titleLines = headerBlockLines(w, signature.signerTitle, 'bold', 14, box.width - leftWidth)
  const right = titleLines.length * lineHeight(w, 'bold', 14) + 80 + lineHeight(w, 'bold', 14)
  return Math.max(left, right) + 16
}

/** "Nơi nhận" on the left (bold italic 12, list 11), signer's title (its lines as typed) and name on the right. */
export function drawSignature(w: Writer, signature: SignatureOptions): void {
  const needed = signatureHeight(w, signature)
  if (needed === 0) return
  const box = contentBox(w)
  ensureSpace(w, needed)
  const y = w.pdf.y + 10
  const leftWidth = box.width * 0.45
  record(w, {
    type: 'signature',
    recipientsLabel: w.labels.recipients,
    recipients: [...signature.recipients, w.labels.archive].map((recipient) => `- ${nfc(recipient)}`),
    signerTitle: headerBlockLines(w, signature.signerTitle, 'bold', 14, box.width - leftWidth).join('\n'),
    signerName: nfc(signature.signerName)
  })
  let leftY = y
  leftY += drawWrapped(w, w.labels.recipients, box.left, leftY, leftWidth, 'boldItalic', 12)
  for (const recipient of [...signature.recipients, w.labels.archive]) {
    leftY += drawWrapped(w, `- ${nfc(recipient)}`, box.left, leftY, leftWidth, 'regular', 11)
  }
  const rightX = box.left + leftWidth
  const rightWidth = box.width - leftWidth
  let rightY = y
  const titleLines = headerBlockLines(w, signature.signerTitle, 'bold', 14, rightWidth)
  rightY += drawLines(w, titleLines, rightX, rightY, rightWidth, 'bold', 14, 'center')
  rightY += 80
  rightY += drawWrapped(w, nfc(signature.signerName), rightX, rightY, rightWidth, 'bold', 14, 'center')
  w.pdf.y = Math.max(leftY, rightY) + 6
}

/** Page numbers centred in the top margin from page 2 on, then the finished file. */
export function finish(w: Writer, options: { pageNumbers?: boolean } = {}): Promise<Uint8Array> {
  const pdf = w.pdf
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
    pdf.on('end', () => {
      const buffer = Buffer.concat(chunks)
      resolve(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength))
    })
    pdf.on('error', reject)
  })
  const range = pdf.bufferedPageRange()
  if (options.pageNumbers !== false) {
    for (let index = 1; index < range.count; index++) {
      const page = pdf.switchToPage(range.start + index)
      // Writing inside the margin with the margins in force makes pdfkit add a blank page.
      const saved = page.margins
      page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
      const label = String(index + 1)
      drawLine(w, label, 0, 10 * MM, page.width, 'regular', 13, 'center')
      page.margins = saved
    }
  }
  pdf.end()
  return done
}

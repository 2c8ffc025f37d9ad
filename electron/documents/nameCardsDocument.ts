import type { ConferenceDocument, Delegate } from '../../shared/model/conference'
import { addPage, lineHeight, nfc, textWidth, wrapLines, drawLines, type Writer } from './writer'

const SIDE = 40

function fitSize(w: Writer, text: string, maxSize: number, width: number): number {
  let size = maxSize
  while (size > 20 && textWidth(w, text, 'bold', size) > width) size -= 2
  return size
}

/** "Chủ tịch UBND tỉnh" already names its unit; "Chỉ huy trưởng" needs "Bộ CHQS tỉnh Hà Tĩnh" after it. */
function positionText(delegate: Delegate): string {
  const position = delegate.position.trim()
  const unit = delegate.unit.trim()
  const unitHead = unit.split(' ').slice(0, 2).join(' ')
  if (unit === '' || (unitHead !== '' && position.includes(unitHead))) return position
  return [position, unit].filter((part) => part !== '').join(' ')
}

/** One face of the card, laid out in the band [top, top + height) of the sheet. */
function drawFace(w: Writer, delegate: Delegate, top: number, height: number): void {
  const pageWidth = w.pdf.page.width
  const width = pageWidth - 2 * SIDE
  const name = nfc(
    delegate.attendance === 'deputy' && delegate.deputyName.trim() !== ''
      ? delegate.deputyName
      : delegate.name
  )
  const rank = nfc(delegate.rank)
  const nameSize = fitSize(w, name, 60, width)
  const positionLines = wrapLines(w, positionText(delegate), 'regular', 24, width).slice(0, 2)
  const blocks = [
    ...(rank ? [{ lines: [rank], face: 'bold' as const, size: 30 }] : []),
    { lines: wrapLines(w, name, 'bold', nameSize, width).slice(0, 2), face: 'bold' as const, size: nameSize },
    ...(positionLines.length > 0 ? [{ lines: positionLines, face: 'regular' as const, size: 24 }] : [])
  ]
  const gap = 8
  const total =
    blocks.reduce((sum, block) => sum + block.lines.length * lineHeight(w, block.face, block.size), 0) +
    gap * (blocks.length - 1)
  let y = top + (height - total) / 2
  for (const block of blocks) {
    y += drawLines(w, block.lines, SIDE, y, width, block.face, block.size, 'center') + gap
  }
}

/**
 * Biển tên: A4 landscape folded along the middle into a tent. The lower half reads upright; the
 * upper half is drawn rotated 180° so it also reads upright from the other side once folded.
 */
export function drawNameCards(w: Writer, doc: ConferenceDocument): void {
  const pdf = w.pdf
  const cards = doc.delegates.filter((delegate) => delegate.attendance !== 'declined')
  cards.forEach((delegate, index) => {
    if (index > 0) addPage(w)
    const { width, height } = pdf.page
    const half = height / 2
    pdf
      .save()
      .lineWidth(0.4)
      .dash(4, { space: 4 })
      .strokeColor('#999999')
      .moveTo(0, half)
      .lineTo(width, half)
      .stroke()
      .undash()
      .restore()
    drawFace(w, delegate, half, half)
    pdf.save().rotate(180, { origin: [width / 2, half / 2] })
    drawFace(w, delegate, 0, half)
    pdf.restore()
  })
}

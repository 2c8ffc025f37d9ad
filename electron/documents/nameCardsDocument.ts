import { asAttending } from '../../shared/delegates/attendingPerson'
import { spokenPost, unambiguousPost } from '../../shared/delegates/positionWithUnit'
import type { ConferenceDocument, Delegate } from '../../shared/model/conference'
import { addPage, lineHeight, nfc, record, textWidth, wrapLines, drawLines, type Writer } from './writer'

const SIDE = 40

interface Block {
  text: string
  face: 'bold' | 'regular'
  size: number
}

/**
 * What the card says: rank, name (the deputy's when one comes, without the delegate's rank), and
 * the post unambiguous among 90 provinces; with the unit line setting, the post and the unit on
 * lines of their own.
 */
export function cardBlocks(delegate: Delegate, unitLine: boolean): Block[] {
  const person = asAttending(delegate)
  const blocks: Block[] = []
  if (person.rank.trim() !== '') blocks.push({ text: nfc(person.rank), face: 'bold', size: 30 })
  blocks.push({ text: nfc(person.name), face: 'bold', size: 60 })
  if (unitLine) {
    const post = spokenPost(delegate.position, '')
    if (post !== '') blocks.push({ text: post, face: 'regular', size: 24 })
    const unit = nfc(delegate.unit).trim()
    if (unit !== '' && !post.includes(unit)) blocks.push({ text: unit, face: 'regular', size: 22 })
  } else {
    const post = unambiguousPost(delegate.position, delegate.unit)
    if (post !== '') blocks.push({ text: post, face: 'regular', size: 24 })
  }
  return blocks
}

/** One face of the card, laid out in the band [top, top + height) of the sheet; every word fits. */
function drawFace(w: Writer, blocks: readonly Block[], top: number, height: number): void {
  const pageWidth = w.pdf.page.width
  const width = pageWidth - 2 * SIDE
  const gap = 8
  // Shrink everything together until the whole card fits its half: nothing is cut off.
  for (let scale = 1; scale >= 0.2; scale -= 0.05) {
    const laid = blocks.map((block) => {
      let size = Math.max(8, Math.round(block.size * scale))
      // A name on one line if it can be, down to 20 pt.
      while (size > 20 && block.size === 60 && textWidth(w, block.text, block.face, size) > width) size -= 2
      return { ...block, size, lines: wrapLines(w, block.text, block.face, size, width) }
    })
    const total =
      laid.reduce((sum, block) => sum + block.lines.length * lineHeight(w, block.face, block.size), 0) +
      gap * (laid.length - 1)
    if (total > height - 2 * gap && scale > 0.25) continue
    let y = top + Math.max(gap, (height - total) / 2)
    for (const block of laid)
      y += drawLines(w, block.lines, SIDE, y, width, block.face, block.size, 'center') + gap
    return
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
    const blocks = cardBlocks(delegate, doc.documents.nameCardUnitLine)
    record(w, {
      type: 'name-card',
      lines: blocks.map((block) => ({ text: block.text, size: block.size, bold: block.face === 'bold' }))
    })
    drawFace(w, blocks, half, half)
    pdf.save().rotate(180, { origin: [width / 2, half / 2] })
    drawFace(w, blocks, 0, half)
    pdf.restore()
  })
}

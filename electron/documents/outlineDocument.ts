import { numberSections } from '../../shared/outlines/numberSections'
import type { ConferenceDocument, Outline } from '../../shared/model/conference'
import { startDocument } from './common'
import { drawTable } from './table'
import { drawHeading, drawParagraph, nfc, upper, type Writer } from './writer'

/** Đề cương: numbered sections (I, 1, a), their text and a table of the key figures they cite. */
export function drawOutline(w: Writer, doc: ConferenceDocument, outline: Outline): void {
  startDocument(w, doc, w.labels.outlineTitle, outline.title)
  const c = w.labels.columns
  for (const entry of numberSections(outline.sections)) {
    // I. / 1. / a) as Decree 30/2020 numbers them; deeper levels are dashes without punctuation.
    const separator = entry.depth >= 3 ? '' : entry.depth === 2 ? ')' : '.'
    const heading = `${entry.number}${separator} ${entry.depth === 0 ? upper(w, entry.section.heading) : nfc(entry.section.heading)}`
    drawHeading(w, heading, entry.depth === 0 ? 1 : entry.depth === 1 ? 2 : 3)
    if (entry.section.text.trim() !== '') drawParagraph(w, entry.section.text)
    if (entry.section.figures.length > 0) {
      w.pdf.y += 2
      drawTable(
        w,
        [
          { header: c.no, weight: 0.6, align: 'center', nowrap: true },
          { header: c.figure, weight: 4 },
          { header: c.value, weight: 2, align: 'center' }
        ],
        entry.section.figures.map((figure, index) => ({
          type: 'row' as const,
          cells: [
            String(index + 1),
            figure.label,
            [figure.value, figure.unit].filter((part) => part.trim() !== '').join(' ')
          ]
        })),
        { size: 13 }
      )
    }
  }
}

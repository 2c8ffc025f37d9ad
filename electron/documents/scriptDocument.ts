import { buildRunningScript } from '../../shared/documents/buildRunningScript'
import type { ConferenceDocument } from '../../shared/model/conference'
import { startDocument, subjectLine } from './common'
import { drawTable } from './table'
import type { Writer } from './writer'

/** Kịch bản điều hành: STT | Nội dung | Lời dẫn | Người thực hiện, with the clerk's edits applied. */
export function drawScript(w: Writer, doc: ConferenceDocument): void {
  const c = w.labels.columns
  startDocument(w, doc, w.labels.scriptTitle, subjectLine(doc))
  const passages = buildRunningScript(doc, w.lang)
  drawTable(
    w,
    [
      { header: c.no, weight: 0.5, align: 'center', nowrap: true },
      { header: c.content, weight: 1.5 },
      { header: c.words, weight: 4.3 },
      { header: c.actor, weight: 1.4 }
    ],
    passages.map((passage, index) => ({
      type: 'row' as const,
      cells: [String(index + 1), passage.item, passage.words, passage.actor]
    }))
  )
}

import { BOARD_HEADERS, boardCells, collectionBoard } from '../../shared/collect/collectionBoard'
import type { ExportTable } from '../../shared/importExport/exportTable'
import type { ConferenceDocument } from '../../shared/model/conference'
import { signDocument, startDocument, subjectLine } from '../documents/common'
import { drawTable, type TableRow } from '../documents/table'
import { createWriter, finish } from '../documents/writer'

export const BOARD_TITLE = 'Tổng hợp tình hình danh sách các điểm cầu'

/** The board as a table for the .xlsx export (same words as the PDF). */
export function boardTable(doc: ConferenceDocument): ExportTable {
  const rows = collectionBoard(doc).map(boardCells)
  return {
    title: `${BOARD_TITLE.toUpperCase()}\n${subjectLine(doc)}`,
    headers: BOARD_HEADERS,
    widths: [6, 32, 17, 17, 30, 9, 9, 9, 9, 11],
    rows,
    objects: rows.map((cells) =>
      Object.fromEntries(BOARD_HEADERS.map((header, index) => [header, cells[index] ?? '']))
    )
  }
}

/** The board as an administrative document (Decree 30 header, title, table, signature), landscape. */
export async function renderBoardPdf(doc: ConferenceDocument, fontsDir: string): Promise<Uint8Array> {
  const w = createWriter({ fontsDir, lang: 'vi', title: BOARD_TITLE, landscape: true })
  startDocument(w, doc, BOARD_TITLE.toUpperCase(), subjectLine(doc))
  const board = collectionBoard(doc)
  const rows: TableRow[] = board.map((row) => ({ type: 'row', cells: boardCells(row) }))
  const returned = board.filter((row) => row.returned).length
  const named = board.reduce((sum, row) => sum + row.named, 0)
  const expected = board.reduce((sum, row) => sum + (row.expected ?? 0), 0)
  rows.push({
    type: 'row',
    bold: true,
    cells: [
      '',
      `Tổng cộng: ${board.length} điểm cầu`,
      `${board.filter((row) => row.templateAt !== '').length} đã gửi`,
      `${returned} đã gửi lại`,
      '',
      String(named),
      String(expected),
      String(board.filter((row) => row.chairNamed).length),
      String(board.filter((row) => row.techFilled).length),
      String(board.filter((row) => row.testTimeFilled).length)
    ]
  })
  drawTable(
    w,
    [
      { header: 'STT', weight: 0.5, align: 'center' },
      { header: 'Điểm cầu', weight: 2.4 },
      { header: 'Gửi mẫu', weight: 1.25, align: 'center' },
      { header: 'Nhận danh sách', weight: 1.3, align: 'center' },
      { header: 'Tệp nhận', weight: 2 },
      { header: 'Số người', weight: 0.75, align: 'center' },
      { header: 'Dự kiến', weight: 0.75, align: 'center' },
      { header: 'Chủ trì', weight: 0.7, align: 'center' },
      { header: 'Kỹ thuật', weight: 0.75, align: 'center' },
      { header: 'Thử kết nối', weight: 0.85, align: 'center' }
    ],
    rows,
    { size: 11 }
  )
  signDocument(w, doc)
  return finish(w, { pageNumbers: true })
}

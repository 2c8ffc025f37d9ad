import { lineOps, lineWidthOps, rectOps } from './contentOps'
import type { FontFace } from './fonts'
import {
  addPage,
  batched,
  contentBox,
  emit,
  drawLines,
  lineHeight,
  nfc,
  textWidth,
  wrapLines,
  type Align,
  type Writer
} from './writer'

export interface TableColumn {
  header: string
  /** Relative weight; the table always spans the text width. */
  weight: number
  align?: Align
}

export type TableRow =
  | { type: 'row'; cells: readonly string[]; bold?: boolean }
  /** A heading across the table (a venue, an award form) that must stay with the row after it. */
  | { type: 'group'; text: string }

export interface TableOptions {
  size?: number
  headerSize?: number
}

const PAD_X = 3
const PAD_Y = 2.5

interface Measured {
  lines: string[][]
  height: number
}

/**
 * Draws a bordered table row by row: the header row is repeated on every page, a row is never
 * split across pages, and a group heading never ends a page. Cells wrap with the engine's own
 * wrapper, so each cell is measured once and drawn from the same lines.
 */
export function drawTable(
  w: Writer,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  options: TableOptions = {}
): void {
  const size = options.size ?? 12
  const headerSize = options.headerSize ?? size
  const pdf = w.pdf
  const box = contentBox(w)
  const total = columns.reduce((sum, column) => sum + column.weight, 0)
  const widths = columns.map((column) => (column.weight / total) * box.width)
  // A header word is never cut ("ST/T"): a narrow column borrows from the widest one.
  columns.forEach((column, index) => {
    const longest = Math.max(
      0,
      ...nfc(column.header)
        .split(/\s+/)
        .map((word) => textWidth(w, word, 'bold', headerSize))
    )
    const missing = longest + 2 * PAD_X + 1 - (widths[index] ?? 0)
    if (missing <= 0) return
    const widest = widths.indexOf(Math.max(...widths))
    if (widest === index) return
    widths[index] = (widths[index] ?? 0) + missing
    widths[widest] = (widths[widest] ?? 0) - missing
  })
  const xs: number[] = []
  widths.reduce((x, width) => (xs.push(x), x + width), box.left)
  const rowLine = lineHeight(w, 'regular', size)

  const headerLines = columns.map((column, index) =>
    wrapLines(w, nfc(column.header), 'bold', headerSize, (widths[index] ?? 0) - 2 * PAD_X)
  )
  const headerHeight =
    Math.max(...headerLines.map((lines) => lines.length)) * lineHeight(w, 'bold', headerSize) + 2 * PAD_Y

  const measure = (row: TableRow): Measured => {
    if (row.type === 'group') {
      const lines = wrapLines(w, row.text, 'bold', size, box.width - 2 * PAD_X)
      return { lines: [lines], height: lines.length * rowLine + 2 * PAD_Y }
    }
    const face: FontFace = row.bold ? 'bold' : 'regular'
    const lines = row.cells.map((cell, index) =>
      wrapLines(w, cell, face, size, (widths[index] ?? 0) - 2 * PAD_X)
    )
    return { lines, height: Math.max(1, ...lines.map((cell) => cell.length)) * rowLine + 2 * PAD_Y }
  }

  const drawGrid = (y: number, height: number, spanning: boolean) => {
    // One content write with the operators pdfkit's lineWidth/rect/moveTo/lineTo/stroke would write.
    const ops = [lineWidthOps(0.5), rectOps(box.left, y, box.width, height)]
    if (!spanning)
      for (let index = 1; index < xs.length; index++)
        ops.push(lineOps(xs[index] ?? 0, y, xs[index] ?? 0, y + height))
    ops.push('S')
    emit(w, ops.join('\n'))
  }

  const drawHeader = () => {
    const y = pdf.y
    batched(w, () => {
      headerLines.forEach((lines, index) => {
        const top = y + (headerHeight - lines.length * lineHeight(w, 'bold', headerSize)) / 2
        drawLines(
          w,
          lines,
          (xs[index] ?? 0) + PAD_X,
          top,
          (widths[index] ?? 0) - 2 * PAD_X,
          'bold',
          headerSize,
          'center'
        )
      })
      drawGrid(y, headerHeight, false)
    })
    pdf.y = y + headerHeight
  }

  const newPage = () => {
    addPage(w)
    drawHeader()
  }

  const measured = rows.map(measure)
  const firstNeed =
    headerHeight + (measured[0]?.height ?? 0) + (rows[0]?.type === 'group' ? (measured[1]?.height ?? 0) : 0)
  if (pdf.y + firstNeed > box.bottom) addPage(w)
  drawHeader()

  rows.forEach((row, index) => {
    const cell = measured[index]
    if (!cell) return
    // A group heading needs room for itself and the first row of its group.
    let need = cell.height
    for (let next = index + 1; row.type === 'group' && next < rows.length; next++) {
      need += measured[next]?.height ?? 0
      if (rows[next]?.type === 'row') break
    }
    if (pdf.y + need > contentBox(w).bottom) newPage()
    const y = pdf.y
    batched(w, () => {
      if (row.type === 'group') {
        drawLines(
          w,
          cell.lines[0] ?? [],
          box.left + PAD_X,
          y + PAD_Y,
          box.width - 2 * PAD_X,
          'bold',
          size,
          'left'
        )
        drawGrid(y, cell.height, true)
      } else {
        const face: FontFace = row.bold ? 'bold' : 'regular'
        cell.lines.forEach((lines, column) => {
          drawLines(
            w,
            lines,
            (xs[column] ?? 0) + PAD_X,
            y + PAD_Y,
            (widths[column] ?? 0) - 2 * PAD_X,
            face,
            size,
            columns[column]?.align ?? 'left'
          )
        })
        drawGrid(y, cell.height, false)
      }
    })
    pdf.y = y + cell.height
  })
  pdf.y += 8
}

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
  record,
  textWidth,
  wrapLines,
  type Align,
  type Writer
} from './writer'

export interface TableColumn {
  header: string
  /** Relative weight of the width left once every column has its minimum. */
  weight: number
  align?: Align
  /**
   * Fixed vocabulary (STT, ranks, roles, attendance, numbers): each cell is one line, so the
   * column is at least as wide as its widest cell.
   */
  nowrap?: boolean
  /** Left blank on purpose for a pen (Ký tên): keeps its width though no cell has text. */
  handwritten?: boolean
}

export type TableRow =
  | { type: 'row'; cells: readonly string[]; bold?: boolean }
  /**
   * A heading across the table (a venue, an award form) that stays with the row after it and is
   * repeated with "(tiếp)" when its group continues on a new page. Level 1 headings sit under the
   * last level 0 one (an award form's "a) Tập thể").
   */
  | { type: 'group'; text: string; level?: 0 | 1 }

export interface TableOptions {
  size?: number
  headerSize?: number
  /** Space the caller needs after the last row (a signature block): rows are carried over so it shares their page. */
  keepWithLast?: number
}

const PAD_X = 3
const PAD_Y = 2.5
/** A row shorter than this many lines moves whole to the next page rather than splitting. */
const SPLIT_MIN_LINES = 6
/** A split leaves at least this many lines of the row on each side of the page break. */
const SPLIT_KEEP = 2
/** A word this wide may take a column's minimum; longer ones (a 60-letter string) wrap by cutting. */
const MAX_WORD_SHARE = 0.34

interface Measured {
  lines: string[][]
  height: number
  lineCount: number
}

/** Column widths from the content: nowrap columns fit their widest cell, others their longest word. */
export function columnWidths(
  w: Writer,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  size: number,
  headerSize: number,
  total: number,
  continued: string
): number[] {
  const minimums = columns.map((column, index) => {
    const headerWords = nfc(column.header).split(/\s+/)
    let min = Math.max(0, ...headerWords.map((word) => textWidth(w, word, 'bold', headerSize)))
    if (index === 0) min = Math.max(min, textWidth(w, continued, 'regular', size))
    // A short header ("Ghi chú") stays on one line: an empty column then is just that wide.
    const header = textWidth(w, nfc(column.header), 'bold', headerSize)
    if (header <= total * 0.12) min = Math.max(min, header)
    const cap = total * MAX_WORD_SHARE
    for (const row of rows) {
      if (row.type !== 'row') continue
      const face: FontFace = row.bold ? 'bold' : 'regular'
      const cell = nfc(row.cells[index] ?? '')
      if (cell === '') continue
      if (column.nowrap) {
        for (const line of cell.split('\n')) min = Math.max(min, textWidth(w, line, face, size))
      } else {
        for (const word of cell.split(/\s+/)) {
          if (word.length < 4) continue
          const width = textWidth(w, word, face, size)
          if (width <= cap) min = Math.max(min, width)
        }
      }
    }
    return min + 2 * PAD_X + 1
  })
  // A column nobody filled in (notes, a collective's rank) keeps room for its header and little more.
  const weightOf = columns.map((column, index) =>
    column.handwritten || rows.some((row) => row.type === 'row' && (row.cells[index] ?? '').trim() !== '')
      ? column.weight
      : column.weight * 0.2
  )
  const sum = minimums.reduce((a, b) => a + b, 0)
  if (sum >= total) {
    // Content asks for more than the page: give each its share of what there is.
    return minimums.map((min) => (min / sum) * total)
  }
  // Water-filling: every column gets its weighted share, but never below its minimum.
  const widths = [...minimums]
  let free = new Set(columns.map((_, index) => index))
  for (let round = 0; round < columns.length; round++) {
    const fixed = [...widths.keys()].filter((index) => !free.has(index))
    const left = total - fixed.reduce((a, index) => a + (widths[index] ?? 0), 0)
    const weights = [...free].reduce((a, index) => a + (weightOf[index] ?? 0), 0)
    let changed = false
    const next = new Set(free)
    for (const index of free) {
      const share = weights > 0 ? ((weightOf[index] ?? 0) / weights) * left : left / free.size
      if (share < (minimums[index] ?? 0)) {
        widths[index] = minimums[index] ?? 0
        next.delete(index)
        changed = true
      } else widths[index] = share
    }
    free = next
    if (!changed) break
  }
  return widths
}

/**
 * Draws a bordered table row by row. The header row is repeated on every page; a group heading
 * never ends a page and is repeated with "(tiếp)" above the rest of its group; a row taller than
 * the space left is split at a line boundary and goes on under the repeated header with "(tiếp)"
 * in its first cell, so nothing is ever drawn past the bottom margin.
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
  const continued = w.labels.continued
  const widths = columnWidths(w, columns, rows, size, headerSize, box.width, continued)
  const xs: number[] = []
  widths.reduce((x, width) => (xs.push(x), x + width), box.left)
  const rowLine = lineHeight(w, 'regular', size)

  const headerLines = columns.map((column, index) =>
    wrapLines(w, nfc(column.header), 'bold', headerSize, (widths[index] ?? 0) - 2 * PAD_X)
  )
  const headerHeight =
    Math.max(...headerLines.map((lines) => lines.length)) * lineHeight(w, 'bold', headerSize) + 2 * PAD_Y

  const groupLines = (text: string) => wrapLines(w, text, 'bold', size, box.width - 2 * PAD_X)
  const measure = (row: TableRow): Measured => {
    if (row.type === 'group') {
      const lines = groupLines(row.text)
      return { lines: [lines], height: lines.length * rowLine + 2 * PAD_Y, lineCount: lines.length }
    }
    const face: FontFace = row.bold ? 'bold' : 'regular'
    const lines = columns.map((_, index) =>
      wrapLines(w, row.cells[index] ?? '', face, size, (widths[index] ?? 0) - 2 * PAD_X)
    )
    const lineCount = Math.max(1, ...lines.map((cell) => cell.length))
    return { lines, height: lineCount * rowLine + 2 * PAD_Y, lineCount }
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

  const drawGroup = (lines: readonly string[]) => {
    const y = pdf.y
    const height = lines.length * rowLine + 2 * PAD_Y
    batched(w, () => {
      drawLines(w, lines, box.left + PAD_X, y + PAD_Y, box.width - 2 * PAD_X, 'bold', size, 'left')
      drawGrid(y, height, true)
    })
    pdf.y = y + height
  }

  /** Lines [from, to) of a row; a continued part gets "(tiếp)" under its first cell's own text. */
  const drawRowPart = (row: TableRow & { type: 'row' }, cell: Measured, from: number, to: number) => {
    const y = pdf.y
    const height = (to - from) * rowLine + 2 * PAD_Y
    const face: FontFace = row.bold ? 'bold' : 'regular'
    batched(w, () => {
      cell.lines.forEach((lines, column) => {
        let part = lines.slice(from, to)
        if (column === 0 && from > 0)
          part = [...lines.slice(0, Math.min(lines.length, to - from - 1)), continued]
        drawLines(
          w,
          part,
          (xs[column] ?? 0) + PAD_X,
          y + PAD_Y,
          (widths[column] ?? 0) - 2 * PAD_X,
          face,
          size,
          columns[column]?.align ?? 'left'
        )
      })
      drawGrid(y, height, false)
    })
    pdf.y = y + height
  }

  // The group headings in force, repeated with "(tiếp)" when their rows go on after a page break.
  const active: (string | null)[] = [null, null]
  const newPage = () => {
    addPage(w)
    drawHeader()
    for (const text of active) if (text !== null) drawGroup(groupLines(`${text} ${continued}`))
  }
  const continuedHeight = () =>
    active.reduce(
      (sum, text) =>
        sum + (text === null ? 0 : groupLines(`${text} ${continued}`).length * rowLine + 2 * PAD_Y),
      0
    )

  const measured = rows.map(measure)
  record(w, {
    type: 'table',
    // Word gets the widths this engine chose from the content, so both wrap alike.
    columns: columns.map((column, index) => ({
      header: nfc(column.header),
      weight: widths[index] ?? column.weight,
      ...(column.align ? { align: column.align } : {})
    })),
    rows: rows.map((row, index) =>
      row.type === 'group'
        ? { type: 'group', text: nfc(row.text) }
        : {
            type: 'row',
            cells: row.cells.map(nfc),
            ...(row.bold ? { bold: true } : {}),
            // Rows this engine would split may break across pages in Word too; the rest stay whole.
            ...((measured[index]?.lineCount ?? 0) >= SPLIT_MIN_LINES ? { mayBreak: true } : {})
          }
    ),
    size,
    headerSize
  })
  const firstNeed =
    headerHeight +
    Math.min(
      (measured[0]?.height ?? 0) + (rows[0]?.type === 'group' ? (measured[1]?.height ?? 0) : 0),
      (SPLIT_MIN_LINES + 1) * rowLine
    )
  if (pdf.y + firstNeed > box.bottom && pdf.y > box.top + 1) addPage(w)
  drawHeader()

  // Rows carried over so the caller's block after the table shares a page with the last rows.
  const tail = options.keepWithLast ?? 0
  let carryFrom = rows.length - 1
  while (carryFrom >= 0 && rows[carryFrom]?.type !== 'row') carryFrom--

  rows.forEach((row, index) => {
    const cell = measured[index]
    if (!cell) return
    const bottom = contentBox(w).bottom
    if (row.type === 'group') {
      const level = row.level ?? 0
      active[level] = row.text
      if (level === 0) active[1] = null
      // A heading needs room for itself, any heading under it and a first line of the rows.
      let need = cell.height
      for (let next = index + 1; next < rows.length; next++) {
        const following = measured[next]
        if (!following) break
        if (rows[next]?.type === 'row') {
          need +=
            next === carryFrom
              ? following.height + tail
              : Math.min(following.height, SPLIT_KEEP * rowLine + 2 * PAD_Y)
          break
        }
        need += following.height
      }
      if (pdf.y + need > bottom) {
        // The heading itself opens the new page: no "(tiếp)" copy of it.
        active[level] = null
        newPage()
        active[level] = row.text
      }
      drawGroup(cell.lines[0] ?? [])
      return
    }
    const extra = index === carryFrom && tail > 0 ? tail : 0
    const pageRoom = box.bottom - box.top - headerHeight - continuedHeight()
    let from = 0
    while (from < cell.lineCount) {
      const left = cell.lineCount - from
      const partHeight = left * rowLine + 2 * PAD_Y
      const room = contentBox(w).bottom - pdf.y
      if (partHeight + extra <= room) {
        drawRowPart(row, cell, from, cell.lineCount)
        break
      }
      const fitting = Math.floor((room - 2 * PAD_Y) / rowLine)
      const splittable = cell.lineCount >= SPLIT_MIN_LINES || partHeight > pageRoom
      if (splittable && fitting >= SPLIT_KEEP && left - fitting >= SPLIT_KEEP) {
        drawRowPart(row, cell, from, from + fitting)
        from += fitting
        newPage()
        continue
      }
      if (pdf.y <= box.top + headerHeight + continuedHeight() + 1) {
        // Already at the top of a page and still no room: draw what fits, go on on the next.
        const take = Math.max(1, Math.min(left, fitting))
        drawRowPart(row, cell, from, from + take)
        from += take
        if (from < cell.lineCount) newPage()
        continue
      }
      newPage()
    }
  })
  pdf.y += 8
}

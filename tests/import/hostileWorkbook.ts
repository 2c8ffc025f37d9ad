import XLSX from 'xlsx'

type BookType = 'xlsx' | 'biff8'

/** A3 is moved to the last cell of the sheet after writing (see hostileWorkbook). */
function smallWorkbook(bookType: BookType, ref: string): Buffer {
  const sheet: XLSX.WorkSheet = {
    A1: { t: 's', v: 'Họ và tên' },
    A2: { t: 's', v: 'Nguyễn Xuân Thắng' },
    C3: { t: 's', v: 'x' },
    '!ref': ref
  }
  const workbook = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(workbook, sheet, 'DS')
  return XLSX.write(workbook, { type: 'buffer', bookType }) as Buffer
}

function patchXlsx(bytes: Buffer, edit: (xml: string) => string): Buffer {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' })
  const entry =
    zip.FileIndex[zip.FullPaths.findIndex((path: string) => path.endsWith('/xl/worksheets/sheet1.xml'))]
  if (!entry?.content) throw new Error('no sheet1.xml')
  entry.content = Buffer.from(edit(Buffer.from(entry.content as Uint8Array).toString('utf8')))
  entry.size = entry.content.length
  return Buffer.from(
    XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array
  )
}

/** BIFF8 records: 2-byte type, 2-byte length, body; a cell record's body starts with row and column. */
function patchXls(bytes: Buffer, lastCell: boolean, rows: number, columns: number): Buffer {
  const container = XLSX.CFB.read(bytes, { type: 'buffer' })
  const entry =
    container.FileIndex[container.FullPaths.findIndex((path: string) => path.endsWith('/Workbook'))]
  if (!entry?.content) throw new Error('no Workbook stream')
  const stream = Buffer.from(entry.content as Uint8Array)
  const CELLS = new Set([0x00fd, 0x0204, 0x0203, 0x027e])
  for (let at = 0; at + 4 <= stream.length; at += 4 + stream.readUInt16LE(at + 2)) {
    const type = stream.readUInt16LE(at)
    const body = at + 4
    if (type === 0x0200) {
      stream.writeUInt32LE(rows, body + 4)
      stream.writeUInt16LE(columns, body + 10)
    } else if (lastCell && CELLS.has(type) && stream.readUInt16LE(body) === 2) {
      stream.writeUInt16LE(rows - 1, body)
      stream.writeUInt16LE(columns - 1, body + 2)
    }
  }
  entry.content = stream
  return Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array)
}

/**
 * A tiny workbook whose cells sit at opposite corners of the largest sheet its format allows
 * (XFD1048576 in .xlsx, IV65536 in .xls): a few KB on disk, billions or millions of cells if a
 * reader walks the declared range. Built by editing a small file: SheetJS's own writer walks the
 * range too and would take minutes.
 */
export function hostileWorkbook(bookType: BookType): Buffer {
  const small = smallWorkbook(bookType, 'A1:C3')
  if (bookType === 'biff8') return patchXls(small, true, 65536, 256)
  return patchXlsx(small, (xml) =>
    xml
      .replace('<dimension ref="A1:C3"/>', '<dimension ref="A1:XFD1048576"/>')
      .replace('<row r="3"', '<row r="1048576"')
      .replace('r="C3"', 'r="XFD1048576"')
  )
}

/** Only the header and one delegate, under a declared range that merely claims to be huge. */
export function overstatedWorkbook(bookType: BookType): Buffer {
  const sheet: XLSX.WorkSheet = {
    A1: { t: 's', v: 'Họ và tên' },
    A2: { t: 's', v: 'Nguyễn Xuân Thắng' },
    '!ref': 'A1:A2'
  }
  const workbook = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(workbook, sheet, 'DS')
  const small = XLSX.write(workbook, { type: 'buffer', bookType }) as Buffer
  if (bookType === 'biff8') return patchXls(small, false, 65536, 256)
  return patchXlsx(small, (xml) =>
    xml.replace('<dimension ref="A1:A2"/>', '<dimension ref="A1:XFD1048576"/>')
  )
}

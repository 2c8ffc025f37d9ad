import { buildZip } from '../safety/support/buildZip'

/**
 * A minimal .xlsx written part by part, so a test can give SheetJS exactly the workbook.xml or
 * worksheet XML an attacker would: many names for one sheet, a hyperlink over a huge range …
 */
export function craftedXlsx(options: {
  sheetNames?: string[]
  /** Rows of the one worksheet part, as XML. */
  rows?: string
  /** XML after <sheetData> (hyperlinks, merges …) and before it (cols). */
  after?: string
  before?: string
}): Buffer {
  const names = options.sheetNames ?? ['Danh sách']
  const types = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
  const sheets = names
    .map((name, index) => `<sheet name="${name}" sheetId="${index + 1}" r:id="rId1"/>`)
    .join('')
  const workbook = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`
  const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
  const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${options.before ?? ''}<sheetData>${options.rows ?? delegateRows(3)}</sheetData>${options.after ?? ''}</worksheet>`
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(rels) },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) }
  ])
}

/** `count` rows of a name (inline text) and nine numbers. */
export function delegateRows(count: number): string {
  return Array.from({ length: count }, (_, index) => {
    const row = index + 1
    const numbers = Array.from(
      { length: 9 },
      (_, column) => `<c r="${String.fromCharCode(66 + column)}${row}"><v>${row}</v></c>`
    ).join('')
    return `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>Nguyễn Văn Thành ${row}</t></is></c>${numbers}</row>`
  }).join('')
}

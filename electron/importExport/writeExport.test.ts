import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildXlsx } from './writeExport'

describe('the xlsx export guards formula-like cells by their style', () => {
  it('keeps the value exactly as typed and marks it Text, for ASCII, full-width and small signs alike', async () => {
    const risky = [
      '=SUM(A1)',
      '＝HYPERLINK("http://x")',
      '﹦1+1',
      '＋cmd|/C calc!A0',
      '－1+2',
      '＠foo',
      '@bar'
    ]
    const plain = ['Nguyễn Xuân Thắng', '+84 912 345 678', '-12']
    const bytes = await buildXlsx(
      {
        title: '＝DANH SÁCH ĐẠI BIỂU',
        headers: ['Ghi chú'],
        widths: [40],
        rows: [...risky, ...plain].map((text) => [text]),
        objects: []
      },
      'Danh sách'
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(new Uint8Array(bytes).buffer)
    const sheet = book.worksheets[0]
    if (!sheet) throw new Error('no sheet')
    expect(sheet.getCell('A1').value).toBe('＝DANH SÁCH ĐẠI BIỂU')
    expect(sheet.getCell('A1').numFmt).toBe('@')
    risky.forEach((text, index) => {
      const cell = sheet.getCell(4 + index, 1)
      expect(cell.value, text).toBe(text)
      expect(cell.type, text).toBe(ExcelJS.ValueType.String)
      expect(cell.numFmt, text).toBe('@')
    })
    plain.forEach((text, index) => {
      const cell = sheet.getCell(4 + risky.length + index, 1)
      expect(cell.value, text).toBe(text)
      expect(cell.numFmt, text).not.toBe('@')
    })
  })
})

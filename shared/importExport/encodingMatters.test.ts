import { describe, expect, it } from 'vitest'
import { encodingMatters } from './encodingMatters'

describe('encodingMatters', () => {
  it('offers the encoding for CSV, TSV, text and Excel 97–2003 files', () => {
    for (const name of ['dai-bieu.csv', 'DAI-BIEU.CSV', 'diem-cau.tsv', 'ds.txt', 'danh-sach-cu.xls'])
      expect(encodingMatters(name)).toBe(true)
  })

  it('not for .xlsx, which is always Unicode', () => {
    expect(encodingMatters('toan-quoc-2024-dai-bieu.xlsx')).toBe(false)
    expect(encodingMatters('Khen thưởng.XLSX')).toBe(false)
    expect(encodingMatters('mau.xlsm')).toBe(false)
  })
})

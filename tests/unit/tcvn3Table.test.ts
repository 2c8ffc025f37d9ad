import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { convertLegacyCell, decodeBytes } from '../../shared/text/legacy/detectEncoding'
import { decodeTcvn3Text, encodeTcvn3 } from '../../shared/text/legacy/tcvn3'

const hex = (byte: number) => `0x${byte.toString(16).padStart(2, '0')}`

describe('TCVN3 table against iconv-lite’s "tcvn" (TCVN 5712:1993 as libiconv defines it)', () => {
  it('decodes every byte as iconv does', () => {
    const differences: string[] = []
    for (let byte = 0; byte < 0x100; byte++) {
      const ours = decodeBytes(Uint8Array.of(byte), 'tcvn3')
      const theirs = iconv.decode(Buffer.of(byte), 'tcvn').normalize('NFC')
      if (ours !== theirs)
        differences.push(`${hex(byte)}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`)
    }
    expect(differences).toEqual([])
  })

  it('decodes every byte the same when a .VnTime cell arrives as Windows-1252 text', () => {
    const differences: string[] = []
    for (let byte = 0; byte < 0x100; byte++) {
      // WHATWG's windows-1252, as spreadsheet readers apply it: the five undefined bytes stay U+0081 …
      const cell = new TextDecoder('windows-1252').decode(Uint8Array.of(byte))
      const ours = decodeTcvn3Text(cell)
      const theirs = iconv.decode(Buffer.of(byte), 'tcvn').normalize('NFC')
      if (ours !== theirs)
        differences.push(`${hex(byte)}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`)
    }
    expect(differences).toEqual([])
  })

  it('reads the toned capitals of 0x80–0x9F: “Lý Hữu Ánh”, “Ủy viên”', () => {
    const bytes = iconv.encode('Lý Hữu Ánh, Ủy viên Ban Thường vụ', 'tcvn')
    expect(bytes.some((byte) => byte >= 0x80 && byte < 0xa0)).toBe(true)
    const text = decodeBytes(new Uint8Array(bytes), 'tcvn3')
    expect(text).toBe('Lý Hữu Ánh, Ủy viên Ban Thường vụ')
    expect(text).not.toMatch(/[\u0080-\u009f]/)
    expect(decodeBytes(encodeTcvn3('Ánh Ủy'), 'tcvn3')).toBe('Ánh Ủy')
  })

  it('converts a .VnTime cell whose only legacy letter is a capital of 0x80–0x9F', () => {
    const cell = new TextDecoder('windows-1252').decode(iconv.encode('Ánh', 'tcvn'))
    expect(convertLegacyCell(cell, { name: '.VnTime' })).toEqual({ text: 'Ánh', encoding: 'tcvn3' })
  })
})

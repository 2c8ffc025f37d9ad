import { describe, expect, it } from 'vitest'
import { safeFileName } from './safeFileName'

describe('safeFileName', () => {
  it('keeps a Vietnamese title, in NFC, as it reads', () => {
    const nfd = 'Hội nghị tổng kết công tác QP-AN năm 2023'.normalize('NFD')
    expect(safeFileName(nfd, 'hoi-nghi')).toBe('Hội nghị tổng kết công tác QP-AN năm 2023')
  })

  it('replaces the characters Windows forbids and removes control characters', () => {
    expect(safeFileName('Hội nghị 6/2024: "Sơ kết" <Quý II> | a\\b*?', 'hoi-nghi')).toBe(
      'Hội nghị 6-2024- -Sơ kết- -Quý II- - a-b--'
    )
    expect(safeFileName('Hà\u0000Tĩnh\tnăm\n2023\u007f', 'hoi-nghi')).toBe('Hà Tĩnh năm 2023')
  })

  it('drops trailing dots and spaces, and leading dots, which would hide or rename the file', () => {
    expect(safeFileName('Hội nghị giao ban... ', 'hoi-nghi')).toBe('Hội nghị giao ban')
    expect(safeFileName('..', 'hoi-nghi')).toBe('hoi-nghi')
    expect(safeFileName('.env', 'hoi-nghi')).toBe('env')
  })

  it('never yields a Windows device name', () => {
    expect(safeFileName('CON', 'hoi-nghi')).toBe('_CON')
    expect(safeFileName('nul', 'hoi-nghi')).toBe('_nul')
    expect(safeFileName('COM1', 'hoi-nghi')).toBe('_COM1')
    expect(safeFileName('Lpt9.txt', 'hoi-nghi')).toBe('_Lpt9.txt')
    expect(safeFileName('Prn ', 'hoi-nghi')).toBe('_Prn')
    expect(safeFileName('CONG AN', 'hoi-nghi')).toBe('CONG AN')
    expect(safeFileName('COM10', 'hoi-nghi')).toBe('COM10')
  })

  it('cuts to the length asked, by character, then trims again', () => {
    const title = 'Hội nghị trực tuyến toàn quốc tổng kết công tác quốc phòng, quân sự địa phương năm 2024'
    const name = safeFileName(title, 'hoi-nghi')
    expect(Array.from(name).length).toBeLessThanOrEqual(60)
    expect(title.startsWith(name)).toBe(true)
    expect(safeFileName('Đỗ Xuân Thanh.   Lê Hữu Ân', 'x', 14)).toBe('Đỗ Xuân Thanh')
    expect(safeFileName('😀😀😀', 'x', 2)).toBe('😀😀')
  })

  it('falls back when nothing usable is left', () => {
    expect(safeFileName('', 'hoi-nghi')).toBe('hoi-nghi')
    expect(safeFileName('   \u0001\u0002 . ', 'hoi-nghi')).toBe('hoi-nghi')
  })
})

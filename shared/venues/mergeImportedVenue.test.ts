import { describe, expect, it } from 'vitest'
import { newVenue } from '../model/defaults'
import { mergeImportedVenue } from './mergeImportedVenue'

const kyAnh = newVenue('v-kyanh', {
  name: 'Điểm cầu huyện Kỳ Anh',
  place: 'Hội trường Huyện ủy Kỳ Anh',
  chairId: 'd-vinh',
  expectedCount: 25,
  techContact: 'Lê Văn Hùng',
  notes: 'Đường truyền dự phòng qua VNPT'
})

describe('mergeImportedVenue', () => {
  it('takes what the file fills in and keeps what its empty cells leave out', () => {
    const merged = mergeImportedVenue(
      kyAnh,
      newVenue('v-kyanh', { name: 'Diem cau huyen Ky Anh', techPhone: '0912 345 678', expectedCount: 30 })
    )
    expect(merged).toEqual({ ...kyAnh, techPhone: '0912 345 678', expectedCount: 30 })
  })

  it('keeps the clerk’s notes beside the file’s, once', () => {
    const withNote = (notes: string) => mergeImportedVenue(kyAnh, newVenue('v-kyanh', { notes })).notes
    expect(withNote('Thử kết nối lúc 7 giờ')).toBe('Đường truyền dự phòng qua VNPT\nThử kết nối lúc 7 giờ')
    expect(withNote('Đường truyền dự phòng qua VNPT')).toBe('Đường truyền dự phòng qua VNPT')
    expect(withNote('')).toBe('Đường truyền dự phòng qua VNPT')
  })

  it('never takes the main-venue mark away; a chair the file names replaces the one set', () => {
    const main = { ...kyAnh, isMain: true }
    expect(mergeImportedVenue(main, newVenue('v-kyanh')).isMain).toBe(true)
    expect(mergeImportedVenue(kyAnh, newVenue('v-kyanh', { chairId: 'd-thang' })).chairId).toBe('d-thang')
  })
})

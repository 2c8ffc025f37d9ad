import { describe, expect, it } from 'vitest'
import { spellsSameWithMarksLeftOut, VenueNameIndex } from './venueNameIndex'

describe('spellsSameWithMarksLeftOut', () => {
  it('accepts a name typed with some or all marks left out, in any case', () => {
    expect(spellsSameWithMarksLeftOut('Xã Thạch Hà', 'xa thach ha')).toBe(true)
    expect(spellsSameWithMarksLeftOut('Xã Thạch Hà', 'Xa Thach Hà')).toBe(true)
    expect(
      spellsSameWithMarksLeftOut('Đồn Biên phòng Cửa khẩu Cầu Treo', 'DON BIEN PHONG CUA KHAU CAU TREO')
    ).toBe(true)
  })

  it('refuses names whose marks differ where both have one', () => {
    expect(spellsSameWithMarksLeftOut('Xã Thạch Hà', 'Xã Thạch Hạ')).toBe(false)
    expect(spellsSameWithMarksLeftOut('Xã Lê Lợi', 'Xã Lệ Lợi')).toBe(false)
    expect(spellsSameWithMarksLeftOut('Xã Thạch Hà', 'Xã Thạch Hàn')).toBe(false)
  })

  it('compares composed and decomposed input alike', () => {
    expect(spellsSameWithMarksLeftOut('Xã Thạch Hà'.normalize('NFD'), 'xa thach ha')).toBe(true)
  })
})

describe('VenueNameIndex', () => {
  const index = new VenueNameIndex([
    { id: 'ha', name: 'Xã Thạch Hà' },
    { id: 'ha2', name: 'Xã Thạch Hạ' },
    { id: 'ka', name: 'Điểm cầu huyện Kỳ Anh' }
  ])

  it('finds the exact name first, even when a bare spelling would fit two', () => {
    expect(index.find('XÃ THẠCH HẠ')).toEqual({ kind: 'found', venue: { id: 'ha2', name: 'Xã Thạch Hạ' } })
    expect(index.find('Xã  Thạch Hà ')).toEqual({ kind: 'found', venue: { id: 'ha', name: 'Xã Thạch Hà' } })
  })

  it('finds the one venue a bare spelling fits, and says when it fits two', () => {
    expect(index.find('diem cau huyen ky anh')).toMatchObject({ kind: 'found', venue: { id: 'ka' } })
    expect(index.find('Xa Thach Ha')).toMatchObject({
      kind: 'ambiguous',
      candidates: [{ id: 'ha' }, { id: 'ha2' }]
    })
    expect(index.find('Xã Thạch Hả')).toEqual({ kind: 'none' })
  })
})

describe('venue names typed by clerks of different habits', () => {
  it('matches a bare name to a marked venue, never a marked name to a bare venue', () => {
    const bare = new VenueNameIndex([{ id: 'cu', name: 'Xa Thach Ha' }])
    expect(bare.find('Xã Thạch Hạ')).toEqual({ kind: 'none' })
    expect(bare.find('Xã Thạch Hà')).toEqual({ kind: 'none' })
    expect(bare.find('XA THACH HA')).toMatchObject({ kind: 'found', venue: { id: 'cu' } })
    expect(spellsSameWithMarksLeftOut('Xa Thach Ha', 'Xã Thạch Hà', true)).toBe(true)
  })

  it('takes the old and the new tone placement for the same name, but not another tone', () => {
    const index = new VenueNameIndex([
      { id: 'hb', name: 'Xã Hòa Bình' },
      { id: 'hb-bare', name: 'Xa Hoa Binh' },
      { id: 'th', name: 'Xã Thanh Hòa' }
    ])
    expect(index.find('Xã Hoà Bình')).toMatchObject({ kind: 'found', venue: { id: 'hb' } })
    expect(index.find('XÃ HOÀ BÌNH'.normalize('NFD'))).toMatchObject({ kind: 'found', venue: { id: 'hb' } })
    expect(index.find('Xã Thanh Hoá')).toEqual({ kind: 'none' })
    expect(index.find('Đồn Biên phòng Thuỷ An')).toEqual({ kind: 'none' })
  })
})

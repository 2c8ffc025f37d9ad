import { describe, expect, it } from 'vitest'
import { filterVenues, searchVenueOptions, venueSearchKey } from './venueSearch'

const names = [
  'Điểm cầu Bộ Quốc phòng',
  'Điểm cầu tỉnh Khánh Hòa',
  'Điểm cầu tỉnh Hà Giang',
  'Điểm cầu tỉnh Nghệ An',
  'Điểm cầu tỉnh Hà Tĩnh',
  'Điểm cầu thành phố Hải Phòng',
  'Điểm cầu Thành phố Hồ Chí Minh',
  'Điểm cầu huyện Nghĩa Hưng',
  'Hội trường UBND tỉnh Hà Tĩnh'
]
const options = names.map((label, index) => ({ value: `v${index}`, label }))
const labels = (query: string) => searchVenueOptions(options, query).map((option) => option.label)

describe('venueSearchKey', () => {
  it('drops "Điểm cầu" and the administrative level in front of the place', () => {
    expect(venueSearchKey('Điểm cầu tỉnh Nghệ An')).toBe('nghe an')
    expect(venueSearchKey('Điểm cầu thành phố Hải Phòng')).toBe('hai phong')
    expect(venueSearchKey('ĐIỂM CẦU HUYỆN NGHĨA HƯNG')).toBe('nghia hung')
    expect(venueSearchKey('Hội trường UBND tỉnh Hà Tĩnh')).toBe('hoi truong ubnd tinh ha tinh')
  })

  it('keeps a name that is nothing but the prefix', () => {
    expect(venueSearchKey('Điểm cầu')).toBe('diem cau')
  })
})

describe('searchVenueOptions', () => {
  it('finds "Điểm cầu tỉnh Nghệ An" from "nghe", without diacritics', () => {
    expect(labels('nghe')).toEqual(['Điểm cầu tỉnh Nghệ An'])
    expect(labels('NGHỆ')).toEqual(['Điểm cầu tỉnh Nghệ An'])
  })

  it('ranks names whose own part starts with the query before names that merely contain it', () => {
    // "khanh hoa" and "thanh pho" contain "ha" inside a word: they come after every name where
    // a word starts with it.
    expect(labels('ha')).toEqual([
      'Điểm cầu tỉnh Hà Giang',
      'Điểm cầu tỉnh Hà Tĩnh',
      'Điểm cầu thành phố Hải Phòng',
      'Hội trường UBND tỉnh Hà Tĩnh',
      'Điểm cầu tỉnh Khánh Hòa',
      'Điểm cầu Thành phố Hồ Chí Minh'
    ])
    expect(labels('ha tinh')).toEqual(['Điểm cầu tỉnh Hà Tĩnh', 'Hội trường UBND tỉnh Hà Tĩnh'])
  })

  it('matches every word in any order, and a blank query keeps the whole list', () => {
    expect(labels('tinh nghe')).toEqual(['Điểm cầu tỉnh Nghệ An'])
    expect(labels('minh ho chi')).toEqual(['Điểm cầu Thành phố Hồ Chí Minh'])
    expect(labels('   ')).toEqual(names)
    expect(labels('da nang')).toEqual([])
  })
})

describe('filterVenues', () => {
  const venues = [
    { name: 'Điểm cầu tỉnh Hà Tĩnh', place: 'Số 1 Nguyễn Tất Thành', techContact: 'Lê Văn Hùng' },
    { name: 'Điểm cầu tỉnh Nghệ An', place: 'Hội trường Quân khu 4', techContact: 'Phan Thị Hoa' },
    { name: 'Điểm cầu huyện Kỳ Anh', place: 'Hội trường Huyện ủy', techContact: '' }
  ]
  it('finds by name as the picker does, or by place and contact, keeping the list order', () => {
    expect(filterVenues(venues, 'nghe').map((venue) => venue.name)).toEqual(['Điểm cầu tỉnh Nghệ An'])
    expect(filterVenues(venues, 'hoi truong').map((venue) => venue.name)).toEqual([
      'Điểm cầu tỉnh Nghệ An',
      'Điểm cầu huyện Kỳ Anh'
    ])
    expect(filterVenues(venues, 'hung').map((venue) => venue.name)).toEqual(['Điểm cầu tỉnh Hà Tĩnh'])
    expect(filterVenues(venues, '')).toHaveLength(3)
  })
})

import type { ConferenceDocument, DelegateRole } from '../model/conference'
import { newConferenceDocument, newDelegate, newVenue } from '../model/defaults'

/**
 * A generated national video conference like the 2024 one that broke the protocol order: 90
 * venues (the ministry's hall plus 89 connected ones), 1,143 delegates, two Thượng tướng Thứ
 * trưởng co-chairing at the main venue, and a "Chủ trì" at every connected venue, one of them a
 * Trung úy. Deterministic, so tests can name people and places.
 */
export const MAIN_VENUE = 'Điểm cầu Bộ Quốc phòng'
export const TRUNG_UY_VENUE_INDEX = 37

const PROVINCES = [
  'Hà Giang',
  'Cao Bằng',
  'Bắc Kạn',
  'Tuyên Quang',
  'Lào Cai',
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Yên Bái',
  'Hòa Bình',
  'Thái Nguyên',
  'Lạng Sơn',
  'Quảng Ninh',
  'Bắc Giang',
  'Phú Thọ',
  'Vĩnh Phúc',
  'Bắc Ninh',
  'Hải Dương',
  'Hải Phòng',
  'Hưng Yên',
  'Thái Bình',
  'Hà Nam',
  'Nam Định',
  'Ninh Bình',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Bình',
  'Quảng Trị',
  'Thừa Thiên Huế',
  'Đà Nẵng',
  'Quảng Nam',
  'Quảng Ngãi',
  'Bình Định',
  'Phú Yên',
  'Khánh Hòa',
  'Ninh Thuận',
  'Bình Thuận',
  'Kon Tum',
  'Gia Lai',
  'Đắk Lắk',
  'Đắk Nông',
  'Lâm Đồng',
  'Bình Phước',
  'Tây Ninh',
  'Bình Dương',
  'Đồng Nai',
  'Bà Rịa - Vũng Tàu',
  'Thành phố Hồ Chí Minh',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Trà Vinh',
  'Vĩnh Long',
  'Đồng Tháp',
  'An Giang',
  'Kiên Giang',
  'Cần Thơ',
  'Hậu Giang',
  'Sóc Trăng',
  'Bạc Liêu',
  'Cà Mau'
]
const UNITS = [
  'Quân khu 1',
  'Quân khu 2',
  'Quân khu 3',
  'Quân khu 4',
  'Quân khu 5',
  'Quân khu 7',
  'Quân khu 9',
  'Bộ Tư lệnh Thủ đô Hà Nội',
  'Quân đoàn 12',
  'Quân chủng Hải quân',
  'Quân chủng Phòng không - Không quân',
  'Bộ đội Biên phòng',
  'Cảnh sát biển Việt Nam',
  'Binh chủng Công binh',
  'Binh chủng Thông tin liên lạc',
  'Binh chủng Hóa học',
  'Binh chủng Đặc công',
  'Binh chủng Pháo binh',
  'Binh chủng Tăng thiết giáp',
  'Tổng cục Chính trị',
  'Tổng cục Hậu cần',
  'Tổng cục Kỹ thuật',
  'Tổng cục Công nghiệp quốc phòng',
  'Học viện Quốc phòng',
  'Học viện Chính trị',
  'Học viện Lục quân',
  'Trường Sĩ quan Lục quân 1'
]
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý'
]
const MIDDLE = ['Văn', 'Hữu', 'Đức', 'Thị', 'Minh', 'Quốc', 'Xuân', 'Thanh', 'Ngọc', 'Trọng']
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Giang',
  'Hải',
  'Hùng',
  'Khánh',
  'Lâm',
  'Nghĩa',
  'Phương',
  'Quân',
  'Sơn',
  'Thắng',
  'Tuấn',
  'Ánh',
  'Ưng',
  'Yến',
  'Ổn'
]
const RANKS = ['Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy']
const CHAIR_RANKS = ['Thiếu tướng', 'Đại tá', 'Thượng tá']

export interface NationalRow {
  name: string
  rank: string
  position: string
  unit: string
  venue: string
  role: DelegateRole
}

/** The 89 connected venues in the order the ministry lists them. */
export function connectedVenueNames(): string[] {
  const names = [...PROVINCES.map((p) => `Điểm cầu ${p}`), ...UNITS.map((u) => `Điểm cầu ${u}`)]
  return names.slice(0, 89)
}

function person(n: number): string {
  const family = FAMILY[n % FAMILY.length] ?? ''
  const middle = MIDDLE[Math.floor(n / FAMILY.length) % MIDDLE.length] ?? ''
  const given = GIVEN[Math.floor(n / (FAMILY.length * MIDDLE.length)) % GIVEN.length] ?? ''
  return `${family} ${middle} ${given}`
}

/**
 * The rows in the order the file had them: a secretary first, then the 89 venue chairs, then the
 * co-chairs, then everyone else — the order that used to put every venue chair first.
 */
export function nationalConferenceRows(): NationalRow[] {
  const venues = connectedVenueNames()
  let n = 0
  const next = () => person(n++)
  const rows: NationalRow[] = [
    {
      name: next(),
      rank: 'Thiếu tá',
      position: 'Trợ lý Văn phòng',
      unit: 'Văn phòng Bộ Quốc phòng',
      venue: MAIN_VENUE,
      role: 'secretary'
    }
  ]
  venues.forEach((venue, index) => {
    rows.push({
      name: next(),
      rank: index === TRUNG_UY_VENUE_INDEX ? 'Trung úy' : (CHAIR_RANKS[index % CHAIR_RANKS.length] ?? ''),
      position: index === TRUNG_UY_VENUE_INDEX ? 'Trợ lý tác chiến' : 'Chỉ huy trưởng',
      unit: venue.replace('Điểm cầu ', ''),
      venue,
      role: 'chair'
    })
  })
  rows.push(
    {
      name: 'Hoàng Xuân Chiến',
      rank: 'Thượng tướng',
      position: 'Thứ trưởng Bộ Quốc phòng',
      unit: 'Bộ Quốc phòng',
      venue: MAIN_VENUE,
      role: 'co-chair'
    },
    {
      name: 'Lê Huy Vịnh',
      rank: 'Thượng tướng',
      position: 'Thứ trưởng Bộ Quốc phòng',
      unit: 'Bộ Quốc phòng',
      venue: MAIN_VENUE,
      role: 'co-chair'
    },
    {
      name: 'Nguyễn Thị Thanh Hương',
      rank: '',
      position: 'Phó Chủ nhiệm Văn phòng Chính phủ',
      unit: 'Văn phòng Chính phủ',
      venue: MAIN_VENUE,
      role: 'guest'
    },
    {
      name: 'Trần Đức Thắng',
      rank: '',
      position: 'Phó Trưởng Ban Nội chính Trung ương',
      unit: 'Ban Nội chính Trung ương',
      venue: MAIN_VENUE,
      role: 'guest'
    }
  )
  // 1,143 in all: 75 at the main venue, 12 at each connected venue.
  while (rows.filter((row) => row.venue === MAIN_VENUE).length < 75)
    rows.push({
      name: next(),
      rank: RANKS[n % RANKS.length] ?? '',
      position: 'Cục trưởng',
      unit: 'Bộ Quốc phòng',
      venue: MAIN_VENUE,
      role: 'delegate'
    })
  for (const venue of venues)
    for (let i = 0; i < 11; i++)
      rows.push({
        name: next(),
        rank: RANKS[(n + i) % RANKS.length] ?? '',
        position: i === 0 ? 'Phó Chỉ huy trưởng' : 'Trợ lý',
        unit: venue.replace('Điểm cầu ', ''),
        venue,
        role: 'delegate'
      })
  return rows
}

/** The rows as the semicolon CSV a clerk would export from Excel (with its BOM). */
export function nationalConferenceCsv(): string {
  const lines = ['STT;Họ và tên;Cấp bậc;Chức vụ;Đơn vị;Điểm cầu;Vai trò']
  const label: Record<DelegateRole, string> = {
    chair: 'Chủ trì',
    'co-chair': 'Đồng chủ trì',
    guest: 'Khách mời',
    delegate: 'Đại biểu',
    reporter: 'Báo cáo viên',
    secretary: 'Thư ký',
    other: 'Khác'
  }
  nationalConferenceRows().forEach((row, index) =>
    lines.push([index + 1, row.name, row.rank, row.position, row.unit, row.venue, label[row.role]].join(';'))
  )
  return `\ufeff${lines.join('\r\n')}\r\n`
}

/** The conference as the app holds it right after importing the file (venues in order of first mention, chairs not yet recorded). */
export function nationalConferenceDoc(): ConferenceDocument {
  const doc = newConferenceDocument(
    'toan-quoc-2024',
    {
      title: 'Hội nghị trực tuyến toàn quốc tổng kết công tác quốc phòng năm 2024',
      kind: 'national-online',
      mode: 'video'
    },
    new Date('2024-12-20T01:00:00.000Z')
  )
  const venueIds = new Map<string, string>()
  const rows = nationalConferenceRows()
  for (const row of rows) if (!venueIds.has(row.venue)) venueIds.set(row.venue, `v${venueIds.size + 1}`)
  doc.venues = [...venueIds].map(([name, id]) => newVenue(id, { name, isMain: name === MAIN_VENUE }))
  doc.delegates = rows.map((row, index) =>
    newDelegate(`d${index + 1}`, {
      name: row.name,
      rank: row.rank,
      position: row.position,
      unit: row.unit,
      venueId: venueIds.get(row.venue) ?? null,
      role: row.role
    })
  )
  return doc
}

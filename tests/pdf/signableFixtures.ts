import type {
  AgendaItem,
  Award,
  ConferenceDocument,
  Delegate,
  Outline,
  Venue
} from '../../shared/model/conference'
import { newConferenceDocument, newDelegate, newVenue } from '../../shared/model/defaults'
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from '../support/vietnameseSamples'

/**
 * The two conferences issue 14 was seen with, generated here (never read from outside the
 * repository): a 90-venue national video conference with 1,143 named delegates and 1,737
 * expected, and the in-person Hà Tĩnh 2023 provincial review with a superior-level guest.
 */

const PROVINCES_63 = [
  'Hà Nội',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Hồ Chí Minh',
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Tĩnh',
  'Hải Dương',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái'
]
const FORCES = [
  'Quân khu 1',
  'Quân khu 2',
  'Quân khu 3',
  'Quân khu 4',
  'Quân khu 5',
  'Quân khu 7',
  'Quân khu 9',
  'Bộ Tư lệnh Thủ đô Hà Nội',
  'Quân chủng Hải quân',
  'Quân chủng Phòng không - Không quân',
  'Bộ Tư lệnh Bộ đội Biên phòng',
  'Bộ Tư lệnh Cảnh sát biển',
  'Binh chủng Công binh',
  'Binh chủng Hóa học',
  'Binh chủng Thông tin liên lạc',
  'Binh chủng Đặc công',
  'Bộ Tư lệnh Tác chiến không gian mạng',
  'Tổng cục Chính trị',
  'Tổng cục Hậu cần',
  'Tổng cục Kỹ thuật',
  'Tổng cục Công nghiệp quốc phòng',
  'Bộ Tổng Tham mưu',
  'Cục Cảnh sát hình sự',
  'Cục An ninh nội địa',
  'Học viện Quốc phòng'
]

function fullName(index: number): string {
  return `${FAMILY_NAMES[index % FAMILY_NAMES.length]} ${MIDDLE_NAMES[(index * 7) % MIDDLE_NAMES.length]} ${GIVEN_NAMES[(index * 11) % GIVEN_NAMES.length]}`
}

const PROVINCIAL_POSTS: [string, string, string][] = [
  // rank, position, unit kind (the province completes it)
  ['Đại tá', 'Chỉ huy trưởng', 'Bộ CHQS tỉnh'],
  ['Đại tá', 'Giám đốc', 'Công an tỉnh'],
  ['Đại tá', 'Chỉ huy trưởng', 'BĐBP tỉnh'],
  ['Thượng tá', 'Phó Chỉ huy trưởng', 'Bộ CHQS tỉnh'],
  ['Thượng tá', 'Phó Giám đốc', 'Công an tỉnh'],
  ['Trung tá', 'Trưởng phòng Tham mưu', 'Bộ CHQS tỉnh'],
  ['Trung tá', 'Trưởng phòng An ninh chính trị nội bộ', 'Công an tỉnh'],
  ['', 'Chánh Văn phòng', 'UBND tỉnh'],
  ['Thiếu tá', 'Trợ lý tác chiến', 'Bộ CHQS tỉnh'],
  ['Đại úy', 'Cán bộ', 'Phòng Tham mưu, Công an tỉnh'],
  ['Thượng úy', 'Trợ lý', 'Phòng Chính trị, BĐBP tỉnh'],
  ['Trung úy', 'Cán bộ', 'Văn phòng Bộ CHQS tỉnh'],
  ['', 'Chuyên viên', 'Sở Nội vụ tỉnh']
]

/** Hội nghị trực tuyến toàn quốc: 90 venues, 1,143 named delegates, 8 agenda items, 7 awards under three authorities. */
export function buildNationalConference(): ConferenceDocument {
  const doc = newConferenceDocument(
    'toan-quoc-2024',
    {
      title: 'Hội nghị trực tuyến toàn quốc tổng kết 5 năm thực hiện Nghị định số 03/2019/NĐ-CP',
      kind: 'national-online',
      legalBasis: 'Nghị định số 03/2019/NĐ-CP ngày 05/9/2019 của Chính phủ',
      organiser: 'Bộ Quốc phòng và Bộ Công an',
      date: '2025-01-09',
      startTime: '08:00',
      endTime: '11:30',
      place: 'Hà Nội',
      period: 'giai đoạn 2019 - 2024',
      mode: 'video'
    },
    new Date('2024-12-01T00:00:00Z')
  )
  doc.documents = {
    ...doc.documents,
    governingBody: '',
    issuingBody: 'Bộ Quốc phòng',
    place: '',
    signerTitle: 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG',
    signerName: 'Thượng tướng Hoàng Xuân Chiến',
    recipients: [
      'Thủ tướng Chính phủ (để b/c)',
      'Bộ Công an',
      'Các quân khu, quân chủng, binh chủng',
      'UBND các tỉnh, thành phố'
    ]
  }
  const venueNames = [
    'Điểm cầu Bộ Quốc phòng',
    'Điểm cầu Bộ Công an',
    ...PROVINCES_63.map((province) => `Điểm cầu ${province}`),
    ...FORCES.map((force) => `Điểm cầu ${force}`)
  ].slice(0, 90)
  const venues: Venue[] = venueNames.map((name, index) =>
    newVenue(`v${index + 1}`, {
      name,
      place: index === 0 ? 'Hội trường Bộ Quốc phòng, số 7 Nguyễn Tri Phương, Hà Nội' : '',
      isMain: index === 0,
      // 120 + 60 + 88 venues of 17 or 18: 1,737 expected in all.
      expectedCount: index === 0 ? 120 : index === 1 ? 60 : index - 2 < 61 ? 18 : 17,
      techContact: fullName(index + 500),
      techPhone: `0912 ${String(345000 + index).padStart(6, '0')}`,
      testTime: `14:${String(index % 60).padStart(2, '0')} ngày 08/01/2025`
    })
  )
  const delegates: Delegate[] = []
  let next = 1
  const add = (fields: Partial<Delegate>) => delegates.push(newDelegate(`d${next++}`, fields))
  // Main venue: the two co-chairing Thứ trưởng, guests, then the ministry's own delegates.
  add({
    name: 'Hoàng Xuân Chiến',
    rank: 'Thượng tướng',
    position: 'Thứ trưởng Bộ Quốc phòng',
    unit: 'Bộ Quốc phòng',
    role: 'chair',
    venueId: 'v1',
    attendance: 'confirmed',
    partyPosts: 'Ủy viên Trung ương Đảng'
  })
  add({
    name: 'Lê Quốc Hùng',
    rank: 'Thượng tướng',
    position: 'Thứ trưởng Bộ Công an',
    unit: 'Bộ Công an',
    role: 'co-chair',
    venueId: 'v1',
    attendance: 'confirmed',
    partyPosts: 'Ủy viên Trung ương Đảng'
  })
  add({
    name: 'Nguyễn Văn Gấu',
    rank: 'Trung tướng',
    position: 'Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam',
    unit: 'Bộ Tổng Tham mưu',
    role: 'guest',
    venueId: 'v1',
    attendance: 'confirmed'
  })
  add({
    name: 'Trần Đức Thắng',
    rank: 'Thiếu tướng',
    position: 'Cục trưởng Cục Dân quân tự vệ',
    unit: 'Bộ Tổng Tham mưu',
    role: 'reporter',
    venueId: 'v1',
    attendance: 'confirmed'
  })
  while (delegates.length < 40)
    add({
      name: fullName(next),
      rank: ['Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá'][next % 4] ?? '',
      position: 'Cục trưởng',
      unit: `Cục ${['Tác chiến', 'Dân quân tự vệ', 'Quân lực', 'Cứu hộ - Cứu nạn'][next % 4]}, Bộ Tổng Tham mưu`,
      venueId: 'v1',
      attendance: next % 5 === 0 ? 'invited' : 'confirmed'
    })
  // Bộ Công an: its own venue with a Trung tướng chairing.
  add({
    name: 'Phạm Thế Tùng',
    rank: 'Trung tướng',
    position: 'Thứ trưởng Bộ Công an',
    unit: 'Bộ Công an',
    role: 'chair',
    venueId: 'v2',
    attendance: 'confirmed'
  })
  while (delegates.length < 70)
    add({
      name: fullName(next),
      rank: ['Thiếu tướng', 'Đại tá', 'Thượng tá'][next % 3] ?? '',
      position: 'Cục trưởng',
      unit: `Cục ${['Cảnh sát hình sự', 'An ninh nội địa', 'Cảnh sát quản lý hành chính về trật tự xã hội'][next % 3]}, Bộ Công an`,
      venueId: 'v2',
      attendance: 'confirmed'
    })
  // 88 connected venues share the remaining 1,073 delegates, each led by its chair.
  const remaining = 1143 - delegates.length
  for (let venueIndex = 2; venueIndex < 90; venueIndex++) {
    const venue = venues[venueIndex] as Venue
    const place = venue.name.replace(/^Điểm cầu /, '')
    const isProvince = venueIndex < 65
    const count =
      Math.floor((remaining * (venueIndex - 1)) / 88) - Math.floor((remaining * (venueIndex - 2)) / 88)
    for (let k = 0; k < count; k++) {
      if (k === 0) {
        if (isProvince)
          add({
            name: fullName(next * 3),
            position: 'Phó Chủ tịch UBND tỉnh',
            partyPosts: 'Ủy viên Ban Thường vụ Tỉnh ủy',
            unit: `UBND tỉnh ${place}`,
            role: 'chair',
            venueId: venue.id,
            attendance: 'confirmed'
          })
        else
          add({
            name: fullName(next * 3),
            rank: venueIndex === 89 ? 'Trung úy' : 'Thiếu tướng',
            position: venueIndex === 89 ? 'Trợ lý' : 'Phó Tư lệnh',
            unit: place,
            role: 'chair',
            venueId: venue.id,
            attendance: 'confirmed'
          })
        continue
      }
      const [rank, position, unitKind] = PROVINCIAL_POSTS[k % PROVINCIAL_POSTS.length] ?? ['', '', '']
      add({
        name: fullName(next),
        rank,
        position,
        unit: isProvince ? `${unitKind} ${place}` : place,
        venueId: venue.id,
        attendance: next % 7 === 0 ? 'invited' : next % 31 === 0 ? 'declined' : 'confirmed'
      })
    }
  }
  doc.venues = venues
  doc.delegates = delegates
  const ngheAn = venues.find((venue) => venue.name === 'Điểm cầu Nghệ An')?.id ?? null
  const haTinh = venues.find((venue) => venue.name === 'Điểm cầu Hà Tĩnh')?.id ?? null
  const haTinhDirector = delegates.find((d) => d.venueId === haTinh && d.position === 'Giám đốc')
  const agenda: [string, AgendaItem['kind'], number, Partial<AgendaItem>][] = [
    ['Tuyên bố lý do, giới thiệu đại biểu', 'opening', 10, {}],
    ['Phát biểu khai mạc', 'opening', 10, { presenterId: 'd1' }],
    ['Báo cáo tổng kết 5 năm thực hiện Nghị định số 03/2019/NĐ-CP', 'report', 30, { presenterId: 'd4' }],
    [
      'Tham luận của Bộ Chỉ huy Quân sự tỉnh Nghệ An',
      'discussion',
      10,
      { presenterText: 'Điểm cầu Nghệ An', venueId: ngheAn }
    ],
    [
      'Tham luận của Công an tỉnh Hà Tĩnh',
      'discussion',
      10,
      { presenterId: haTinhDirector?.id ?? null, venueId: haTinh }
    ],
    ['Trao Bằng khen cho các tập thể, cá nhân', 'awards', 20, {}],
    ['Phát biểu kết luận hội nghị', 'closing-speech', 15, { presenterId: 'd2' }],
    ['Bế mạc hội nghị', 'closing', 5, {}]
  ]
  doc.agenda = agenda.map(([title, kind, durationMin, extra], index) => ({
    id: `a${index + 1}`,
    title,
    kind,
    durationMin,
    pinnedStart: index === 0 ? '08:00' : null,
    presenterId: null,
    presenterText: '',
    venueId: null,
    notes: '',
    ...extra
  }))
  const award = (index: number, fields: Partial<Award>): Award => ({
    id: `aw${index}`,
    category: 'form',
    form: 'Bằng khen',
    authority: 'Bộ Quốc phòng',
    authorityTitle: '',
    decisionNumber: 'Quyết định số 1234/QĐ-BQP',
    decisionDate: '2024-12-20',
    recipientType: 'collective',
    recipient: '',
    rank: '',
    position: '',
    unit: '',
    delegateId: null,
    achievement: 'Có thành tích xuất sắc trong 5 năm thực hiện Nghị định số 03/2019/NĐ-CP',
    presenterId: 'd1',
    presenterText: '',
    stageGroup: null,
    notes: '',
    ...fields
  })
  doc.awards = [
    award(1, { recipient: 'Bộ CHQS tỉnh Nghệ An' }),
    award(2, { recipient: 'Bộ CHQS tỉnh Hà Tĩnh' }),
    award(3, {
      recipientType: 'individual',
      recipient: 'Phan Đại Nghĩa',
      rank: 'Đại tá',
      position: 'Chỉ huy trưởng',
      unit: 'Bộ CHQS tỉnh Nghệ An'
    }),
    award(4, {
      authority: 'Bộ Công an',
      decisionNumber: '5678/QĐ-BCA',
      recipient: 'Công an tỉnh Quảng Bình',
      presenterId: 'd2'
    }),
    award(5, {
      authority: 'Bộ Công an',
      decisionNumber: '5678/QĐ-BCA',
      recipientType: 'individual',
      recipient: 'Nguyễn Hữu Cầu',
      rank: 'Đại tá',
      position: 'Giám đốc',
      unit: 'Công an tỉnh Nghệ An',
      presenterId: 'd2'
    }),
    award(6, {
      authority: 'UBND tỉnh Nghệ An',
      decisionNumber: '2345/QĐ-UBND',
      decisionDate: '2024-12-18',
      recipient: 'Đồn Biên phòng Cửa khẩu quốc tế Nậm Cắn',
      presenterId: null,
      presenterText: 'Bùi Thanh An'
    }),
    award(7, {
      authority: 'UBND tỉnh Nghệ An',
      decisionNumber: '2345/QĐ-UBND',
      decisionDate: '2024-12-18',
      recipientType: 'individual',
      recipient: 'Lê Văn Thắng',
      rank: 'Thiếu tá',
      position: 'Đồn trưởng',
      unit: 'Đồn Biên phòng Thanh Thủy, BĐBP tỉnh Nghệ An',
      presenterId: null,
      presenterText: 'Bùi Thanh An'
    })
  ]
  doc.outlines = [reportOutline('o1', 'Báo cáo tổng kết 5 năm thực hiện Nghị định số 03/2019/NĐ-CP')]
  return doc
}

/** Hội nghị tổng kết công tác QP - AN năm 2023 of Hà Tĩnh: one hall, the Phó Tư lệnh Quân khu 4 as superior guest. */
export function buildProvincialReview(): ConferenceDocument {
  const doc = newConferenceDocument(
    'ha-tinh-2023-qpan',
    {
      title: 'Hội nghị tổng kết công tác QP - AN năm 2023',
      kind: 'annual',
      legalBasis: 'Nghị định số 03/2019/NĐ-CP ngày 05/9/2019 của Chính phủ',
      organiser: 'UBND tỉnh Hà Tĩnh',
      date: '2023-12-26',
      startTime: '08:00',
      endTime: '11:30',
      place: 'Hội trường Bộ CHQS tỉnh Hà Tĩnh',
      period: 'năm 2023',
      mode: 'in-person'
    },
    new Date('2023-12-01T00:00:00Z')
  )
  doc.documents = {
    ...doc.documents,
    governingBody: '',
    issuingBody: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
    place: '',
    signerTitle: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
    signerName: 'Võ Trọng Hải',
    recipients: [
      'Bộ Tư lệnh Quân khu 4 (để b/c)',
      'Thường trực Tỉnh ủy, HĐND tỉnh',
      'Bộ CHQS tỉnh, Công an tỉnh, BĐBP tỉnh',
      'Các sở, ban, ngành, địa phương'
    ]
  }
  doc.venues = [
    newVenue('v-main', {
      name: 'Hội trường Bộ CHQS tỉnh',
      place: 'Thành phố Hà Tĩnh',
      isMain: true,
      expectedCount: 150
    })
  ]
  const people: Partial<Delegate>[] = [
    {
      name: 'Võ Trọng Hải',
      position: 'Chủ tịch UBND tỉnh',
      partyPosts: 'Phó Bí thư Tỉnh ủy',
      unit: 'UBND tỉnh Hà Tĩnh',
      role: 'chair'
    },
    {
      name: 'Nguyễn Xuân Thắng',
      rank: 'Đại tá',
      position: 'Chỉ huy trưởng',
      partyPosts: 'Ủy viên Ban Thường vụ Tỉnh ủy',
      unit: 'Bộ CHQS tỉnh Hà Tĩnh',
      role: 'co-chair'
    },
    {
      name: 'Nguyễn Hồng Phong',
      rank: 'Đại tá',
      position: 'Giám đốc',
      partyPosts: 'Ủy viên Ban Thường vụ Tỉnh ủy',
      unit: 'Công an tỉnh Hà Tĩnh',
      role: 'co-chair',
      attendance: 'deputy',
      deputyName: 'Trần Hồng Quảng'
    },
    {
      name: 'Võ Văn Dũng',
      rank: 'Đại tá',
      position: 'Chỉ huy trưởng',
      unit: 'BĐBP tỉnh Hà Tĩnh',
      role: 'guest'
    },
    { name: 'Trần Báu Hà', position: 'Phó Chủ tịch UBND tỉnh', unit: 'UBND tỉnh Hà Tĩnh', role: 'guest' },
    {
      name: 'Lê Ngọc Châu',
      position: 'Chánh Văn phòng',
      unit: 'Văn phòng UBND tỉnh Hà Tĩnh',
      role: 'delegate'
    }
  ]
  for (let index = 0; index < 34; index++) {
    const [rank, position, unitKind] = PROVINCIAL_POSTS[index % PROVINCIAL_POSTS.length] ?? ['', '', '']
    people.push({ name: fullName(index + 77), rank, position, unit: `${unitKind} Hà Tĩnh`, role: 'delegate' })
  }
  // The superior-level guest is typed last, as the clerk met him last.
  people.push({
    name: 'Ngô Nam Cường',
    rank: 'Đại tá',
    position: 'Phó Tư lệnh Quân khu',
    unit: 'Bộ Tư lệnh Quân khu 4',
    role: 'guest'
  })
  doc.delegates = people.map((fields, index) =>
    newDelegate(`d${index + 1}`, { attendance: 'confirmed', venueId: 'v-main', ...fields })
  )
  const agenda: [string, AgendaItem['kind'], number, Partial<AgendaItem>][] = [
    ['Đón tiếp đại biểu', 'reception', 15, {}],
    ['Tuyên bố lý do, giới thiệu đại biểu', 'opening', 5, {}],
    ['Phát biểu khai mạc', 'opening', 10, { presenterId: 'd1' }],
    [
      'Báo cáo tổng kết công tác QP - AN năm 2023, phương hướng nhiệm vụ năm 2024',
      'report',
      30,
      { presenterId: 'd2' }
    ],
    ['Tham luận của Công an tỉnh', 'discussion', 10, { presenterId: 'd3' }],
    ['Trao khen thưởng', 'awards', 20, {}],
    [
      'Phát biểu chỉ đạo của Bộ Tư lệnh Quân khu 4',
      'directing-speech',
      15,
      { presenterId: `d${people.length}` }
    ],
    ['Phát biểu kết luận', 'closing-speech', 10, { presenterId: 'd1' }],
    ['Bế mạc', 'closing', 5, {}]
  ]
  doc.agenda = agenda.map(([title, kind, durationMin, extra], index) => ({
    id: `a${index + 1}`,
    title,
    kind,
    durationMin,
    pinnedStart: index === 0 ? '07:30' : null,
    presenterId: null,
    presenterText: '',
    venueId: null,
    notes: '',
    ...extra
  }))
  const awards: Award[] = []
  const add = (fields: Partial<Award>) =>
    awards.push({
      id: `aw${awards.length + 1}`,
      category: 'form',
      form: 'Bằng khen',
      authority: 'UBND tỉnh Hà Tĩnh',
      authorityTitle: '',
      decisionNumber: 'Quyết định số 3456/QĐ-UBND',
      decisionDate: '2023-12-20',
      recipientType: 'collective',
      recipient: '',
      rank: '',
      position: '',
      unit: '',
      delegateId: null,
      achievement:
        'Có thành tích xuất sắc trong thực hiện nhiệm vụ quốc phòng, quân sự địa phương, giữ vững an ninh chính trị, trật tự an toàn xã hội năm 2023',
      presenterId: 'd1',
      presenterText: '',
      stageGroup: null,
      notes: '',
      ...fields
    })
  add({
    category: 'title',
    form: 'Cờ thi đua',
    authority: 'UBND tỉnh Hà Tĩnh',
    recipient: 'Ban CHQS huyện Kỳ Anh'
  })
  add({
    category: 'title',
    form: 'Cờ thi đua',
    authority: 'UBND tỉnh Hà Tĩnh',
    recipient: 'Công an huyện Hương Khê'
  })
  const units = [
    'Ban CHQS huyện Hương Sơn',
    'Ban CHQS huyện Vũ Quang',
    'Công an huyện Can Lộc',
    'Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo',
    'Ban CHQS thị xã Hồng Lĩnh',
    'Công an huyện Thạch Hà',
    'Ban CHQS huyện Nghi Xuân',
    'Đồn Biên phòng Cửa khẩu Cảng Vũng Áng'
  ]
  for (const unit of units) add({ recipient: unit })
  for (let index = 0; index < 14; index++)
    add({
      recipientType: 'individual',
      recipient: fullName(index + 300),
      rank: ['Thiếu tá', 'Đại úy', 'Trung tá'][index % 3] ?? '',
      position: ['Trợ lý tác chiến', 'Đội trưởng', 'Phó Chỉ huy trưởng'][index % 3] ?? '',
      unit: units[index % units.length] ?? ''
    })
  for (let index = 0; index < 6; index++)
    add({
      form: 'Giấy khen',
      authority: 'Bộ CHQS tỉnh Hà Tĩnh',
      decisionNumber: '789/QĐ-BCH',
      decisionDate: '2023-12-18',
      recipientType: 'individual',
      recipient: fullName(index + 400),
      rank: 'Thượng úy',
      position: 'Trợ lý',
      unit: units[index] ?? '',
      presenterId: 'd2'
    })
  add({
    authority: 'Bộ Tư lệnh Quân khu 4',
    decisionNumber: '2468/QĐ-BTL',
    decisionDate: '2023-12-15',
    recipient: 'Bộ CHQS tỉnh Hà Tĩnh',
    presenterId: `d${people.length}`
  })
  doc.awards = awards
  doc.outlines = [reportOutline('o1', 'Báo cáo tổng kết công tác QP - AN năm 2023')]
  return doc
}

function reportOutline(id: string, title: string): Outline {
  return {
    id,
    title,
    speakerId: null,
    agendaItemId: null,
    kind: 'report',
    allottedMin: 30,
    status: 'approved',
    sections: [
      {
        id: 's1',
        heading: 'Kết quả thực hiện',
        text: 'Lực lượng Quân đội, Công an và Bộ đội Biên phòng đã chủ động nắm chắc tình hình, kịp thời tham mưu nhiều chủ trương, giải pháp quan trọng trên các lĩnh vực quốc phòng, an ninh.',
        figures: [
          {
            id: 'f1',
            label: 'Phối hợp phát hiện, bắt giữ tội phạm ma túy',
            value: '200 vụ/226 đối tượng',
            unit: ''
          }
        ],
        children: []
      },
      {
        id: 's2',
        heading: 'Tồn tại, hạn chế',
        text: 'Công tác nắm tình hình ở một số địa bàn có lúc chưa kịp thời.',
        figures: [],
        children: []
      }
    ]
  }
}

/** The Hà Tĩnh review with content no real list has, to prove nothing is lost or printed off the page. */
export function withExtremeContent(doc: ConferenceDocument): ConferenceDocument {
  const copy = structuredClone(doc)
  const longUnit = `Phòng Tham mưu ${'Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh, Quân khu 4, '.repeat(7)}`
    .slice(0, 300)
    .trim()
  const longWord = 'Xãhộichủnghĩa'.repeat(5).slice(0, 60)
  const [first, second] = copy.delegates
  if (first) first.unit = longUnit
  if (second) second.position = `Chỉ huy trưởng ${longWord}`
  const words = Array.from(
    { length: 3000 },
    (_, index) =>
      ['quốc', 'phòng', 'an', 'ninh', 'phối', 'hợp', 'tuần', 'tra', 'biên', 'giới', `${index}`][index % 11]
  ).join(' ')
  copy.outlines[0]?.sections.push({
    id: 's-long',
    heading: 'Phần rất dài',
    text: words,
    figures: [],
    children: []
  })
  const award = copy.awards[0]
  if (award) award.achievement = `${longUnit} ${longWord}`
  return copy
}

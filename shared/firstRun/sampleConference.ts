import type { AgendaItem, ConferenceDocument, Delegate, Outline, OutlineSection } from '../model/conference'
import { CONFERENCE_FORMAT, CURRENT_SCHEMA_VERSION } from '../model/conference'
import { defaultAwardSettings, newAward, newDelegate, newVenue } from '../model/defaults'

/**
 * The conference "Mở hội nghị mẫu" opens on first run: an invented province (Thạch Lam) holding
 * its annual review of the coordination between the Military Command, the Police and the Border
 * Guard, with venues, 60 delegates, an agenda, a report outline, awards from two authorities and
 * filled-in document settings. Every name is invented. electron/samples/writeSamples.ts writes it
 * to resources/samples/; a test checks the committed file is exactly this.
 */
export const SAMPLE_ID = 'mau-tong-ket-2024'
const STAMP = '2024-12-01T08:00:00.000Z'

const VENUES = [
  newVenue('v-chinh', {
    name: 'Hội trường Bộ CHQS tỉnh Thạch Lam',
    place: 'Số 12 đường Trần Phú, thành phố Thạch Lam',
    isMain: true,
    expectedCount: 40,
    techContact: 'Đỗ Thị Hằng',
    techPhone: '0912 345 678',
    testTime: '14:00 ngày 25/12/2024'
  }),
  newVenue('v-bien-phong', {
    name: 'Đồn Biên phòng Cửa khẩu Quốc tế Cầu Ngòi',
    place: 'Xã Sơn Kim Ơn, huyện Hương Sơn Thượng',
    expectedCount: 8,
    techContact: 'Lưu Văn Khoẻ',
    techPhone: '0983 112 004',
    testTime: '14:30 ngày 25/12/2024'
  }),
  newVenue('v-cong-an', {
    name: 'Công an huyện Kỳ Ưng',
    place: 'Thị trấn Kỳ Đồng, huyện Kỳ Ưng',
    expectedCount: 6,
    techContact: 'Ông Thị Ấn',
    techPhone: '0904 221 339',
    testTime: '15:00 ngày 25/12/2024'
  }),
  newVenue('v-huyen', {
    name: 'UBND huyện Đắk Ơ Rê',
    place: 'Trụ sở UBND huyện Đắk Ơ Rê',
    expectedCount: 6,
    techContact: 'Y Bhă Niê',
    techPhone: '0935 778 120',
    testTime: '15:30 ngày 25/12/2024'
  })
]

type Seat = [
  name: string,
  rank: string,
  position: string,
  unit: string,
  venueId: string,
  role: Delegate['role']
]

/** The first seats are the leaders, in protocol order; the rest fill the four venues. */
const LEADERS: Seat[] = [
  [
    'Nguyễn Hữu Thắng',
    '',
    'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
    'UBND tỉnh Thạch Lam',
    'v-chinh',
    'chair'
  ],
  ['Trần Quốc Hưởng', 'Đại tá', 'Chỉ huy trưởng', 'Bộ CHQS tỉnh Thạch Lam', 'v-chinh', 'co-chair'],
  ['Lê Đình Quý', 'Đại tá', 'Giám đốc', 'Công an tỉnh Thạch Lam', 'v-chinh', 'co-chair'],
  ['Phạm Văn Ước', 'Đại tá', 'Chỉ huy trưởng', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'v-chinh', 'co-chair'],
  ['Ngô Nam Cường', 'Thiếu tướng', 'Phó Tư lệnh Quân khu', 'Bộ Tư lệnh Quân khu 4', 'v-chinh', 'guest'],
  ['Hoàng Thị Yến', '', 'Phó Chủ tịch HĐND tỉnh', 'HĐND tỉnh Thạch Lam', 'v-chinh', 'guest'],
  [
    'Đặng Xuân Ổn',
    'Thượng tá',
    'Đồn trưởng',
    'Đồn Biên phòng Cửa khẩu Quốc tế Cầu Ngòi',
    'v-bien-phong',
    'delegate'
  ],
  ['Vũ Thị Ánh', 'Trung tá', 'Trưởng Công an huyện', 'Công an huyện Kỳ Ưng', 'v-cong-an', 'delegate'],
  ['Y Bhă Niê', '', 'Phó Chủ tịch UBND huyện', 'UBND huyện Đắk Ơ Rê', 'v-huyen', 'delegate'],
  ['Bùi Thế Dũng', 'Thiếu tá', 'Thư ký hội nghị', 'Phòng Tham mưu, Bộ CHQS tỉnh', 'v-chinh', 'secretary']
]

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Dương',
  'Lý',
  'Đoàn',
  'Trịnh',
  'Âu',
  'Ưng',
  'Lương'
]
const MIDDLE = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Quốc',
  'Ngọc',
  'Xuân',
  'Trọng',
  'Hồng',
  'Tiến',
  'Thế',
  'Bảo',
  'Việt',
  'Khắc',
  'Ánh'
]
const GIVEN = [
  'Ân',
  'Vinh',
  'Sơn',
  'Đông',
  'Nghĩa',
  'Hùng',
  'Lợi',
  'Thủy',
  'Tuấn',
  'Phượng',
  'Dũng',
  'Ước',
  'Khải',
  'Ơn',
  'Hải',
  'Quỳnh',
  'Thắm',
  'Nhẫn',
  'Tỵ',
  'Huế',
  'Kỷ',
  'Ưởng',
  'Trường',
  'Luận',
  'Ngữ'
]
const RANKS = ['Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', '']
const POSTS: [string, string, string][] = [
  ['Trưởng phòng Tham mưu', 'Bộ CHQS tỉnh Thạch Lam', 'v-chinh'],
  ['Phó Trưởng phòng Chính trị', 'Bộ CHQS tỉnh Thạch Lam', 'v-chinh'],
  ['Trưởng phòng An ninh đối ngoại', 'Công an tỉnh Thạch Lam', 'v-chinh'],
  ['Phó Trưởng phòng Cảnh sát hình sự', 'Công an tỉnh Thạch Lam', 'v-chinh'],
  ['Chính trị viên', 'Đồn Biên phòng Cửa khẩu Quốc tế Cầu Ngòi', 'v-bien-phong'],
  ['Đội trưởng Đội vũ trang', 'Đồn Biên phòng Cửa khẩu Quốc tế Cầu Ngòi', 'v-bien-phong'],
  ['Phó Trưởng Công an huyện', 'Công an huyện Kỳ Ưng', 'v-cong-an'],
  ['Đội trưởng Đội An ninh', 'Công an huyện Kỳ Ưng', 'v-cong-an'],
  ['Chỉ huy trưởng Ban CHQS huyện', 'Ban CHQS huyện Đắk Ơ Rê', 'v-huyen'],
  ['Trưởng phòng Nội vụ', 'UBND huyện Đắk Ơ Rê', 'v-huyen']
]

function sampleDelegates(): Delegate[] {
  const seats: Seat[] = [...LEADERS]
  for (let index = 0; seats.length < 60; index++) {
    const name = `${FAMILY[index % FAMILY.length]} ${MIDDLE[(index * 7) % MIDDLE.length]} ${GIVEN[(index * 11) % GIVEN.length]}`
    const [position, unit, venueId] = POSTS[index % POSTS.length] ?? POSTS[0]!
    const rank = unit.startsWith('UBND') ? '' : (RANKS[index % RANKS.length] ?? '')
    seats.push([name, rank, position, unit, venueId, index % 9 === 4 ? 'reporter' : 'delegate'])
  }
  return seats.map(([name, rank, position, unit, venueId, role], index) =>
    newDelegate(`d${String(index + 1).padStart(2, '0')}`, {
      name,
      rank,
      position,
      unit,
      venueId,
      role,
      partyPosts: index === 0 ? 'Ủy viên Ban Thường vụ Tỉnh ủy' : '',
      attendance: index % 13 === 12 ? 'deputy' : index % 11 === 10 ? 'declined' : 'confirmed',
      deputyName: index % 13 === 12 ? 'Lã Thị Ngần' : '',
      phone: `09${String(12_000_000 + index * 37_113).padStart(8, '0')}`
    })
  )
}

function agenda(): AgendaItem[] {
  const item = (
    id: string,
    title: string,
    kind: AgendaItem['kind'],
    durationMin: number,
    presenterId: string | null,
    presenterText = '',
    venueId: string | null = 'v-chinh'
  ): AgendaItem => ({
    id,
    title,
    kind,
    durationMin,
    pinnedStart: null,
    presenterId,
    presenterText,
    venueId,
    notes: ''
  })
  const items = [
    item('a1', 'Đón tiếp đại biểu', 'reception', 30, null, 'Ban Tổ chức'),
    item('a2', 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', 'opening', 10, null, 'Người dẫn chương trình'),
    item('a3', 'Phát biểu khai mạc hội nghị', 'opening', 10, 'd01'),
    item(
      'a4',
      'Báo cáo tổng kết công tác phối hợp năm 2024, phương hướng nhiệm vụ năm 2025',
      'report',
      30,
      'd02'
    ),
    item(
      'a5',
      'Tham luận: Phối hợp tuần tra, kiểm soát khu vực cửa khẩu',
      'discussion',
      10,
      'd07',
      '',
      'v-bien-phong'
    ),
    item(
      'a6',
      'Tham luận: Giữ vững an ninh trật tự địa bàn nông thôn',
      'discussion',
      10,
      'd08',
      '',
      'v-cong-an'
    ),
    item('a7', 'Phát biểu chỉ đạo của Bộ Tư lệnh Quân khu 4', 'directing-speech', 15, 'd05'),
    item('a8', 'Công bố quyết định và trao khen thưởng', 'awards', 20, null, 'Ban Tổ chức'),
    item('a9', 'Phát biểu kết luận hội nghị', 'closing-speech', 15, 'd01'),
    item('a10', 'Bế mạc', 'closing', 5, null, 'Người dẫn chương trình')
  ]
  items[0] = { ...items[0]!, pinnedStart: '07:30' }
  return items
}

function section(
  id: string,
  heading: string,
  text: string,
  children: OutlineSection[] = [],
  figures: OutlineSection['figures'] = []
): OutlineSection {
  return { id, heading, text, figures, children }
}

function outline(): Outline {
  return {
    id: 'o1',
    title:
      'Báo cáo tổng kết công tác phối hợp giữa Bộ CHQS tỉnh, Công an tỉnh và Bộ đội Biên phòng tỉnh năm 2024',
    speakerId: 'd02',
    agendaItemId: 'a4',
    kind: 'report',
    allottedMin: 30,
    status: 'review',
    sections: [
      section('s1', 'Kết quả thực hiện', '', [
        section(
          's1-1',
          'Công tác nắm tình hình, tham mưu',
          'Ba lực lượng trao đổi thông tin thường xuyên, kịp thời tham mưu cho Tỉnh ủy, UBND tỉnh xử lý các vụ việc phức tạp, không để bị động, bất ngờ.',
          [],
          [
            { id: 'f1', label: 'Thông tin trao đổi', value: '207', unit: 'thông tin' },
            { id: 'f2', label: 'Cuộc tuần tra chung', value: '1.629', unit: 'cuộc' }
          ]
        ),
        section(
          's1-2',
          'Đấu tranh phòng, chống tội phạm',
          'Phối hợp triệt phá các đường dây buôn lậu, vận chuyển trái phép chất ma túy qua biên giới.',
          [
            section(
              's1-2-a',
              'Tội phạm ma túy',
              'Bắt giữ 48 vụ, 61 đối tượng; thu giữ 12,5 kg ma túy tổng hợp.'
            ),
            section(
              's1-2-b',
              'Buôn lậu, gian lận thương mại',
              'Phát hiện, xử lý 35 vụ; thu nộp ngân sách 2,3 tỷ đồng.'
            )
          ]
        )
      ]),
      section(
        's2',
        'Tồn tại, hạn chế và nguyên nhân',
        'Có lúc trao đổi thông tin còn chậm; lực lượng ở một số xã biên giới còn mỏng.'
      ),
      section(
        's3',
        'Phương hướng, nhiệm vụ năm 2025',
        'Tiếp tục thực hiện nghiêm Nghị định số 03/2019/NĐ-CP; tổ chức diễn tập phòng thủ khu vực cấp huyện.'
      )
    ]
  }
}

function awards() {
  const people: [string, string, string, string, string][] = [
    [
      'd11',
      'Thượng tá',
      'Trưởng phòng Tham mưu',
      'Bộ CHQS tỉnh Thạch Lam',
      'Có thành tích xuất sắc trong công tác phối hợp bảo vệ an ninh biên giới năm 2024'
    ],
    [
      'd13',
      'Thiếu tá',
      'Trưởng phòng An ninh đối ngoại',
      'Công an tỉnh Thạch Lam',
      'Có thành tích xuất sắc trong đấu tranh phòng, chống tội phạm ma túy'
    ],
    [
      'd15',
      'Thượng úy',
      'Chính trị viên',
      'Đồn Biên phòng Cửa khẩu Quốc tế Cầu Ngòi',
      'Hoàn thành xuất sắc nhiệm vụ tuần tra, kiểm soát khu vực cửa khẩu'
    ]
  ]
  const delegates = sampleDelegates()
  const ubnd = people.map(([delegateId, rank, position, unit, achievement], index) =>
    newAward(`aw${index + 1}`, {
      category: 'form',
      form: 'Bằng khen',
      authority: 'Ủy ban nhân dân tỉnh Thạch Lam',
      authorityTitle: 'Chủ tịch UBND tỉnh',
      decisionNumber: '2418/QĐ-UBND',
      decisionDate: '2024-12-20',
      recipientType: 'individual',
      recipient: delegates.find((delegate) => delegate.id === delegateId)?.name ?? '',
      rank,
      position,
      unit,
      delegateId,
      achievement,
      presenterId: 'd01'
    })
  )
  const collectives = [
    'Đồn Biên phòng Cửa khẩu Quốc tế Cầu Ngòi',
    'Công an huyện Kỳ Ưng',
    'Ban CHQS huyện Đắk Ơ Rê'
  ].map((recipient, index) =>
    newAward(`aw${index + 4}`, {
      category: 'form',
      form: index === 0 ? 'Bằng khen' : 'Giấy khen',
      authority: index === 0 ? 'Ủy ban nhân dân tỉnh Thạch Lam' : 'Bộ Chỉ huy Quân sự tỉnh Thạch Lam',
      authorityTitle: index === 0 ? 'Chủ tịch UBND tỉnh' : 'Chỉ huy trưởng Bộ CHQS tỉnh',
      decisionNumber: index === 0 ? '2418/QĐ-UBND' : '915/QĐ-BCH',
      decisionDate: index === 0 ? '2024-12-20' : '2024-12-18',
      recipientType: 'collective',
      recipient,
      achievement: 'Đã có thành tích xuất sắc trong thực hiện Nghị định số 03/2019/NĐ-CP năm 2024',
      presenterId: index === 0 ? 'd01' : 'd02'
    })
  )
  const individualsBch = [
    ['d21', 'Đại úy', 'Đội trưởng Đội vũ trang', 'Đồn Biên phòng Cửa khẩu Quốc tế Cầu Ngòi'],
    ['d27', 'Trung úy', 'Chỉ huy trưởng Ban CHQS huyện', 'Ban CHQS huyện Đắk Ơ Rê']
  ].map(([delegateId, rank, position, unit], index) =>
    newAward(`aw${index + 7}`, {
      category: 'form',
      form: 'Giấy khen',
      authority: 'Bộ Chỉ huy Quân sự tỉnh Thạch Lam',
      authorityTitle: 'Chỉ huy trưởng Bộ CHQS tỉnh',
      decisionNumber: '915/QĐ-BCH',
      decisionDate: '2024-12-18',
      recipientType: 'individual',
      recipient: delegates.find((delegate) => delegate.id === delegateId)?.name ?? '',
      rank: rank ?? '',
      position: position ?? '',
      unit: unit ?? '',
      delegateId: delegateId ?? null,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ huấn luyện, sẵn sàng chiến đấu năm 2024',
      presenterId: 'd02'
    })
  )
  return [...ubnd, ...collectives, ...individualsBch]
}

export function sampleConference(): ConferenceDocument {
  const venues = VENUES.map((venue) => ({ ...venue }))
  const chairs: Record<string, string> = {
    'v-chinh': 'd01',
    'v-bien-phong': 'd07',
    'v-cong-an': 'd08',
    'v-huyen': 'd09'
  }
  for (const venue of venues) venue.chairId = chairs[venue.id] ?? null
  return {
    format: CONFERENCE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: SAMPLE_ID,
    createdAt: STAMP,
    updatedAt: STAMP,
    conference: {
      title:
        'Hội nghị tổng kết công tác phối hợp giữa Bộ CHQS tỉnh, Công an tỉnh và Bộ đội Biên phòng tỉnh Thạch Lam năm 2024 (mẫu)',
      kind: 'annual',
      legalBasis: 'Nghị định số 03/2019/NĐ-CP ngày 05/9/2019 của Chính phủ',
      organiser: 'Ủy ban nhân dân tỉnh Thạch Lam',
      date: '2024-12-26',
      startTime: '07:30',
      endTime: '11:30',
      place: 'Hội trường Bộ CHQS tỉnh Thạch Lam',
      period: 'năm 2024',
      mode: 'video'
    },
    venues,
    delegates: sampleDelegates(),
    agenda: agenda(),
    outlines: [outline()],
    awards: awards(),
    awardSettings: defaultAwardSettings(),
    documents: {
      governingBody: 'UBND TỈNH THẠCH LAM',
      issuingBody: 'BỘ CHỈ HUY QUÂN SỰ TỈNH',
      place: 'Thạch Lam',
      signerTitle: 'KT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG',
      signerName: 'Thượng tá Hồ Sỹ Lộc',
      recipients: [
        'Bộ Tư lệnh Quân khu 4 (để b/c)',
        'Thường trực Tỉnh ủy, UBND tỉnh (để b/c)',
        'Công an tỉnh, BCH BĐBP tỉnh',
        'Lưu: VT, TM.'
      ],
      agendaNumber: '15',
      issuerCode: 'BCH',
      nameCardUnitLine: true,
      labelLang: 'vi',
      venueSheets: 'per-file',
      scriptEdits: {}
    }
  }
}

/** The example row of the import template ("Tải tệp Excel mẫu"), keyed by import field. */
export const SAMPLE_IMPORT_ROW: Record<string, string> = {
  name: 'Nguyễn Thị Hương Giang',
  honorific: 'Bà',
  rank: 'Trung tá',
  position: 'Phó Trưởng phòng Tham mưu',
  partyPosts: 'Đảng ủy viên',
  unit: 'Bộ CHQS tỉnh Thạch Lam',
  venue: 'Hội trường Bộ CHQS tỉnh Thạch Lam',
  role: 'đại biểu',
  attendance: 'đã xác nhận',
  deputyName: '',
  phone: '0912 345 678',
  notes: 'Ngồi hàng ghế thứ hai'
}

import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { parseRole } from '../../shared/delegates/roleLabels'
import type {
  AgendaItem,
  AgendaKind,
  Award,
  ConferenceDocument,
  Delegate,
  Outline,
  Venue
} from '../../shared/model/conference'
import { newConferenceDocument, newDelegate, newVenue } from '../../shared/model/defaults'
import {
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  POSITIONS,
  PROVINCES,
  RANKS
} from '../support/vietnameseSamples'
import { SAMPLES_DIR } from '../fixtures/samples/samplePaths'

const SAMPLES = SAMPLES_DIR

function readCsv(name: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(`${SAMPLES}/${name}`, 'utf8'), {
    header: true,
    skipEmptyLines: true
  })
  return parsed.data.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key.normalize('NFC'), (value ?? '').normalize('NFC').trim()])
    )
  )
}

function settings(doc: ConferenceDocument): void {
  doc.documents = {
    ...doc.documents,
    governingBody: 'UBND tỉnh Hà Tĩnh',
    issuingBody: 'Bộ Chỉ huy Quân sự tỉnh',
    place: 'Hà Tĩnh',
    signerTitle: 'Chỉ huy trưởng',
    signerName: 'Đại tá Nguyễn Xuân Thắng',
    recipients: [
      'Bộ Tư lệnh Quân khu 4 (để b/c)',
      'Thường trực Tỉnh ủy, HĐND, UBND tỉnh',
      'Công an tỉnh, BĐBP tỉnh',
      'Các đơn vị, địa phương'
    ]
  }
}

const KIND_BY_TITLE: [RegExp, AgendaKind][] = [
  [/^Đón tiếp/u, 'reception'],
  [/^Tuyên bố lý do/u, 'opening'],
  [/^Báo cáo/u, 'report'],
  [/^Tham luận/u, 'discussion'],
  [/^Phát biểu kết luận/u, 'closing-speech'],
  [/^Phát biểu/u, 'directing-speech'],
  [/^Trao/u, 'awards'],
  [/^Bế mạc/u, 'closing']
]

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

/** Hội nghị tổng kết công tác QP - AN năm 2023 of Hà Tĩnh, from the sample files, with four venues. */
export function buildHaTinhConference(): ConferenceDocument {
  const doc = newConferenceDocument(
    'ha-tinh-2023',
    {
      title: 'Hội nghị tổng kết công tác phối hợp theo Nghị định số 03/2019/NĐ-CP',
      kind: 'annual',
      legalBasis: 'Nghị định số 03/2019/NĐ-CP ngày 05/9/2019 của Chính phủ',
      organiser: 'Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh',
      date: '2023-12-26',
      startTime: '14:00',
      endTime: '17:00',
      place: 'Hội trường UBND tỉnh',
      period: 'năm 2023',
      mode: 'video'
    },
    new Date('2023-12-01T00:00:00Z')
  )
  settings(doc)
  const venues: Venue[] = [
    newVenue('v-main', {
      name: 'Hội trường UBND tỉnh',
      place: 'Thành phố Hà Tĩnh',
      isMain: true,
      expectedCount: 120,
      techContact: 'Trần Văn Đức',
      techPhone: '0912 345 678',
      testTime: '14:00 ngày 25/12/2023'
    }),
    newVenue('v-ky-anh', {
      name: 'Huyện Kỳ Anh',
      place: 'Kỳ Anh',
      expectedCount: 35,
      techContact: 'Lê Thị Hằng',
      techPhone: '0987 111 222',
      testTime: '15:00 ngày 25/12/2023'
    }),
    newVenue('v-huong-khe', {
      name: 'Huyện Hương Khê',
      place: 'Hương Khê',
      expectedCount: 30,
      techContact: 'Nguyễn Hữu Phước',
      techPhone: '0904 555 666',
      testTime: '15:30 ngày 25/12/2023'
    }),
    newVenue('v-nghe-an', {
      name: 'Nghệ An',
      place: 'Quân khu 4, TP Vinh',
      expectedCount: 25,
      techContact: 'Phạm Quốc Việt',
      techPhone: '0238 3844 123',
      testTime: '16:00 ngày 25/12/2023'
    })
  ]
  const venueByUnit: Record<string, string> = {
    'Ban CHQS huyện Kỳ Anh': 'v-ky-anh',
    'Công an huyện Hương Khê': 'v-huong-khe',
    'Quân khu 4': 'v-nghe-an'
  }
  doc.delegates = readCsv('ha-tinh-2023-dai-bieu.csv').map((row, index) =>
    newDelegate(`d${index + 1}`, {
      name: row['Họ và tên'] ?? '',
      rank: row['Cấp bậc'] ?? '',
      position: row['Chức vụ'] ?? '',
      unit: row['Đơn vị'] ?? '',
      role: parseRole(row['Vai trò'] ?? '') ?? 'delegate',
      attendance: 'confirmed',
      venueId: venueByUnit[row['Đơn vị'] ?? ''] ?? 'v-main',
      notes: row['Ghi chú'] ?? ''
    })
  )
  const main = venues[0]
  if (main) main.chairId = 'd1'
  doc.venues = venues
  const byName = (name: string) => doc.delegates.find((delegate) => delegate.name === name)?.id ?? null

  const rows = readCsv('ha-tinh-2023-chuong-trinh.csv')
  doc.agenda = rows.map((row, index): AgendaItem => {
    const title = row['Nội dung'] ?? ''
    const next = rows[index + 1]
    const duration = next ? minutes(next['Thời gian'] ?? '') - minutes(row['Thời gian'] ?? '') : 15
    const kind = KIND_BY_TITLE.find(([pattern]) => pattern.test(title))?.[1] ?? 'other'
    return {
      id: `a${index + 1}`,
      title,
      kind,
      durationMin: duration,
      pinnedStart: index === 0 ? (row['Thời gian'] ?? null) : null,
      presenterId:
        kind === 'report'
          ? byName('Nguyễn Xuân Thắng')
          : kind === 'directing-speech'
            ? byName('Ngô Nam Cường')
            : kind === 'closing-speech'
              ? byName('Võ Trọng Hải')
              : null,
      presenterText: row['Người thực hiện'] ?? '',
      venueId: kind === 'discussion' ? 'v-ky-anh' : kind === 'directing-speech' ? 'v-nghe-an' : null,
      notes: ''
    }
  })

  doc.awards = readCsv('ha-tinh-2023-khen-thuong.csv').map((row, index): Award => {
    const form = row['Hình thức'] ?? ''
    const authority = row['Cấp khen'] ?? ''
    const fromProvince = authority.startsWith('UBND')
    return {
      id: `aw${index + 1}`,
      category: form.startsWith('Cờ') ? 'title' : 'form',
      form,
      authority,
      authorityTitle: '',
      decisionNumber: row['Số quyết định'] || (fromProvince ? '3456/QĐ-UBND' : '789/QĐ-BTL'),
      decisionDate: fromProvince ? '2023-12-20' : '2023-12-18',
      recipientType: row['Đối tượng'] === 'Cá nhân' ? 'individual' : 'collective',
      recipient: row['Tên tập thể/cá nhân'] ?? '',
      rank: row['Cấp bậc'] ?? '',
      position: row['Chức vụ'] ?? '',
      unit: row['Đơn vị'] ?? '',
      delegateId: null,
      achievement: row['Thành tích'] ?? '',
      presenterId: null,
      presenterText: row['Người trao'] ?? '',
      stageGroup: null,
      notes: ''
    }
  })
  doc.awards.push({
    id: 'aw-individual',
    category: 'form',
    form: 'Bằng khen',
    authority: 'UBND tỉnh Hà Tĩnh',
    authorityTitle: '',
    decisionNumber: '3457/QĐ-UBND',
    decisionDate: '2023-12-20',
    recipientType: 'individual',
    recipient: 'Đinh Hồng Ơn',
    rank: 'Đại úy',
    position: 'Chỉ huy trưởng',
    unit: 'Ban CHQS huyện Lộc Hà',
    delegateId: 'd16',
    achievement:
      'Có thành tích xuất sắc trong phối hợp đấu tranh phòng, chống tội phạm, giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn năm 2023',
    presenterId: byName('Võ Trọng Hải'),
    presenterText: '',
    stageGroup: null,
    notes: 'Đợt 2'
  })
  doc.outlines = [sampleOutline()]
  return doc
}

export function sampleOutline(): Outline {
  return {
    id: 'o1',
    title: 'Báo cáo tổng kết công tác phối hợp giữa Quân đội và Công an năm 2023',
    speakerId: 'd2',
    agendaItemId: null,
    kind: 'report',
    allottedMin: 35,
    status: 'approved',
    sections: [
      {
        id: 's1',
        heading: 'Kết quả thực hiện',
        text: 'Năm 2023, lực lượng Quân đội, Công an và Bộ đội Biên phòng tỉnh đã chủ động nắm chắc tình hình, kịp thời tham mưu với Tỉnh ủy, UBND tỉnh nhiều chủ trương, giải pháp quan trọng trên các lĩnh vực quốc phòng, an ninh; phối hợp chặt chẽ trong công tác bảo vệ an ninh chính trị, trật tự an toàn xã hội.',
        figures: [],
        children: [
          {
            id: 's1-1',
            heading: 'Công tác phối hợp đấu tranh phòng, chống tội phạm',
            text: 'Phối hợp mở các đợt cao điểm tấn công trấn áp tội phạm, bắt giữ, xử lý nhiều vụ việc, đối tượng vi phạm pháp luật; trao đổi thông tin kịp thời giữa các lực lượng.\nCông tác tuần tra, kiểm soát trên tuyến biên giới, vùng biển được duy trì thường xuyên.',
            figures: [
              {
                id: 'f1',
                label: 'Phối hợp phát hiện, bắt giữ tội phạm ma túy',
                value: '200 vụ/226 đối tượng',
                unit: ''
              },
              { id: 'f2', label: 'Trao đổi thông tin về an ninh, trật tự', value: '207', unit: 'thông tin' },
              {
                id: 'f3',
                label: 'Tuần tra, kiểm soát trên tuyến biên giới, vùng biển',
                value: '20.629',
                unit: 'cuộc tuần tra'
              }
            ],
            children: [
              {
                id: 's1-1-a',
                heading: 'Trên tuyến biên giới',
                text: 'Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, tuần tra song phương với lực lượng bảo vệ biên giới nước bạn Lào.',
                figures: [],
                children: []
              }
            ]
          }
        ]
      },
      {
        id: 's2',
        heading: 'Tồn tại, hạn chế và nguyên nhân',
        text: 'Công tác nắm tình hình ở một số địa bàn có lúc chưa kịp thời; việc trao đổi thông tin giữa một số đơn vị cơ sở còn chậm.',
        figures: [],
        children: []
      },
      {
        id: 's3',
        heading: 'Nhiệm vụ năm 2024',
        text: 'Tiếp tục quán triệt, thực hiện nghiêm Nghị định số 03/2019/NĐ-CP; nâng cao chất lượng phối hợp, giữ vững ổn định chính trị, trật tự an toàn xã hội.',
        figures: [],
        children: []
      }
    ]
  }
}

/** Unit kinds; the venue's province completes each name. */
const UNIT_KINDS = [
  'Bộ CHQS tỉnh',
  'Công an tỉnh',
  'BĐBP tỉnh',
  'Ban CHQS huyện miền núi',
  'Đồn Biên phòng Cửa khẩu quốc tế',
  'Văn phòng UBND tỉnh',
  'Sở Nội vụ'
]

/** A deterministic large conference: `delegateCount` delegates over `venueCount` venues, names with every kind of diacritic. */
export function buildLongConference(delegateCount: number, venueCount: number): ConferenceDocument {
  const doc = newConferenceDocument(
    'hoi-nghi-toan-quoc',
    {
      title: 'Hội nghị trực tuyến toàn quốc tổng kết 5 năm thực hiện Nghị định số 03/2019/NĐ-CP',
      kind: 'national-online',
      organiser: 'Bộ Quốc phòng và Bộ Công an',
      date: '2024-03-09',
      startTime: '08:00',
      place: 'Hà Nội',
      period: 'giai đoạn 2019 - 2024',
      mode: 'video'
    },
    new Date('2024-02-01T00:00:00Z')
  )
  settings(doc)
  doc.venues = Array.from({ length: venueCount }, (_, index) => {
    const province = PROVINCES[index % PROVINCES.length] ?? ''
    const round = Math.floor(index / PROVINCES.length)
    return newVenue(`v${index + 1}`, {
      name:
        index === 0 ? 'Hội trường Bộ Quốc phòng' : `Điểm cầu ${province}${round > 0 ? ` ${round + 1}` : ''}`,
      isMain: index === 0,
      expectedCount: 0,
      techContact: `${FAMILY_NAMES[index % FAMILY_NAMES.length]} Văn ${GIVEN_NAMES[index % GIVEN_NAMES.length]}`,
      techPhone: `09${String(10000000 + index * 7919).slice(0, 8)}`,
      testTime: `14:${String(index % 60).padStart(2, '0')} ngày 08/3/2024`
    })
  })
  doc.delegates = Array.from({ length: delegateCount }, (_, index) => {
    const venueIndex = Math.floor((index * venueCount) / delegateCount)
    const province = PROVINCES[venueIndex % PROVINCES.length] ?? ''
    const venue = doc.venues[venueIndex]
    if (venue) venue.expectedCount = (venue.expectedCount ?? 0) + 1
    const name = `${FAMILY_NAMES[index % FAMILY_NAMES.length]} ${MIDDLE_NAMES[(index * 7) % MIDDLE_NAMES.length]} ${GIVEN_NAMES[(index * 11) % GIVEN_NAMES.length]}`
    return newDelegate(`d${index + 1}`, {
      name,
      rank: RANKS[index % RANKS.length] ?? '',
      position: POSITIONS[(index * 3) % POSITIONS.length] ?? '',
      unit: `${UNIT_KINDS[index % UNIT_KINDS.length]} ${province}`,
      venueId: venue?.id ?? null,
      role: index === 0 ? 'chair' : index < 4 ? 'co-chair' : 'delegate',
      attendance: 'confirmed'
    })
  })
  return doc
}

export type { Delegate }

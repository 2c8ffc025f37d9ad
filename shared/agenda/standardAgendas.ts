import type { AgendaItem, AgendaKind, ConferenceInfo } from '../model/conference'

type Step = readonly [kind: AgendaKind, title: string, durationMin: number]

/**
 * Standard programmes. Durations follow real conferences: the Hà Tĩnh 2023 annual review
 * (ha-tinh-2023-chuong-trinh.csv) ran reception 15, opening 10, report 35, discussions 40,
 * directing speech 20, awards 20, conclusion 25 minutes. Presenters are left empty on purpose, so
 * the agenda warns until the clerk names them. Chào cờ is 'other': the MC leads it, no speaker.
 */
const PROGRAMMES: Record<ConferenceInfo['kind'], readonly Step[]> = {
  annual: [
    ['reception', 'Đón tiếp đại biểu', 15],
    ['other', 'Chào cờ', 5],
    ['opening', 'Tuyên bố lý do, giới thiệu đại biểu', 10],
    ['report', 'Báo cáo tổng kết công tác phối hợp năm và phương hướng, nhiệm vụ năm tới', 35],
    ['discussion', 'Tham luận của các đơn vị', 40],
    ['directing-speech', 'Phát biểu chỉ đạo của lãnh đạo cấp trên', 20],
    ['awards', 'Trao thưởng cho các tập thể, cá nhân có thành tích xuất sắc', 20],
    ['closing-speech', 'Phát biểu kết luận hội nghị', 25],
    ['closing', 'Bế mạc', 5]
  ],
  'half-year': [
    ['reception', 'Đón tiếp đại biểu', 15],
    ['other', 'Chào cờ', 5],
    ['opening', 'Tuyên bố lý do, giới thiệu đại biểu', 10],
    ['report', 'Báo cáo sơ kết công tác phối hợp 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm', 30],
    ['discussion', 'Tham luận của các đơn vị', 30],
    ['directing-speech', 'Phát biểu chỉ đạo của lãnh đạo cấp trên', 15],
    ['closing-speech', 'Phát biểu kết luận hội nghị', 20],
    ['closing', 'Bế mạc', 5]
  ],
  quarterly: [
    ['reception', 'Đón tiếp đại biểu', 10],
    ['opening', 'Tuyên bố lý do, giới thiệu đại biểu', 5],
    ['report', 'Báo cáo kết quả công tác phối hợp trong quý, nhiệm vụ quý tới', 20],
    ['discussion', 'Ý kiến của các đơn vị', 30],
    ['closing-speech', 'Phát biểu kết luận giao ban', 15],
    ['closing', 'Bế mạc', 5]
  ],
  'national-online': [
    ['reception', 'Đón tiếp đại biểu, kiểm tra kết nối các điểm cầu', 15],
    ['other', 'Chào cờ', 5],
    ['opening', 'Tuyên bố lý do, giới thiệu đại biểu tại các điểm cầu', 10],
    ['report', 'Báo cáo tổng kết công tác phối hợp và phương hướng, nhiệm vụ thời gian tới', 30],
    ['discussion', 'Tham luận tại các điểm cầu', 45],
    ['directing-speech', 'Phát biểu chỉ đạo', 25],
    ['awards', 'Trao thưởng cho các tập thể, cá nhân có thành tích xuất sắc', 15],
    ['closing-speech', 'Phát biểu kết luận hội nghị', 20],
    ['closing', 'Bế mạc', 5]
  ],
  other: [
    ['reception', 'Đón tiếp đại biểu', 15],
    ['opening', 'Tuyên bố lý do, giới thiệu đại biểu', 10],
    ['report', 'Báo cáo', 30],
    ['discussion', 'Tham luận của các đơn vị', 30],
    ['closing-speech', 'Phát biểu kết luận hội nghị', 20],
    ['closing', 'Bế mạc', 5]
  ]
}

/** A fresh standard programme for a kind of conference; every item gets a new id. */
export function standardAgenda(kind: ConferenceInfo['kind'], newId: () => string): AgendaItem[] {
  return PROGRAMMES[kind].map(([itemKind, title, durationMin]) => ({
    id: newId(),
    title,
    kind: itemKind,
    durationMin,
    pinnedStart: null,
    presenterId: null,
    presenterText: '',
    venueId: null,
    notes: ''
  }))
}

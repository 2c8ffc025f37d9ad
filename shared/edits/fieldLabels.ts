/** What the clerk sees each stored field called, per kind of record, in both interface languages. */
export type EditLang = 'vi' | 'en'

type Labels = Record<string, readonly [vi: string, en: string]>

export const FIELD_LABELS = {
  conference: {
    title: ['Tên hội nghị', 'Title'],
    kind: ['Loại hội nghị', 'Kind'],
    legalBasis: ['Căn cứ', 'Legal basis'],
    organiser: ['Cơ quan tổ chức', 'Organiser'],
    date: ['Ngày', 'Date'],
    startTime: ['Giờ bắt đầu', 'Start time'],
    endTime: ['Giờ kết thúc', 'End time'],
    place: ['Địa điểm', 'Place'],
    period: ['Kỳ tổng kết', 'Period'],
    mode: ['Hình thức', 'Format']
  },
  venue: {
    name: ['Tên điểm cầu', 'Venue name'],
    place: ['Địa điểm', 'Place'],
    chairId: ['Người chủ trì tại điểm cầu', 'Chair at the venue'],
    expectedCount: ['Số đại biểu dự kiến', 'Expected attendance'],
    techContact: ['Cán bộ kỹ thuật', 'Technical contact'],
    techPhone: ['Điện thoại kỹ thuật', 'Technical phone'],
    testTime: ['Giờ kiểm tra kết nối', 'Connection test'],
    notes: ['Ghi chú', 'Notes']
  },
  delegate: {
    name: ['Họ và tên', 'Full name'],
    honorific: ['Danh xưng', 'Honorific'],
    rank: ['Cấp bậc', 'Rank'],
    position: ['Chức vụ', 'Position'],
    partyPosts: ['Chức vụ Đảng', 'Party posts'],
    unit: ['Đơn vị', 'Unit'],
    venueId: ['Điểm cầu', 'Venue'],
    role: ['Vai trò', 'Role'],
    attendance: ['Tham dự', 'Attendance'],
    deputyName: ['Người dự thay', 'Deputy'],
    phone: ['Điện thoại', 'Phone'],
    notes: ['Ghi chú', 'Notes']
  },
  agenda: {
    title: ['Nội dung', 'Item'],
    kind: ['Loại', 'Kind'],
    durationMin: ['Thời lượng (phút)', 'Duration (min)'],
    pinnedStart: ['Giờ cố định', 'Fixed start'],
    presenterId: ['Người trình bày', 'Presenter'],
    presenterText: ['Người trình bày', 'Presenter'],
    venueId: ['Điểm cầu', 'Venue'],
    notes: ['Ghi chú', 'Notes']
  },
  outline: {
    title: ['Tên đề cương', 'Outline title'],
    speakerId: ['Người trình bày', 'Speaker'],
    agendaItemId: ['Mục chương trình', 'Agenda item'],
    kind: ['Loại', 'Kind'],
    allottedMin: ['Thời gian (phút)', 'Allotted (min)'],
    status: ['Trạng thái', 'Status'],
    sections: ['Các mục', 'Sections']
  },
  section: {
    heading: ['Tiêu đề mục', 'Section heading'],
    text: ['Nội dung mục', 'Section text'],
    figures: ['Số liệu', 'Key figures'],
    children: ['Mục con', 'Subsections']
  },
  figure: {
    label: ['Tên số liệu', 'Figure label'],
    value: ['Giá trị', 'Value'],
    unit: ['Đơn vị tính', 'Unit']
  },
  award: {
    form: ['Hình thức', 'Form'],
    authority: ['Cấp khen', 'Authority'],
    authorityTitle: ['Chức danh người ký', 'Signer title'],
    decisionNumber: ['Số quyết định', 'Decision number'],
    decisionDate: ['Ngày quyết định', 'Decision date'],
    recipient: ['Người / tập thể được khen', 'Recipient'],
    rank: ['Cấp bậc', 'Rank'],
    position: ['Chức vụ', 'Position'],
    unit: ['Đơn vị', 'Unit'],
    achievement: ['Thành tích', 'Achievement'],
    presenterText: ['Người trao', 'Presenter'],
    stageGroup: ['Đợt trao', 'Stage group'],
    notes: ['Ghi chú', 'Notes']
  },
  documents: {
    governingBody: ['Cơ quan chủ quản', 'Governing body'],
    issuingBody: ['Cơ quan ban hành', 'Issuing body'],
    place: ['Địa danh', 'Place'],
    signerTitle: ['Chức danh người ký', 'Signer title'],
    signerName: ['Người ký', 'Signer'],
    recipients: ['Nơi nhận', 'Recipients'],
    agendaNumber: ['Số văn bản', 'Document number'],
    issuerCode: ['Ký hiệu cơ quan', 'Issuer code'],
    scriptEdits: ['Lời dẫn đã sửa', 'Edited script']
  },
  awardSettings: {
    groupSize: ['Số người mỗi đợt', 'Group size'],
    titles: ['Danh hiệu', 'Titles'],
    forms: ['Hình thức', 'Forms']
  }
} as const satisfies Record<string, Labels>

export type RecordKind = keyof typeof FIELD_LABELS

export function fieldLabel(kind: RecordKind, field: string, lang: EditLang): string {
  const labels: Labels = FIELD_LABELS[kind]
  const pair = labels[field]
  return pair ? pair[lang === 'en' ? 1 : 0] : field
}

/** Fixed words printed on documents; the clerk's own text is never translated. */
export type DocumentLang = 'vi' | 'en'

export interface DocumentLabels {
  nationalTitle: string
  motto: string
  numberPrefix: string
  page: string
  recipients: string
  archive: string
  agendaTitle: string
  delegatesTitle: string
  venueSheetTitle: string
  venueSheetsTitle: string
  venuesTitle: string
  outlineTitle: string
  awardsTitle: string
  ceremonyTitle: string
  scriptTitle: string
  nameCardsTitle: string
  columns: {
    no: string
    time: string
    item: string
    presenter: string
    venue: string
    name: string
    rank: string
    position: string
    unit: string
    signature: string
    chair: string
    headcount: string
    techContact: string
    phone: string
    testTime: string
    recipient: string
    rankPosition: string
    achievement: string
    notes: string
    content: string
    words: string
    actor: string
    figure: string
    value: string
    group: string
    presenterAward: string
    recipients: string
  }
  total: string
  mainVenue: string
  venueHeading: string
  noVenue: string
  keyFigures: string
  decision: string
  collectives: string
  individuals: string
  stageGroup: string
  mc: string
  unitsCount: (n: number) => string
}

const vi: DocumentLabels = {
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  numberPrefix: 'Số',
  page: 'Trang',
  recipients: 'Nơi nhận:',
  archive: 'Lưu: VT.',
  agendaTitle: 'CHƯƠNG TRÌNH',
  delegatesTitle: 'DANH SÁCH ĐẠI BIỂU',
  venueSheetTitle: 'DANH SÁCH ĐẠI BIỂU TẠI ĐIỂM CẦU',
  venueSheetsTitle: 'DANH SÁCH ĐẠI BIỂU THEO ĐIỂM CẦU',
  venuesTitle: 'DANH SÁCH ĐIỂM CẦU',
  outlineTitle: 'ĐỀ CƯƠNG',
  awardsTitle: 'DANH SÁCH KHEN THƯỞNG',
  ceremonyTitle: 'THỨ TỰ TRAO THƯỞNG',
  scriptTitle: 'KỊCH BẢN ĐIỀU HÀNH',
  nameCardsTitle: 'BIỂN TÊN',
  columns: {
    no: 'STT',
    time: 'Thời gian',
    item: 'Nội dung',
    presenter: 'Người thực hiện',
    venue: 'Điểm cầu',
    name: 'Họ và tên',
    rank: 'Cấp bậc',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    signature: 'Ký tên',
    chair: 'Chủ trì',
    headcount: 'Số đại biểu',
    techContact: 'Cán bộ kỹ thuật',
    phone: 'Điện thoại',
    testTime: 'Thời gian kiểm tra',
    recipient: 'Họ tên / Tên tập thể',
    rankPosition: 'Cấp bậc, chức vụ',
    achievement: 'Thành tích',
    notes: 'Ghi chú',
    content: 'Nội dung',
    words: 'Lời dẫn',
    actor: 'Người thực hiện',
    figure: 'Chỉ tiêu',
    value: 'Kết quả',
    group: 'Đợt',
    presenterAward: 'Người trao',
    recipients: 'Tập thể, cá nhân nhận'
  },
  total: 'Tổng cộng',
  mainVenue: 'điểm cầu chính',
  venueHeading: 'Điểm cầu',
  noVenue: 'Chưa xếp điểm cầu',
  keyFigures: 'Số liệu chính',
  decision: 'Quyết định số',
  collectives: 'Tập thể',
  individuals: 'Cá nhân',
  stageGroup: 'Đợt',
  mc: 'Người dẫn chương trình',
  unitsCount: (n) => `${n} điểm cầu`
}

const en: DocumentLabels = {
  nationalTitle: 'SOCIALIST REPUBLIC OF VIET NAM',
  motto: 'Independence - Freedom - Happiness',
  numberPrefix: 'No.',
  page: 'Page',
  recipients: 'Recipients:',
  archive: 'Archive: Records.',
  agendaTitle: 'PROGRAMME',
  delegatesTitle: 'LIST OF DELEGATES',
  venueSheetTitle: 'DELEGATES AT VENUE',
  venueSheetsTitle: 'DELEGATES BY VENUE',
  venuesTitle: 'LIST OF VENUES',
  outlineTitle: 'OUTLINE',
  awardsTitle: 'LIST OF AWARDS',
  ceremonyTitle: 'AWARD CEREMONY ORDER',
  scriptTitle: 'RUNNING SCRIPT',
  nameCardsTitle: 'NAME CARDS',
  columns: {
    no: 'No.',
    time: 'Time',
    item: 'Item',
    presenter: 'Presented by',
    venue: 'Venue',
    name: 'Full name',
    rank: 'Rank',
    position: 'Position',
    unit: 'Unit',
    signature: 'Signature',
    chair: 'Chair',
    headcount: 'Attendees',
    techContact: 'Technical contact',
    phone: 'Phone',
    testTime: 'Connection test',
    recipient: 'Name / Collective',
    rankPosition: 'Rank, position',
    achievement: 'Achievement',
    notes: 'Notes',
    content: 'Item',
    words: 'MC words',
    actor: 'Performed by',
    figure: 'Indicator',
    value: 'Result',
    group: 'Group',
    presenterAward: 'Presented by',
    recipients: 'Recipients'
  },
  total: 'Total',
  mainVenue: 'main venue',
  venueHeading: 'Venue',
  noVenue: 'No venue assigned',
  keyFigures: 'Key figures',
  decision: 'Decision No.',
  collectives: 'Collectives',
  individuals: 'Individuals',
  stageGroup: 'Group',
  mc: 'Master of ceremonies',
  unitsCount: (n) => `${n} venues`
}

export function documentLabels(lang: DocumentLang): DocumentLabels {
  return lang === 'en' ? en : vi
}

import type { ConferenceDocument } from '../model/conference'

export const boardFilters = ['all', 'not-returned', 'no-chair', 'over-count'] as const
export type BoardFilter = (typeof boardFilters)[number]

export const BOARD_FILTER_LABELS: Record<BoardFilter, string> = {
  all: 'Tất cả',
  'not-returned': 'Chưa gửi lại',
  'no-chair': 'Thiếu chủ trì',
  'over-count': 'Vượt số lượng'
}

export interface BoardRow {
  venueId: string
  position: number
  name: string
  isMain: boolean
  templateAt: string
  replyFile: string
  replyAt: string
  named: number
  expected: number | null
  /** The venue's chair is set, or someone on its list has the role "Chủ trì". */
  chairNamed: boolean
  techFilled: boolean
  testTimeFilled: boolean
  returned: boolean
  overCount: boolean
}

/** Where each venue's list stands: template out, reply in, people named against those expected. */
export function collectionBoard(doc: ConferenceDocument): BoardRow[] {
  const named = new Map<string, number>()
  const chairs = new Set<string>()
  for (const person of doc.delegates) {
    if (person.venueId === null) continue
    named.set(person.venueId, (named.get(person.venueId) ?? 0) + 1)
    if (person.role === 'chair') chairs.add(person.venueId)
  }
  return doc.venues.map((venue, index) => {
    const count = named.get(venue.id) ?? 0
    return {
      venueId: venue.id,
      position: index + 1,
      name: venue.name,
      isMain: venue.isMain,
      templateAt: venue.collection.templateAt,
      replyFile: venue.collection.replyFile,
      replyAt: venue.collection.replyAt,
      named: count,
      expected: venue.expectedCount,
      chairNamed: venue.chairId !== null || chairs.has(venue.id),
      techFilled: venue.techContact.trim() !== '' && venue.techPhone.trim() !== '',
      testTimeFilled: venue.testTime.trim() !== '',
      returned: venue.collection.replyAt !== '',
      overCount: venue.expectedCount !== null && count > venue.expectedCount
    }
  })
}

export function filterBoard(rows: readonly BoardRow[], filter: BoardFilter): BoardRow[] {
  switch (filter) {
    case 'all':
      return [...rows]
    case 'not-returned':
      return rows.filter((row) => !row.returned)
    case 'no-chair':
      return rows.filter((row) => !row.chairNamed)
    case 'over-count':
      return rows.filter((row) => row.overCount)
  }
}

/** "26/12/2023 14:05" in Vietnam's time, the way the board and its documents print a moment. */
export function formatBoardTime(iso: string): string {
  if (iso === '') return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const local = new Date(date.getTime() + 7 * 60 * 60 * 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
}

export const BOARD_HEADERS = [
  'STT',
  'Điểm cầu',
  'Gửi mẫu',
  'Nhận danh sách',
  'Tệp nhận',
  'Số người',
  'Dự kiến',
  'Chủ trì',
  'Kỹ thuật',
  'Thử kết nối'
]

/** One board row as printed cells (the .xlsx export and the PDF use the same words). */
export function boardCells(row: BoardRow): string[] {
  const yes = (flag: boolean) => (flag ? 'Có' : 'Chưa')
  return [
    String(row.position),
    row.isMain ? `${row.name} (chính)` : row.name,
    formatBoardTime(row.templateAt) || 'Chưa gửi',
    formatBoardTime(row.replyAt) || 'Chưa gửi lại',
    row.replyFile,
    String(row.named),
    row.expected === null ? '' : String(row.expected),
    yes(row.chairNamed),
    yes(row.techFilled),
    yes(row.testTimeFilled)
  ]
}

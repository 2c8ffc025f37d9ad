import { formatShortVietnameseDate } from '../dates/formatVietnameseDate'
import { ENLISTED_RANKS, RANKS } from '../delegates/ranks'
import { attendanceLabelVi, roleLabelVi } from '../delegates/roleLabels'
import { IMPORT_FIELDS } from '../importExport/importFields'
import {
  attendanceStates,
  delegateRoles,
  type ConferenceDocument,
  type Delegate,
  type Venue
} from '../model/conference'
import { safeFileName } from '../text/safeFileName'

/**
 * The delegate columns of a venue template: the importer's own header names, so a returned file
 * maps itself with no help. The venue column is left out: the whole file is one venue's list.
 */
export const TEMPLATE_FIELDS = IMPORT_FIELDS.delegates.filter((field) => field.key !== 'venue')

/** Drop-down choices per column key; free text stays allowed for rank (ranks of other forces exist). */
export const TEMPLATE_CHOICES: Record<string, readonly string[]> = {
  rank: [...RANKS, ...ENLISTED_RANKS].map((rank) => rank.label),
  role: delegateRoles.map(roleLabelVi),
  attendance: attendanceStates.map(attendanceLabelVi)
}

/** The words before the venue's name on its title row; a returned file is matched by them too. */
export const VENUE_TITLE_LABEL = 'Điểm cầu'

export interface TemplateOptions {
  /** YYYY-MM-DD; empty leaves the line out. */
  deadline: string
  /** The secretariat's contact as the clerk writes it ("Đ/c Trần Thị Hà, 0912 345 678"). */
  contact: string
}

/** The title rows above the header, top to bottom. */
export function templateTitleLines(
  doc: ConferenceDocument,
  venue: Venue,
  options: TemplateOptions
): string[] {
  const deadline = options.deadline.trim() === '' ? '' : formatShortVietnameseDate(options.deadline)
  return [
    doc.conference.title.trim() || 'Hội nghị',
    `${VENUE_TITLE_LABEL}: ${venue.name}`,
    deadline !== '' ? `Hạn gửi lại danh sách: ${deadline}` : '',
    options.contact.trim() !== '' ? `Liên hệ ban thư ký: ${options.contact.trim()}` : ''
  ].filter((line) => line !== '')
}

/** One pre-filled row: the cells under TEMPLATE_FIELDS, as the clerk would type them. */
export function templateRow(delegate: Delegate): string[] {
  return TEMPLATE_FIELDS.map((field) => {
    switch (field.key) {
      case 'role':
        return roleLabelVi(delegate.role)
      case 'attendance':
        return attendanceLabelVi(delegate.attendance)
      default: {
        const value = (delegate as unknown as Record<string, unknown>)[field.key]
        return typeof value === 'string' ? value : ''
      }
    }
  })
}

/** `mau-07-Điểm cầu Nghệ An.xlsx`: NN is the venue's place in the list, from 01. */
export function templateFileName(venue: Venue, position: number): string {
  return `mau-${String(position).padStart(2, '0')}-${safeFileName(venue.name, 'diem-cau', 80)}.xlsx`
}

export const TEMPLATE_INSTRUCTIONS = [
  'HƯỚNG DẪN ĐIỀN DANH SÁCH',
  '1. Điền mỗi đại biểu trên một dòng của trang "Danh sách", bắt đầu từ dòng ngay dưới dòng tiêu đề cột. Không sửa, không xóa dòng tiêu đề cột.',
  '2. Các đại biểu đã có trong danh sách của ban thư ký được điền sẵn: sửa trực tiếp nếu có thay đổi, xóa dòng nếu đại biểu không dự, thêm dòng cho đại biểu mới.',
  '3. Cột "Cấp bậc", "Vai trò", "Tham dự" có danh sách chọn sẵn; người chủ trì tại điểm cầu chọn vai trò "Chủ trì".',
  '4. Người được cử dự thay: ghi tên vào cột "Người dự thay" và chọn "Cử người thay" ở cột "Tham dự".',
  '5. Giữ nguyên tên tệp và định dạng .xlsx khi gửi lại; nếu phải chép sang tệp khác, giữ dòng "Điểm cầu: …" ở đầu trang.',
  '6. Gửi lại tệp cho ban thư ký trước hạn ghi ở đầu trang "Danh sách".'
]

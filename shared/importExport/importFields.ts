export const importKinds = ['delegates', 'venues', 'agenda', 'awards'] as const
export type ImportKind = (typeof importKinds)[number]

export interface ImportField {
  key: string
  /** The column title HoiNghi writes on export (and reads back). */
  label: string
  /** Header words clerks use for this column, compared after folding (no marks, lower case). */
  words: readonly string[]
}

const f = (key: string, label: string, ...words: string[]): ImportField => ({
  key,
  label,
  words: [label, ...words]
})

/** The columns each kind of file may carry, in the order HoiNghi exports them. */
export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  delegates: [
    f('name', 'Họ và tên', 'Họ tên', 'Tên', 'Họ và tên đại biểu', 'Đại biểu', 'Tên đại biểu'),
    f('honorific', 'Danh xưng', 'Xưng hô'),
    f('rank', 'Cấp bậc', 'Quân hàm', 'Cấp hàm'),
    f('position', 'Chức vụ', 'Chức danh'),
    f('partyPosts', 'Chức vụ Đảng', 'Đảng', 'Chức vụ đảng ủy', 'Cấp ủy'),
    f('unit', 'Đơn vị', 'Cơ quan', 'Đơn vị công tác', 'Cơ quan, đơn vị'),
    f('venue', 'Điểm cầu', 'Địa điểm dự', 'Dự tại điểm cầu'),
    f('role', 'Vai trò', 'Thành phần'),
    f('attendance', 'Tham dự', 'Xác nhận', 'Tình trạng', 'Dự họp'),
    f('deputyName', 'Người dự thay', 'Người thay', 'Cử người dự thay'),
    f('phone', 'Điện thoại', 'Số điện thoại', 'SĐT', 'ĐT', 'Di động'),
    f('notes', 'Ghi chú')
  ],
  venues: [
    f('name', 'Tên điểm cầu', 'Điểm cầu', 'Tên'),
    f('place', 'Địa điểm', 'Địa chỉ', 'Nơi đặt'),
    f('isMain', 'Loại điểm cầu', 'Loại', 'Điểm cầu chính'),
    f('chair', 'Chủ trì', 'Người chủ trì', 'Chủ trì tại điểm cầu'),
    f('expectedCount', 'Số đại biểu', 'Số lượng', 'Số người', 'Số lượng đại biểu', 'Dự kiến'),
    f('techContact', 'Kỹ thuật', 'Cán bộ kỹ thuật', 'Phụ trách kỹ thuật', 'Người phụ trách kỹ thuật'),
    f('techPhone', 'Điện thoại', 'Số điện thoại', 'SĐT', 'Điện thoại kỹ thuật'),
    f('testTime', 'Thời gian thử kết nối', 'Thử kết nối', 'Thời gian kiểm tra'),
    f('notes', 'Ghi chú')
  ],
  agenda: [
    f('time', 'Thời gian', 'Giờ', 'Thời điểm', 'Bắt đầu'),
    f('duration', 'Thời lượng', 'Số phút', 'Thời lượng (phút)'),
    f('title', 'Nội dung', 'Nội dung chương trình', 'Công việc'),
    f('kind', 'Loại'),
    f('presenter', 'Người thực hiện', 'Người trình bày', 'Trình bày', 'Thực hiện', 'Người phụ trách'),
    f('venue', 'Điểm cầu'),
    f('notes', 'Ghi chú')
  ],
  awards: [
    f('form', 'Hình thức', 'Hình thức khen thưởng', 'Danh hiệu', 'Danh hiệu thi đua'),
    f('authority', 'Cấp khen', 'Cấp quyết định', 'Cơ quan khen', 'Cấp khen thưởng'),
    f('recipientType', 'Đối tượng', 'Tập thể/cá nhân'),
    f('recipient', 'Tên tập thể/cá nhân', 'Tên tập thể', 'Họ và tên', 'Họ tên', 'Tên', 'Tập thể, cá nhân'),
    f('rank', 'Cấp bậc', 'Quân hàm'),
    f('position', 'Chức vụ'),
    f('unit', 'Đơn vị', 'Cơ quan'),
    f('achievement', 'Thành tích', 'Thành tích đạt được', 'Nội dung thành tích'),
    f('decisionNumber', 'Số quyết định', 'Quyết định', 'Số QĐ'),
    f('decisionDate', 'Ngày quyết định', 'Ngày QĐ', 'Ngày ký'),
    f('presenter', 'Người trao', 'Người trao thưởng', 'Trao thưởng'),
    f('group', 'Nhóm', 'Đợt', 'Nhóm lên sân khấu'),
    f('notes', 'Ghi chú')
  ]
}

export function fieldLabel(kind: ImportKind, key: string): string {
  return IMPORT_FIELDS[kind].find((field) => field.key === key)?.label ?? key
}

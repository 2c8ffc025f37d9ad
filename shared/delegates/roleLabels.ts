import type { Attendance, DelegateRole } from '../model/conference'
import { attendanceStates, delegateRoles } from '../model/conference'
import { foldForSearch } from '../text/foldForSearch'

const ROLE_LABELS_VI: Record<DelegateRole, string> = {
  chair: 'Chủ trì',
  'co-chair': 'Đồng chủ trì',
  guest: 'Khách mời',
  delegate: 'Đại biểu',
  reporter: 'Báo cáo viên',
  secretary: 'Thư ký',
  other: 'Khác'
}

const ATTENDANCE_LABELS_VI: Record<Attendance, string> = {
  invited: 'Mời',
  confirmed: 'Xác nhận',
  declined: 'Vắng',
  deputy: 'Cử người thay'
}

/** Words clerks write in the role column; matched whole after folding, so "CHỦ TRÌ" and "chu tri" work. */
const ROLE_WORDS: Record<DelegateRole, readonly string[]> = {
  chair: ['Chủ trì', 'Chủ tọa', 'Chủ trì hội nghị'],
  'co-chair': ['Đồng chủ trì', 'Đồng chủ tọa'],
  guest: ['Khách mời', 'Khách', 'Đại biểu khách mời'],
  delegate: ['Đại biểu', 'Thành viên'],
  reporter: ['Báo cáo viên', 'Báo cáo', 'Tham luận'],
  secretary: ['Thư ký', 'Thư ký hội nghị'],
  other: ['Khác']
}

const ATTENDANCE_WORDS: Record<Attendance, readonly string[]> = {
  invited: ['Mời', 'Đã mời', 'Chưa xác nhận', 'Chờ'],
  confirmed: ['Xác nhận', 'Đã xác nhận', 'Có mặt', 'Tham dự', 'Dự', 'Có'],
  declined: ['Vắng', 'Vắng mặt', 'Từ chối', 'Không dự', 'Không tham dự', 'Không'],
  deputy: ['Cử người thay', 'Cử đại diện', 'Cử người dự thay', 'Ủy quyền', 'Thay']
}

function buildLookup<K extends string>(
  words: Record<K, readonly string[]>,
  codes: readonly K[]
): Map<string, K> {
  const lookup = new Map<string, K>()
  // The codes themselves ("chair", "co-chair") parse too, so a file HoiNghi exported reads back.
  for (const code of codes) lookup.set(code, code)
  for (const code of codes) for (const word of words[code]) lookup.set(foldForSearch(word), code)
  return lookup
}

const roleLookup = buildLookup(ROLE_WORDS, delegateRoles)
const attendanceLookup = buildLookup(ATTENDANCE_WORDS, attendanceStates)

function clean(text: string): string {
  return foldForSearch(text)
    .replace(/[.:;,!]+$/, '')
    .trim()
}

/** The role named by a cell ("Đồng chủ trì" → 'co-chair'); null when empty or not understood. */
export function parseRole(text: string): DelegateRole | null {
  return roleLookup.get(clean(text)) ?? null
}

/** The attendance named by a cell ("Có mặt" → 'confirmed', "Cử đại diện" → 'deputy'); null when not understood. */
export function parseAttendance(text: string): Attendance | null {
  return attendanceLookup.get(clean(text)) ?? null
}

export function roleLabelVi(role: DelegateRole): string {
  return ROLE_LABELS_VI[role]
}

export function attendanceLabelVi(attendance: Attendance): string {
  return ATTENDANCE_LABELS_VI[attendance]
}

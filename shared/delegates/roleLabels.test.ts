import { describe, expect, it } from 'vitest'
import { attendanceStates, delegateRoles } from '../model/conference'
import { attendanceLabelVi, parseAttendance, parseRole, roleLabelVi } from './roleLabels'

describe('parseRole', () => {
  it('reads the role words of the Hà Tĩnh list, without diacritics or in upper case', () => {
    expect(parseRole('Chủ trì')).toBe('chair')
    expect(parseRole('Đồng chủ trì')).toBe('co-chair')
    expect(parseRole('Khách mời')).toBe('guest')
    expect(parseRole('Đại biểu')).toBe('delegate')
    expect(parseRole('Báo cáo viên')).toBe('reporter')
    expect(parseRole('Thư ký')).toBe('secretary')
    expect(parseRole('dong chu tri')).toBe('co-chair')
    expect(parseRole('KHÁCH MỜI'.normalize('NFD'))).toBe('guest')
    expect(parseRole('co-chair')).toBe('co-chair')
  })

  it('returns null for empty or unknown text', () => {
    expect(parseRole('')).toBeNull()
    expect(parseRole('Phóng viên')).toBeNull()
  })

  it('round-trips every role through its label', () => {
    for (const role of delegateRoles) expect(parseRole(roleLabelVi(role))).toBe(role)
  })
})

describe('parseAttendance', () => {
  it('reads the attendance words', () => {
    expect(parseAttendance('Mời')).toBe('invited')
    expect(parseAttendance('Xác nhận')).toBe('confirmed')
    expect(parseAttendance('Có mặt')).toBe('confirmed')
    expect(parseAttendance('tham du')).toBe('confirmed')
    expect(parseAttendance('Vắng')).toBe('declined')
    expect(parseAttendance('Từ chối')).toBe('declined')
    expect(parseAttendance('Cử người thay')).toBe('deputy')
    expect(parseAttendance('Cử đại diện.')).toBe('deputy')
    expect(parseAttendance('')).toBeNull()
    expect(parseAttendance('Chưa rõ lắm')).toBeNull()
  })

  it('round-trips every state through its label', () => {
    for (const state of attendanceStates) expect(parseAttendance(attendanceLabelVi(state))).toBe(state)
  })
})

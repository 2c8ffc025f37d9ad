import { describe, expect, it } from 'vitest'
import { delegateSchema, venueSchema } from '../model/conference'
import { newConferenceDocument, newDelegate, newVenue } from '../model/defaults'
import { checkField, findEditProblem, problemAtPath } from './checkField'

const nameLimit = delegateSchema.shape.name.maxLength ?? 0

describe('checkField', () => {
  it("refuses what the file format refuses, in Vietnamese and in English, with the schema's own limit", () => {
    expect(nameLimit).toBe(200)
    expect(checkField('delegate', 'name', 'Nguyễn Tân Cương')).toBeNull()
    expect(checkField('delegate', 'name', 'Ư'.repeat(nameLimit))).toBeNull()
    expect(checkField('delegate', 'name', 'Ư'.repeat(nameLimit + 1))).toBe('Họ và tên dài quá 200 ký tự')
    expect(checkField('delegate', 'name', 'x'.repeat(500), 'en')).toBe(
      'Full name is longer than 200 characters'
    )
    expect(
      checkField('venue', 'techPhone', '0'.repeat((venueSchema.shape.techPhone.maxLength ?? 0) + 1))
    ).toBe('Điện thoại kỹ thuật dài quá 50 ký tự')
    expect(checkField('conference', 'startTime', '25:00')).toBe('Giờ bắt đầu không đúng định dạng')
    expect(checkField('agenda', 'durationMin', 2000)).toBe('Thời lượng (phút) không được lớn hơn 1440')
    expect(checkField('section', 'heading', 'Đ'.repeat(1001))).toBe('Tiêu đề mục dài quá 1000 ký tự')
    expect(checkField('section', 'text', 'Kết quả đạt được')).toBeNull()
  })
})

describe('findEditProblem', () => {
  const base = newConferenceDocument(
    'hatinh',
    { title: 'Hội nghị tổng kết năm 2023' },
    new Date('2023-12-01')
  )
  const doc = {
    ...base,
    venues: [newVenue('tinh', { name: 'Hội trường UBND tỉnh', isMain: true })],
    delegates: [
      newDelegate('a', { name: 'Võ Trọng Hải' }),
      newDelegate('b', { name: 'Nguyễn Xuân Thắng' }),
      newDelegate('c', { name: 'Trần Thị Hồng Nhung' })
    ]
  }

  it('names tab, row and field of the refused value among the changed records', () => {
    const next = {
      ...doc,
      delegates: doc.delegates.map((d) => (d.id === 'c' ? { ...d, name: 'x'.repeat(500) } : d))
    }
    expect(findEditProblem(doc, next)).toEqual({
      tab: 'delegates',
      kind: 'delegate',
      recordId: 'c',
      row: 3,
      field: 'name',
      message: 'Họ và tên dài quá 200 ký tự'
    })
    expect(findEditProblem(doc, { ...doc, conference: { ...doc.conference, place: 'Hà Tĩnh' } })).toBeNull()
    expect(findEditProblem(null, next, 'en')?.message).toBe('Full name is longer than 200 characters')
  })

  it('finds a section deep in an outline', () => {
    const outline = {
      id: 'o1',
      title: 'Báo cáo tổng kết',
      speakerId: null,
      agendaItemId: null,
      kind: 'report' as const,
      allottedMin: 30,
      status: 'draft' as const,
      sections: [
        {
          id: 's1',
          heading: 'I. Kết quả',
          text: '',
          figures: [],
          children: [{ id: 's2', heading: '1.', text: 'ư'.repeat(50001), figures: [], children: [] }]
        }
      ]
    }
    expect(findEditProblem(doc, { ...doc, outlines: [outline] })).toMatchObject({
      tab: 'outlines',
      row: 1,
      field: 'text',
      message: 'Nội dung mục dài quá 50000 ký tự'
    })
  })
})

describe('problemAtPath', () => {
  it("turns the main side's path into tab, row and field", () => {
    const base = newConferenceDocument('hatinh', { title: 'Hội nghị' }, new Date('2023-12-01'))
    const doc = { ...base, delegates: [newDelegate('a'), newDelegate('b', { name: 'Ư'.repeat(300) })] }
    expect(problemAtPath(doc, 'doc.delegates.1.name')).toEqual({
      tab: 'delegates',
      kind: 'delegate',
      recordId: 'b',
      row: 2,
      field: 'name',
      message: 'Họ và tên dài quá 200 ký tự'
    })
    expect(problemAtPath(doc, 'doc.delegates.0.rank', 'en')?.message).toBe('Rank is not a valid value')
    expect(problemAtPath(doc, 'doc.conference.place')?.tab).toBe('general')
    expect(problemAtPath(doc, 'doc.delegates.9.name')).toBeNull()
  })
})

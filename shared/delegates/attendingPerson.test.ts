import { describe, expect, it } from 'vitest'
import { newDelegate } from '../model/defaults'
import { asAttending, attendingPerson, listName } from './attendingPerson'

const giamDoc = newDelegate('d1', {
  name: 'Nguyễn Hồng Phong',
  rank: 'Đại tá',
  position: 'Giám đốc',
  unit: 'Công an tỉnh Hà Tĩnh',
  attendance: 'deputy',
  deputyName: 'Trần Hồng Quảng'
})

describe('the deputy rule', () => {
  it('seats the deputy under their own name, without the delegate’s rank, in the delegate’s post', () => {
    expect(attendingPerson(giamDoc)).toMatchObject({
      name: 'Trần Hồng Quảng',
      rank: '',
      onBehalfOf: 'Nguyễn Hồng Phong'
    })
    expect(asAttending(giamDoc)).toMatchObject({ name: 'Trần Hồng Quảng', rank: '', position: 'Giám đốc' })
    expect(listName(giamDoc)).toBe('Trần Hồng Quảng (thay Nguyễn Hồng Phong)')
  })

  it('keeps the delegate when no deputy is named, and seats no one who declined', () => {
    expect(asAttending({ ...giamDoc, deputyName: '' }).name).toBe('Nguyễn Hồng Phong')
    expect(attendingPerson({ ...giamDoc, attendance: 'declined' })).toBeNull()
  })
})

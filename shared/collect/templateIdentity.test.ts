import { describe, expect, it } from 'vitest'
import { encodeIdentity, findIdentity } from './templateIdentity'

describe('template identity', () => {
  it('reads back what it wrote, even inside XML', () => {
    const marker = encodeIdentity({ conferenceId: 'hn-2023 &<x>', venueId: 'Điểm cầu/1' })
    expect(marker).not.toMatch(/[&<>"]/)
    expect(findIdentity(`<vt:lpwstr>${marker}</vt:lpwstr>`)).toEqual({
      conferenceId: 'hn-2023 &<x>',
      venueId: 'Điểm cầu/1'
    })
  })

  it('finds nothing in ordinary text', () => {
    expect(findIdentity('DANH SÁCH ĐẠI BIỂU điểm cầu Nghệ An')).toBeNull()
    expect(findIdentity('hoinghi-collect/1;conference=%E0;venue=x')).toBeNull()
  })
})

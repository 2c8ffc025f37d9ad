import { describe, expect, it } from 'vitest'
import { newConferenceDocument, newDelegate } from '../model/defaults'
import { onlyDelegates } from './onlyDelegates'

describe('onlyDelegates', () => {
  const base = newConferenceDocument('c', { title: 'Hội nghị' }, new Date('2024-01-01'))
  const doc = {
    ...base,
    delegates: [
      newDelegate('a', { name: 'Võ Trọng Hải' }),
      newDelegate('b', { name: 'Nguyễn Xuân Thắng' }),
      newDelegate('c', { name: 'Trần Thị Hồng Nhung' })
    ]
  }
  it('keeps the chosen delegates in the stored order, whatever order the ids come in', () => {
    expect(onlyDelegates(doc, ['c', 'a']).delegates.map((d) => d.name)).toEqual([
      'Võ Trọng Hải',
      'Trần Thị Hồng Nhung'
    ])
    expect(onlyDelegates(doc, undefined)).toBe(doc)
    expect(onlyDelegates(doc, []).delegates).toEqual([])
  })
})

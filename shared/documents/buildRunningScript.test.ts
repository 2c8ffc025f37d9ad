import { describe, expect, it } from 'vitest'
import type { AgendaItem } from '../model/conference'
import { newConferenceDocument, newDelegate } from '../model/defaults'
import { buildRunningScript } from './buildRunningScript'

function item(id: string, title: string, kind: AgendaItem['kind']): AgendaItem {
  return {
    id,
    title,
    kind,
    durationMin: 10,
    pinnedStart: null,
    presenterId: null,
    presenterText: '',
    venueId: null,
    notes: ''
  }
}

const base = {
  ...newConferenceDocument('hatinh2023', { title: 'Hội nghị tổng kết năm 2023' }, new Date(0)),
  delegates: [
    newDelegate('d1', {
      name: 'Võ Trọng Hải',
      position: 'Chủ tịch UBND tỉnh',
      unit: 'UBND tỉnh Hà Tĩnh',
      role: 'chair'
    })
  ]
}

describe('buildRunningScript', () => {
  it('introduces the delegates after the reception and forces no salute the agenda does not hold', () => {
    const script = buildRunningScript(
      { ...base, agenda: [item('a1', 'Đón tiếp đại biểu', 'reception'), item('a2', 'Bế mạc', 'closing')] },
      'vi'
    )
    expect(script.map((passage) => passage.id)).toEqual(['agenda:a1', 'introduction', 'agenda:a2'])
    expect(script[1]?.words).toContain('Võ Trọng Hải')
  })

  it('says the salute once, at the agenda item, when the agenda carries its own "Chào cờ"', () => {
    const script = buildRunningScript(
      { ...base, agenda: [item('a1', 'Đón tiếp đại biểu', 'reception'), item('a2', 'Chào cờ', 'other')] },
      'vi'
    )
    const salutes = script.filter((passage) => passage.words.includes('lễ chào cờ'))
    expect(salutes.map((passage) => passage.id)).toEqual(['agenda:a2'])
    expect(script.map((passage) => passage.id)).toEqual(['agenda:a1', 'agenda:a2', 'introduction', 'closing'])
  })

  it('invites the opening speaker rather than repeating the introduction', () => {
    const script = buildRunningScript(
      {
        ...base,
        agenda: [
          item('a1', 'Tuyên bố lý do, giới thiệu đại biểu', 'opening'),
          { ...item('a2', 'Phát biểu khai mạc', 'opening'), presenterId: 'd1' }
        ]
      },
      'vi'
    )
    expect(script[0]?.words).toContain('Tới dự hội nghị')
    expect(script[1]?.words).toBe(
      'Xin trân trọng kính mời đồng chí Võ Trọng Hải, Chủ tịch Ủy ban nhân dân tỉnh lên phát biểu khai mạc hội nghị.'
    )
  })
})

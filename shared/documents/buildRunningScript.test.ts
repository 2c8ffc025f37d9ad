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
  it('opens with the flag salute when the agenda has none, then introduces the delegates', () => {
    const script = buildRunningScript(
      { ...base, agenda: [item('a1', 'Đón tiếp đại biểu', 'reception'), item('a2', 'Bế mạc', 'closing')] },
      'vi'
    )
    expect(script.map((passage) => passage.id)).toEqual(['flag', 'agenda:a1', 'introduction', 'agenda:a2'])
    expect(script[2]?.words).toContain('Võ Trọng Hải')
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
})

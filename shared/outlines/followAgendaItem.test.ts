import { describe, expect, it } from 'vitest'
import type { AgendaItem } from '../model/conference'
import { followAgendaItem } from './followAgendaItem'

const report: AgendaItem = {
  id: 'bao-cao',
  title: 'Báo cáo tổng kết công tác phối hợp năm 2023',
  kind: 'report',
  durationMin: 30,
  pinnedStart: null,
  presenterId: 'd-thang',
  presenterText: '',
  venueId: null,
  notes: ''
}

describe('followAgendaItem', () => {
  it('takes the minutes and presenter of the agenda item, as they are now', () => {
    const outline = { agendaItemId: 'bao-cao', allottedMin: 35, speakerId: null }
    expect(followAgendaItem(outline, [report])).toMatchObject({ allottedMin: 30, speakerId: 'd-thang' })
    const later = followAgendaItem(outline, [
      { ...report, durationMin: 25, presenterId: null, presenterText: 'Đại tá Lê Đình Sơn' }
    ])
    expect(later).toMatchObject({ allottedMin: 25, speakerId: null, speakerText: 'Đại tá Lê Đình Sơn' })
  })

  it('keeps its own values without an item, or when the item was deleted', () => {
    expect(followAgendaItem({ agendaItemId: null, allottedMin: 35, speakerId: 'x' }, [report])).toMatchObject(
      {
        item: null,
        allottedMin: 35,
        speakerId: 'x'
      }
    )
    expect(
      followAgendaItem({ agendaItemId: 'gone', allottedMin: 35, speakerId: null }, [report]).item
    ).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import type { AgendaItem } from '../model/conference'
import { computeAgendaTimes } from './computeAgendaTimes'

const item = (id: string, durationMin: number, fields: Partial<AgendaItem> = {}): AgendaItem => ({
  id,
  title: '',
  kind: 'other',
  durationMin,
  pinnedStart: null,
  presenterId: null,
  presenterText: '',
  venueId: null,
  notes: '',
  ...fields
})

/** The Hà Tĩnh 2023 programme (ha-tinh-2023-chuong-trinh.csv). */
const haTinh: AgendaItem[] = [
  item('don-tiep', 15, { kind: 'reception', presenterText: 'Văn phòng UBND tỉnh' }),
  item('ly-do', 10, { kind: 'opening', presenterText: 'Văn phòng UBND tỉnh' }),
  item('bao-cao', 35, { kind: 'report', presenterText: 'Đại tá Nguyễn Xuân Thắng' }),
  item('tham-luan', 40, {
    kind: 'discussion',
    presenterText: 'Ban CHQS huyện Lộc Hà; Công an huyện Hương Khê'
  }),
  item('chi-dao', 20, { kind: 'directing-speech', presenterId: 'ngo-nam-cuong' }),
  item('trao-co', 20, {
    kind: 'awards',
    presenterText: 'Đại tá Ngô Nam Cường; Chủ tịch UBND tỉnh Võ Trọng Hải'
  }),
  item('ket-luan', 25, { kind: 'closing-speech', presenterText: 'Chủ tịch UBND tỉnh Võ Trọng Hải' }),
  item('be-mac', 5, { kind: 'closing' })
]

describe('computeAgendaTimes', () => {
  it('reproduces the Hà Tĩnh 2023 times from the start and the durations, with no warnings', () => {
    const { timings, warnings } = computeAgendaTimes(haTinh, '14:00', '17:00')
    expect(timings.map((t) => t.start)).toEqual([
      '14:00',
      '14:15',
      '14:25',
      '15:00',
      '15:40',
      '16:00',
      '16:20',
      '16:45'
    ])
    expect(timings.at(-1)).toEqual({ id: 'be-mac', start: '16:45', end: '16:50', pinned: false })
    expect(warnings).toEqual([])
  })

  it('reports each item that ends after the end time, by how much', () => {
    const { warnings } = computeAgendaTimes(haTinh, '14:00', '16:30')
    expect(warnings).toEqual([
      { kind: 'overrun', itemId: 'ket-luan', minutesOver: 15 },
      { kind: 'overrun', itemId: 'be-mac', minutesOver: 20 }
    ])
  })

  it('starts a pinned item at its time, flows on from it, and leaves a gap before a later pin', () => {
    const items = [item('a', 30), item('b', 20, { pinnedStart: '09:00' }), item('c', 10)]
    const { timings, warnings } = computeAgendaTimes(items, '08:00')
    expect(timings).toEqual([
      { id: 'a', start: '08:00', end: '08:30', pinned: false },
      { id: 'b', start: '09:00', end: '09:20', pinned: true },
      { id: 'c', start: '09:20', end: '09:30', pinned: false }
    ])
    expect(warnings).toEqual([])
  })

  it('flags a pinned time the previous items run into', () => {
    const items = [item('a', 45), item('b', 20, { pinnedStart: '08:30' }), item('c', 10)]
    const { timings, warnings } = computeAgendaTimes(items, '08:00')
    expect(timings.map((t) => t.start)).toEqual(['08:00', '08:30', '08:50'])
    expect(warnings).toEqual([{ kind: 'pinned-conflict', itemId: 'b', minutesLate: 15 }])
  })

  it('leaves times empty without a start time until the first pinned item', () => {
    const items = [item('a', 15), item('b', 30, { pinnedStart: '14:25' }), item('c', 40)]
    const { timings, warnings } = computeAgendaTimes(items, '')
    expect(timings).toEqual([
      { id: 'a', start: '', end: '', pinned: false },
      { id: 'b', start: '14:25', end: '14:55', pinned: true },
      { id: 'c', start: '14:55', end: '15:35', pinned: false }
    ])
    expect(warnings).toEqual([])
  })

  it('warns about items past midnight and wraps their times', () => {
    const { timings, warnings } = computeAgendaTimes([item('a', 60), item('b', 30)], '23:30')
    expect(timings.map((t) => [t.start, t.end])).toEqual([
      ['23:30', '00:30'],
      ['00:30', '01:00']
    ])
    expect(warnings).toEqual([
      { kind: 'past-midnight', itemId: 'a' },
      { kind: 'past-midnight', itemId: 'b' }
    ])
  })

  it('asks for a presenter only for kinds that need one', () => {
    const items = [
      item('r', 15, { kind: 'reception' }),
      item('o', 10, { kind: 'opening' }),
      item('p', 30, { kind: 'report', presenterText: '  ' }),
      item('d', 30, { kind: 'discussion', presenterId: 'dong-chi' }),
      item('g', 10, { kind: 'break' }),
      item('c', 5, { kind: 'closing' })
    ]
    expect(computeAgendaTimes(items, '08:00').warnings).toEqual([
      { kind: 'no-presenter', itemId: 'o' },
      { kind: 'no-presenter', itemId: 'p' }
    ])
  })

  it('handles an empty agenda and a zero-length item', () => {
    expect(computeAgendaTimes([], '08:00')).toEqual({ timings: [], warnings: [] })
    expect(computeAgendaTimes([item('z', 0)], '08:00').timings[0]).toMatchObject({
      start: '08:00',
      end: '08:00'
    })
  })

  it('rejects a malformed start time in Vietnamese', () => {
    expect(() => computeAgendaTimes(haTinh, '8h')).toThrow(/không hợp lệ/)
  })
})

import { describe, expect, it } from 'vitest'
import { agendaItemSchema, conferenceKinds } from '../model/conference'
import { guessAgendaKind } from './agendaKinds'
import { computeAgendaTimes } from './computeAgendaTimes'
import { standardAgenda } from './standardAgendas'

const counter = () => {
  let n = 0
  return () => `item-${++n}`
}

describe('standardAgenda', () => {
  it('gives a valid programme with fresh ids for every kind of conference, opening with reception and ending with bế mạc', () => {
    for (const kind of conferenceKinds) {
      const items = standardAgenda(kind, counter())
      for (const item of items) expect(agendaItemSchema.parse(item)).toEqual(item)
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
      expect(items[0]?.kind, kind).toBe('reception')
      expect(items.at(-1)?.kind, kind).toBe('closing')
      expect(
        items.some((i) => i.kind === 'report'),
        kind
      ).toBe(true)
    }
  })

  it('times the annual review like Hà Tĩnh 2023 (14:00 to about 16:50)', () => {
    const items = standardAgenda('annual', counter())
    const { timings } = computeAgendaTimes(items, '14:00')
    expect(timings.at(-1)?.end).toBe('16:55')
    expect(items.map((i) => i.kind)).toEqual([
      'reception',
      'other',
      'opening',
      'report',
      'discussion',
      'directing-speech',
      'awards',
      'closing-speech',
      'closing'
    ])
  })

  it('uses titles whose guessed kind agrees with the kind it sets', () => {
    for (const kind of conferenceKinds)
      for (const item of standardAgenda(kind, counter()))
        if (item.title !== 'Chào cờ') expect(guessAgendaKind(item.title), item.title).toBe(item.kind)
  })
})

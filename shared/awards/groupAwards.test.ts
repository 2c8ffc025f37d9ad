import { describe, expect, it } from 'vitest'
import type { Award } from '../model/conference'
import { countAwards, groupAwardsForCeremony } from './groupAwards'
import { testAward } from './testAward'

/** The eight flags of ha-tinh-2023-khen-thuong.csv. */
const haTinhFlags: Award[] = [
  ['Cờ thi đua xuất sắc', 'Quân khu 4', 'Ban CHQS TP Hà Tĩnh', 'Đại tá Ngô Nam Cường'],
  ['Cờ thi đua xuất sắc', 'Quân khu 4', 'Ban CHQS huyện Lộc Hà', 'Đại tá Ngô Nam Cường'],
  ['Cờ thi đua', 'UBND tỉnh Hà Tĩnh', 'Ban CHQS huyện Kỳ Anh', 'Chủ tịch UBND tỉnh Võ Trọng Hải'],
  ['Cờ thi đua', 'UBND tỉnh Hà Tĩnh', 'Công an huyện Hương Khê', 'Chủ tịch UBND tỉnh Võ Trọng Hải'],
  [
    'Cờ thi đua',
    'UBND tỉnh Hà Tĩnh',
    'Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo',
    'Chủ tịch UBND tỉnh Võ Trọng Hải'
  ],
  ['Cờ thi đua', 'UBND tỉnh Hà Tĩnh', 'Ban CHQS huyện Đức Thọ', 'Chủ tịch UBND tỉnh Võ Trọng Hải'],
  ['Cờ thi đua', 'UBND tỉnh Hà Tĩnh', 'Công an TP Hà Tĩnh', 'Chủ tịch UBND tỉnh Võ Trọng Hải'],
  [
    'Cờ thi đua',
    'UBND tỉnh Hà Tĩnh',
    'Đồn Biên phòng Cửa khẩu Cảng Vũng Áng',
    'Chủ tịch UBND tỉnh Võ Trọng Hải'
  ]
].map(([form, authority, recipient, presenterText], i) =>
  testAward({
    id: `a${i + 1}`,
    category: 'title',
    form,
    authority,
    recipient,
    presenterText,
    recipientType: 'collective'
  })
)

const ids = (awards: readonly Award[]) => awards.map((a) => a.id)
const groupsOf = (blocks: ReturnType<typeof groupAwardsForCeremony>) =>
  blocks.flatMap((b) => b.stageGroups.map((g) => [g.number, ids(g.awards)] as const))

describe('groupAwardsForCeremony', () => {
  it('forms two blocks for Hà Tĩnh 2023: Quân khu 4 (2 flags), then UBND tỉnh Hà Tĩnh (6 flags)', () => {
    const blocks = groupAwardsForCeremony(haTinhFlags, 5)
    expect(blocks.map((b) => [b.authority, b.form, b.collectives.length, b.individuals.length])).toEqual([
      ['Quân khu 4', 'Cờ thi đua xuất sắc', 2, 0],
      ['UBND tỉnh Hà Tĩnh', 'Cờ thi đua', 6, 0]
    ])
    expect(groupsOf(blocks)).toEqual([
      [1, ['a1', 'a2']],
      [2, ['a3', 'a4', 'a5', 'a6', 'a7']],
      [3, ['a8']]
    ])
    expect(blocks[0]?.stageGroups[0]?.presenterText).toBe('Đại tá Ngô Nam Cường')
    expect(blocks[1]?.stageGroups[1]?.presenterText).toBe('Chủ tịch UBND tỉnh Võ Trọng Hải')
  })

  it('puts the higher authority first even when it is listed later, keeping list order otherwise', () => {
    const reversed = [...haTinhFlags].reverse()
    expect(groupAwardsForCeremony(reversed, 10).map((b) => b.authority)).toEqual([
      'Quân khu 4',
      'UBND tỉnh Hà Tĩnh'
    ])
    const sameLevel = [
      testAward({ id: 'x1', authority: 'Công an tỉnh Hậu Giang', form: 'Giấy khen' }),
      testAward({ id: 'x2', authority: 'Bộ CHQS tỉnh Hậu Giang', form: 'Giấy khen' }),
      testAward({ id: 'x3', authority: 'CÔNG AN TỈNH HẬU GIANG', form: 'giấy khen' })
    ]
    const blocks = groupAwardsForCeremony(sameLevel, 10)
    expect(blocks.map((b) => [b.authority, ids(b.individuals)])).toEqual([
      ['Công an tỉnh Hậu Giang', ['x1', 'x3']],
      ['Bộ CHQS tỉnh Hậu Giang', ['x2']]
    ])
  })

  it('puts collectives before individuals and collects distinct decision numbers', () => {
    const awards = [
      testAward({ id: 'i1', recipient: 'Vũ Thanh Nghĩa', decisionNumber: '125/QĐ-BCH' }),
      testAward({
        id: 'c1',
        recipient: 'Ban CHQS huyện Long Mỹ',
        recipientType: 'collective',
        decisionNumber: '418/QĐ-CAT'
      }),
      testAward({ id: 'i2', recipient: 'Đinh Thị Thủy', decisionNumber: '125/QĐ-BCH' })
    ]
    const [block] = groupAwardsForCeremony(awards, 2)
    expect(block?.decisionNumbers).toEqual(['125/QĐ-BCH', '418/QĐ-CAT'])
    expect(groupsOf(groupAwardsForCeremony(awards, 2))).toEqual([
      [1, ['c1', 'i1']],
      [2, ['i2']]
    ])
  })

  it('gives every recipient its own group with group size 1', () => {
    expect(groupsOf(groupAwardsForCeremony(haTinhFlags.slice(0, 4), 1))).toEqual([
      [1, ['a1']],
      [2, ['a2']],
      [3, ['a3']],
      [4, ['a4']]
    ])
  })

  it('honours manual moves without renumbering the other groups', () => {
    const moved = haTinhFlags.map((a) => (a.id === 'a3' ? { ...a, stageGroup: 3 } : a))
    expect(groupsOf(groupAwardsForCeremony(moved, 3))).toEqual([
      [1, ['a1', 'a2']],
      [2, ['a4', 'a5']],
      [3, ['a6', 'a7', 'a8', 'a3']]
    ])
  })

  it('moves an award into a group of another block, drops emptied groups and opens new numbers', () => {
    const moved = haTinhFlags.map((a) =>
      a.id === 'a8' ? { ...a, stageGroup: 1 } : a.id === 'a1' ? { ...a, stageGroup: 9 } : a
    )
    expect(groupsOf(groupAwardsForCeremony(moved, 1))).toEqual([
      [1, ['a8']],
      [2, ['a2']],
      [9, ['a1']],
      [3, ['a3']],
      [4, ['a4']],
      [5, ['a5']],
      [6, ['a6']],
      [7, ['a7']]
    ])
  })

  it('picks the most common presenter of a group, preferring a linked delegate', () => {
    const awards = [
      testAward({ id: 'p1', presenterText: 'Đại tá Ngô Nam Cường' }),
      testAward({ id: 'p2', presenterId: 'd-hai', presenterText: '' }),
      testAward({ id: 'p3', presenterId: 'd-hai', presenterText: 'Chủ tịch UBND tỉnh Võ Trọng Hải' }),
      testAward({ id: 'p4' })
    ]
    const group = groupAwardsForCeremony(awards, 10)[0]?.stageGroups[0]
    expect(group).toMatchObject({ presenterId: 'd-hai', presenterText: 'Chủ tịch UBND tỉnh Võ Trọng Hải' })
    const none = groupAwardsForCeremony([testAward({ id: 'n' })], 10)[0]?.stageGroups[0]
    expect(none).toMatchObject({ presenterId: null, presenterText: '' })
  })

  it('returns nothing for an empty list and treats a nonsense group size as 1', () => {
    expect(groupAwardsForCeremony([], 5)).toEqual([])
    expect(groupsOf(groupAwardsForCeremony(haTinhFlags.slice(0, 2), 0))).toHaveLength(2)
  })
})

describe('countAwards', () => {
  it('counts by form and authority as first spelled, and collectives against individuals', () => {
    const awards = [
      ...haTinhFlags,
      testAward({ id: 'g1', form: 'giấy khen', authority: 'Quân khu 4' }),
      testAward({ id: 'g2', form: 'Giấy khen', authority: 'QUÂN KHU 4' })
    ]
    expect(countAwards(awards)).toEqual({
      byForm: { 'Cờ thi đua xuất sắc': 2, 'Cờ thi đua': 6, 'giấy khen': 2 },
      byAuthority: { 'Quân khu 4': 4, 'UBND tỉnh Hà Tĩnh': 6 },
      collectives: 8,
      individuals: 2,
      total: 10
    })
    expect(countAwards([])).toEqual({ byForm: {}, byAuthority: {}, collectives: 0, individuals: 0, total: 0 })
  })
})

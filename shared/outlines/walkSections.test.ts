import { describe, expect, it } from 'vitest'
import type { OutlineSection } from '../model/conference'
import { numberSections } from './numberSections'
import { estimateReadingMinutes } from './readingTime'
import {
  findSection,
  insertSection,
  locateSection,
  moveSection,
  removeSection,
  updateSection
} from './sectionTree'
import { s } from './testSection'

/** 100,000 levels, built without recursion: far past any call stack. */
function deepChain(depth: number): OutlineSection[] {
  let section = s(`s${depth}`, 'Nhiệm vụ năm 2024')
  for (let level = depth - 1; level >= 1; level--) section = s(`s${level}`, 'Kết quả đạt được', [section])
  return [section]
}

describe('tree walks keep no stack per level', () => {
  const DEPTH = 100_000
  const tree = deepChain(DEPTH)

  it('numbers, finds and times a deep tree', () => {
    // Each numbered entry carries its whole path, so numbering is checked 20,000 deep.
    const numbered = numberSections(deepChain(3_000))
    expect(numbered).toHaveLength(3_000)
    expect(numbered.at(-1)).toMatchObject({ id: 's3000', depth: 2_999, number: '-' })
    expect(numbered.at(-1)?.path).toHaveLength(3_000)
    expect(locateSection(tree, `s${DEPTH}`)).toMatchObject({ parentId: `s${DEPTH - 1}`, index: 0 })
    expect(findSection(tree, 'nowhere')).toBeNull()
    expect(estimateReadingMinutes({ title: 'Báo cáo', sections: tree }).words).toBe(2 + DEPTH * 4)
  })

  it('edits a 100,000-deep tree', () => {
    const renamed = updateSection(tree, `s${DEPTH}`, { heading: 'Phương hướng' })
    expect(findSection(renamed, `s${DEPTH}`)?.heading).toBe('Phương hướng')
    expect(findSection(tree, `s${DEPTH}`)?.heading).toBe('Nhiệm vụ năm 2024')
    const cut = removeSection(tree, `s${DEPTH - 1}`)
    expect(findSection(cut, `s${DEPTH - 2}`)?.children).toEqual([])
    expect(findSection(cut, `s${DEPTH}`)).toBeNull()
    const added = insertSection(tree, `s${DEPTH}`, 0, s('new', 'Kiến nghị'))
    expect(locateSection(added, 'new')?.parentId).toBe(`s${DEPTH}`)
    expect(() => moveSection(tree, 's2', `s${DEPTH}`, 0)).toThrow(/vào chính nó/)
  })

  it('keeps reading order and numbers of a real outline', () => {
    const outline = [
      s('i', 'Kết quả', [
        s('1', 'Quốc phòng', [s('a', 'Diễn tập', [s('-', 'Chi tiết')])]),
        s('2', 'An ninh')
      ]),
      s('ii', 'Nhiệm vụ')
    ]
    expect(numberSections(outline).map((entry) => [entry.id, entry.number, entry.path])).toEqual([
      ['i', 'I', [0]],
      ['1', '1', [0, 0]],
      ['a', 'a', [0, 0, 0]],
      ['-', '-', [0, 0, 0, 0]],
      ['2', '2', [0, 1]],
      ['ii', 'II', [1]]
    ])
  })
})

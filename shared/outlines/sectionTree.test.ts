import { describe, expect, it } from 'vitest'
import { AppError } from '../errors/appError'
import type { OutlineSection } from '../model/conference'
import {
  findSection,
  indentSection,
  insertSection,
  locateSection,
  moveSection,
  outdentSection,
  removeSection,
  updateSection
} from './sectionTree'
import { s } from './testSection'

const tree = (): OutlineSection[] => [
  s('I', 'Kết quả đạt được', [s('I1', 'Trao đổi thông tin'), s('I2', 'Tuần tra, kiểm soát', [s('I2a')])]),
  s('II', 'Tồn tại, hạn chế'),
  s('III', 'Phương hướng, nhiệm vụ')
]
const shape = (sections: readonly OutlineSection[]): unknown =>
  sections.map((x) => (x.children.length ? { [x.id]: shape(x.children) } : x.id))

describe('find / locate / update', () => {
  it('finds nested sections and their place', () => {
    expect(findSection(tree(), 'I2a')?.id).toBe('I2a')
    expect(findSection(tree(), 'nope')).toBeNull()
    expect(locateSection(tree(), 'I2')).toMatchObject({ parentId: 'I', index: 1 })
  })

  it('updates a nested section without touching the input', () => {
    const before = tree()
    const after = updateSection(before, 'I2a', {
      heading: 'Phối hợp tuần tra biên giới',
      text: '20.629 cuộc tuần tra'
    })
    expect(findSection(after, 'I2a')).toMatchObject({
      heading: 'Phối hợp tuần tra biên giới',
      text: '20.629 cuộc tuần tra'
    })
    expect(findSection(before, 'I2a')?.heading).toBe('I2a')
  })
})

describe('insert / remove', () => {
  it('inserts at the top level and under a parent, clamping the index', () => {
    expect(shape(insertSection(tree(), null, 1, s('new')))).toEqual([
      { I: ['I1', { I2: ['I2a'] }] },
      'new',
      'II',
      'III'
    ])
    expect(shape(insertSection(tree(), 'II', 99, s('new')))).toEqual([
      { I: ['I1', { I2: ['I2a'] }] },
      { II: ['new'] },
      'III'
    ])
  })

  it('refuses an unknown parent with a Vietnamese message', () => {
    expect(() => insertSection(tree(), 'nope', 0, s('new'))).toThrow(AppError)
    expect(() => insertSection(tree(), 'nope', 0, s('new'))).toThrow(/Không tìm thấy/)
  })

  it('removes a section with its subsections', () => {
    expect(shape(removeSection(tree(), 'I2'))).toEqual([{ I: ['I1'] }, 'II', 'III'])
    expect(shape(removeSection(tree(), 'nope'))).toEqual(shape(tree()))
  })
})

describe('moveSection', () => {
  it('moves a branch to another parent and within its own list', () => {
    expect(shape(moveSection(tree(), 'I2', 'III', 0))).toEqual([
      { I: ['I1'] },
      'II',
      { III: [{ I2: ['I2a'] }] }
    ])
    expect(shape(moveSection(tree(), 'I', null, 2))).toEqual(['II', 'III', { I: ['I1', { I2: ['I2a'] }] }])
    expect(shape(moveSection(tree(), 'I2a', null, 0))).toEqual(['I2a', { I: ['I1', 'I2'] }, 'II', 'III'])
  })

  it('refuses to move a section into itself or its own descendant', () => {
    expect(() => moveSection(tree(), 'I', 'I2a', 0)).toThrow(/mục con/)
    expect(() => moveSection(tree(), 'I', 'I', 0)).toThrow(AppError)
    expect(() => moveSection(tree(), 'nope', null, 0)).toThrow(/Không tìm thấy/)
  })
})

describe('indent / outdent', () => {
  it('indents under the previous sibling and does nothing for a first child', () => {
    expect(shape(indentSection(tree(), 'II'))).toEqual([{ I: ['I1', { I2: ['I2a'] }, 'II'] }, 'III'])
    expect(shape(indentSection(tree(), 'I2'))).toEqual([{ I: [{ I1: [{ I2: ['I2a'] }] }] }, 'II', 'III'])
    expect(shape(indentSection(tree(), 'I'))).toEqual(shape(tree()))
    expect(shape(indentSection(tree(), 'I1'))).toEqual(shape(tree()))
  })

  it('outdents to right after the parent and does nothing at the top level', () => {
    expect(shape(outdentSection(tree(), 'I1'))).toEqual([{ I: [{ I2: ['I2a'] }] }, 'I1', 'II', 'III'])
    expect(shape(outdentSection(tree(), 'I2a'))).toEqual([{ I: ['I1', 'I2', 'I2a'] }, 'II', 'III'])
    expect(shape(outdentSection(tree(), 'II'))).toEqual(shape(tree()))
  })

  it('undoes an indent with an outdent', () => {
    expect(shape(outdentSection(indentSection(tree(), 'II'), 'II'))).toEqual(shape(tree()))
  })
})

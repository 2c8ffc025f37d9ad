import { describe, expect, it } from 'vitest'
import { outlineSectionSchema } from '../model/conference'
import { numberSections } from './numberSections'
import { outlineSkeleton } from './skeletons'

const counter = () => {
  let n = 0
  return () => `id-${++n}`
}

describe('outlineSkeleton', () => {
  it('builds the annual report I–V with subsections and empty key-figure slots', () => {
    const sections = outlineSkeleton('report', counter())
    const top = numberSections(sections).filter((n) => n.depth === 0)
    expect(top.map((n) => `${n.number}. ${n.section.heading}`)).toEqual([
      'I. Kết quả đạt được',
      'II. Tồn tại, hạn chế',
      'III. Nguyên nhân',
      'IV. Bài học kinh nghiệm',
      'V. Phương hướng, nhiệm vụ'
    ])
    const figures = sections[0]?.children.flatMap((c) => c.figures) ?? []
    expect(figures.length).toBeGreaterThan(2)
    expect(figures.every((f) => f.value === '' && f.unit !== '')).toBe(true)
  })

  it('gives valid sections with unique ids for every kind', () => {
    for (const kind of ['report', 'speech', 'discussion'] as const) {
      const sections = outlineSkeleton(kind, counter())
      expect(sections.length, kind).toBeGreaterThan(2)
      for (const section of sections) outlineSectionSchema.parse(section)
      const ids = JSON.stringify(sections).match(/"id":"[^"]+"/g) ?? []
      expect(new Set(ids).size, kind).toBe(ids.length)
    }
  })
})

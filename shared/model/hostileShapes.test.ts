import { describe, expect, it } from 'vitest'
import { AppError } from '../errors/appError'
import { MAX_OUTLINE_DEPTH, type OutlineSection } from './conference'
import { newConferenceDocument } from './defaults'
import { parseConferenceText } from './parseConferenceDocument'

const good = newConferenceDocument(
  'hatinh2023',
  { title: 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2023' },
  new Date('2023-12-01T00:00:00Z')
)

/** A chain of `depth` sections, each the only child of the one above, built without recursion. */
function chain(depth: number): OutlineSection {
  let section: OutlineSection = { id: `s${depth}`, heading: 'Nhiệm vụ', text: '', figures: [], children: [] }
  for (let level = depth - 1; level >= 1; level--)
    section = { id: `s${level}`, heading: 'Kết quả đạt được', text: '', figures: [], children: [section] }
  return section
}

/** The file's text with one outline of the given nesting, written without JSON.stringify's recursion limits. */
function withOutline(depth: number): string {
  const outline = {
    id: 'o1',
    title: 'Báo cáo tổng kết',
    speakerId: null,
    agendaItemId: null,
    kind: 'report',
    allottedMin: 30,
    status: 'draft',
    sections: ['__SECTIONS__']
  }
  const open = (level: number) => `{"id":"s${level}","heading":"Mục","text":"","figures":[],"children":[`
  const nested = Array.from({ length: depth }, (_, index) => open(index + 1)).join('') + ']}'.repeat(depth)
  return JSON.stringify({ ...good, outlines: [outline] }).replace('"__SECTIONS__"', nested)
}

function failure(text: string): AppError {
  try {
    parseConferenceText(text, 'hoi-nghi.hoinghi.json')
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected a failure')
}

describe('outline nesting', () => {
  it(`accepts ${MAX_OUTLINE_DEPTH} levels`, () => {
    const doc = parseConferenceText(withOutline(MAX_OUTLINE_DEPTH)).doc
    expect(doc.outlines[0]?.sections[0]?.children[0]?.id).toBe('s2')
    expect(chain(MAX_OUTLINE_DEPTH).id).toBe('s1')
  })

  it.each([MAX_OUTLINE_DEPTH + 1, 1000, 20_000])(
    'refuses %i levels with one clear message naming the file and field, not a stack overflow',
    (depth) => {
      const error = failure(withOutline(depth))
      expect(error.file).toBe('hoi-nghi.hoinghi.json')
      expect(error.message).toMatch(/đề cương lồng quá 8 cấp/)
      expect(error.field).toMatch(/^outlines\.0\.sections\.0(\.children\.0)+\.children$/)
    }
  )
})

describe('characters no stored text may hold', () => {
  it.each([
    ['a lone high surrogate', 'Hội nghị \ud83d năm 2023', 'U+D83D'],
    ['a lone low surrogate', 'Hội nghị \ude00 năm 2023', 'U+DE00'],
    ['an escape', 'Hội nghị \u001b[2J năm 2023', 'U+001B'],
    ['a NUL', 'Hội nghị\u0000', 'U+0000']
  ])('refuses %s in the title, naming the field', (_, title, code) => {
    const error = failure(JSON.stringify({ ...good, conference: { ...good.conference, title } }))
    expect(error.field).toBe('conference.title')
    expect(error.message).toContain(code)
  })

  it('keeps a whole emoji, tabs and line breaks, and C1 characters older TCVN3 imports stored', () => {
    const title = 'Hội nghị 🎖️ năm 2023'
    const notes = 'Dòng 1\n\tDòng 2\r\nLý Hữu \u0083nh'
    const text = JSON.stringify({
      ...good,
      conference: { ...good.conference, title },
      delegates: [{ ...defaultsDelegate(), notes }]
    })
    const doc = parseConferenceText(text).doc
    expect(doc.conference.title).toBe(title)
    expect(doc.delegates[0]?.notes).toBe(notes)
  })
})

function defaultsDelegate() {
  return {
    id: 'd1',
    name: 'Lý Hữu Ánh',
    honorific: '',
    rank: 'Đại tá',
    position: 'Chỉ huy trưởng',
    partyPosts: '',
    unit: 'Bộ CHQS tỉnh Hà Tĩnh',
    venueId: null,
    role: 'delegate',
    attendance: 'invited',
    deputyName: '',
    phone: '',
    notes: '',
    importedFrom: null
  }
}

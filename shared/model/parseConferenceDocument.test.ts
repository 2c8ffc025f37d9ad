import { describe, expect, it } from 'vitest'
import { AppError } from '../errors/appError'
import { newConferenceDocument } from './defaults'
import { parseConferenceText } from './parseConferenceDocument'

const good = newConferenceDocument(
  'hatinh2023',
  { title: 'Hội nghị giao ban Quý III năm 2024' },
  new Date('2024-09-01T00:00:00Z')
)

function failure(text: string): AppError {
  try {
    parseConferenceText(text, 'hoi-nghi.hoinghi.json')
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected a failure')
}

describe('parseConferenceText', () => {
  it('accepts a current document', () => {
    expect(parseConferenceText(JSON.stringify(good)).doc.conference.title).toBe(
      'Hội nghị giao ban Quý III năm 2024'
    )
  })

  it.each([
    ['empty', '', /tệp rỗng/],
    ['truncated', JSON.stringify(good).slice(0, 120), /không phải JSON hợp lệ/],
    ['another JSON file', '{"name":"package"}', /không phải tệp hội nghị/],
    ['a JSON array', '[1,2,3]', /không phải tệp hội nghị/]
  ])('rejects %s with a message naming the file', (_label, text, message) => {
    const error = failure(text)
    expect(error.code).toBe('invalid-file')
    expect(error.file).toBe('hoi-nghi.hoinghi.json')
    expect(error.message).toMatch(message)
  })

  it('names the offending field when the schema fails', () => {
    const broken = { ...good, delegates: [{ id: 'd1', name: 42 }] }
    const error = failure(JSON.stringify(broken))
    expect(error.field).toMatch(/^delegates\.0\./)
    expect(error.details?.length).toBeGreaterThan(0)
  })
})

import { describe, expect, it } from 'vitest'
import { conferenceDocumentSchema } from '../model/conference'
import { migrateToCurrent } from './migrateToCurrent'

/** The shape the first builds wrote: no awardSettings, no documents. */
function versionOneFile(): Record<string, unknown> {
  return {
    format: 'hoinghi.conference',
    schemaVersion: 1,
    id: 'hatinh2023',
    createdAt: '2023-12-01T08:00:00.000Z',
    updatedAt: '2023-12-20T08:00:00.000Z',
    conference: {
      title: 'Hội nghị tổng kết công tác phối hợp năm 2023',
      kind: 'annual',
      legalBasis: 'Nghị định số 03/2019/NĐ-CP ngày 5/9/2019 của Chính phủ',
      organiser: 'UBND tỉnh Hà Tĩnh',
      date: '2023-12-26',
      startTime: '14:00',
      endTime: '',
      place: 'Hội trường UBND tỉnh',
      period: 'năm 2023',
      mode: 'in-person'
    },
    venues: [],
    delegates: [
      {
        id: 'd1',
        name: 'Võ Trọng Hải',
        honorific: '',
        rank: '',
        position: 'Chủ tịch UBND tỉnh',
        partyPosts: '',
        unit: 'UBND tỉnh Hà Tĩnh',
        venueId: null,
        role: 'chair',
        attendance: 'confirmed',
        deputyName: '',
        phone: '',
        notes: ''
      }
    ],
    agenda: [],
    outlines: [],
    awards: []
  }
}

describe('migration 001: award and document settings', () => {
  it('brings a version 1 file to the current schema and keeps its data', () => {
    const { doc, fromVersion, applied } = migrateToCurrent(versionOneFile())
    expect(fromVersion).toBe(1)
    expect(applied).toEqual([
      '001-add-awards-and-document-settings',
      '002-add-agenda-number',
      '003-add-collection-origins-and-codes'
    ])
    const parsed = conferenceDocumentSchema.parse(doc)
    expect(parsed.delegates[0]?.name).toBe('Võ Trọng Hải')
    expect(parsed.awardSettings.groupSize).toBe(10)
    expect(parsed.awardSettings.titles).toContain('Cờ thi đua')
    expect(parsed.documents.labelLang).toBe('vi')
  })

  it('does not replace settings a version 1 file already carried', () => {
    const file = {
      ...versionOneFile(),
      awardSettings: { groupSize: 6, titles: ['Cờ thi đua'], forms: ['Bằng khen'] }
    }
    const { doc } = migrateToCurrent(file)
    expect(conferenceDocumentSchema.parse(doc).awardSettings.groupSize).toBe(6)
  })
})

describe('migrateToCurrent', () => {
  it('refuses a file from a newer version of the app, naming the file', () => {
    expect(() => migrateToCurrent({ ...versionOneFile(), schemaVersion: 99 }, 'hoinghi.json')).toThrow(
      /phiên bản HoiNghi mới hơn/
    )
  })

  it('refuses a file without a schema version', () => {
    const { schemaVersion: _dropped, ...rest } = versionOneFile()
    expect(() => migrateToCurrent(rest)).toThrow(/schemaVersion/)
  })

  it('leaves a current file untouched', () => {
    const current = migrateToCurrent(versionOneFile()).doc
    const again = migrateToCurrent(current)
    expect(again.applied).toEqual([])
    expect(again.doc).toBe(current)
  })
})

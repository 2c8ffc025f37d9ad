import { describe, expect, it } from 'vitest'
import { conferenceDocumentSchema } from '../model/conference'
import { newAward, newConferenceDocument, newDelegate, newVenue } from '../model/defaults'
import { addCollectionOriginsAndCodes } from './003-add-collection-origins-and-codes'
import { migrateToCurrent } from './migrateToCurrent'

/** A file as version 3 wrote it: the current shape without the fields version 4 added. */
function versionThreeFile(): Record<string, unknown> {
  const current = newConferenceDocument(
    'toanquoc2024',
    { title: 'Hội nghị trực tuyến toàn quốc tổng kết Nghị định 03/2019/NĐ-CP', mode: 'video' },
    new Date('2024-12-01T08:00:00.000Z')
  )
  const { collection: _c, ...venue } = newVenue('v1', { name: 'Điểm cầu tỉnh Nghệ An' })
  const { importedFrom: _i, ...delegate } = newDelegate('d1', {
    name: 'Bùi Thanh An',
    venueId: 'v1',
    role: 'chair'
  })
  const { authorityTitle: _a, ...award } = newAward('a1', {
    form: 'Bằng khen',
    authority: 'Bộ Quốc phòng',
    recipient: 'Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh',
    recipientType: 'collective'
  })
  const { issuerCode: _code, nameCardUnitLine: _line, ...documents } = current.documents
  return {
    ...current,
    schemaVersion: 3,
    venues: [venue],
    delegates: [delegate],
    outlines: [
      {
        id: 'o1',
        title: 'Báo cáo tổng kết',
        speakerId: 'd1',
        kind: 'report',
        allottedMin: 30,
        status: 'draft',
        sections: []
      }
    ],
    awards: [award],
    documents: { ...documents, issuingBody: 'Bộ Quốc phòng', agendaNumber: '15' }
  }
}

describe('migration 003: collection status, import origins, outline links and codes', () => {
  it('brings a version 3 file to version 4 with every new field empty and all data kept', () => {
    const { doc, fromVersion, applied } = migrateToCurrent(versionThreeFile())
    expect(fromVersion).toBe(3)
    expect(applied).toEqual(['003-add-collection-origins-and-codes'])
    const parsed = conferenceDocumentSchema.parse(doc)
    expect(parsed.schemaVersion).toBe(4)
    expect(parsed.venues[0]?.collection).toEqual({ templateAt: '', replyFile: '', replyAt: '' })
    expect(parsed.venues[0]?.name).toBe('Điểm cầu tỉnh Nghệ An')
    expect(parsed.delegates[0]?.importedFrom).toBeNull()
    expect(parsed.delegates[0]?.name).toBe('Bùi Thanh An')
    expect(parsed.outlines[0]?.agendaItemId).toBeNull()
    expect(parsed.awards[0]?.authorityTitle).toBe('')
    expect(parsed.documents.issuerCode).toBe('')
    expect(parsed.documents.nameCardUnitLine).toBe(false)
    expect(parsed.documents.agendaNumber).toBe('15')
  })

  it('keeps values a file already carried', () => {
    const file = versionThreeFile()
    const documents = { ...(file['documents'] as object), issuerCode: 'BQP' }
    const up = addCollectionOriginsAndCodes.up({ ...file, documents })
    expect((up['documents'] as { issuerCode: string }).issuerCode).toBe('BQP')
  })

  it('leaves malformed lists and settings for validation to report', () => {
    const up = addCollectionOriginsAndCodes.up({
      ...versionThreeFile(),
      venues: 'hỏng',
      delegates: [42],
      documents: null
    })
    expect(up['venues']).toBe('hỏng')
    expect(up['delegates']).toEqual([42])
    expect(up['documents']).toBeNull()
    expect(conferenceDocumentSchema.safeParse(up).success).toBe(false)
  })
})

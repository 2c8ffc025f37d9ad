import { describe, expect, it } from 'vitest'
import { conferenceDocumentSchema } from '../model/conference'
import { newConferenceDocument } from '../model/defaults'
import { addAgendaNumber } from './002-add-agenda-number'
import { migrateToCurrent } from './migrateToCurrent'

/** A file as version 2 wrote it: the current shape without the agenda number. */
function versionTwoFile(): Record<string, unknown> {
  const current = newConferenceDocument(
    'hatinh2024',
    { title: 'Hội nghị tổng kết công tác phối hợp năm 2024' },
    new Date('2024-12-01T08:00:00.000Z')
  )
  const {
    agendaNumber: _absent,
    issuerCode: _v4code,
    nameCardUnitLine: _v4cards,
    ...documents
  } = current.documents
  return {
    ...current,
    schemaVersion: 2,
    documents: {
      ...documents,
      issuingBody: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
      signerName: 'Võ Trọng Hải',
      recipients: ['Bộ Quốc phòng;', 'Lưu: VT.']
    }
  }
}

describe('migration 002: the agenda number', () => {
  it('brings a version 2 file to version 3 with an empty number and every setting kept', () => {
    const { doc, fromVersion, applied } = migrateToCurrent(versionTwoFile())
    expect(fromVersion).toBe(2)
    expect(applied).toEqual(['002-add-agenda-number', '003-add-collection-origins-and-codes'])
    const parsed = conferenceDocumentSchema.parse(doc)
    expect(parsed.schemaVersion).toBe(4)
    expect(parsed.documents.agendaNumber).toBe('')
    expect(parsed.documents.signerName).toBe('Võ Trọng Hải')
    expect(parsed.documents.recipients).toEqual(['Bộ Quốc phòng;', 'Lưu: VT.'])
    expect(parsed.conference.title).toBe('Hội nghị tổng kết công tác phối hợp năm 2024')
  })

  it('keeps a number the file already carried', () => {
    const file = versionTwoFile()
    const documents = { ...(file['documents'] as object), agendaNumber: '07' }
    const up = addAgendaNumber.up({ ...file, documents })
    expect((up['documents'] as { agendaNumber: string }).agendaNumber).toBe('07')
  })

  it('leaves malformed settings for validation to report instead of inventing them', () => {
    const up = addAgendaNumber.up({ ...versionTwoFile(), documents: 'hỏng' })
    expect(up['documents']).toBe('hỏng')
    expect(conferenceDocumentSchema.safeParse(up).success).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { newConferenceDocument } from '../model/defaults'
import { normalizeDocumentText } from './normalizeDocumentText'

describe('normalizeDocumentText', () => {
  it('keeps the line breaks of multi-line settings and folds one-line fields', () => {
    const doc = newConferenceDocument('x', { title: 'Hội nghị\ntổng kết' }, new Date(0))
    doc.documents = {
      ...doc.documents,
      signerTitle: 'KT. CỤC TRƯỞNG \r\n PHÓ CỤC TRƯỞNG',
      issuingBody: 'BỘ CHỈ HUY QUÂN SỰ\nTỈNH HÀ TĨNH',
      governingBody: 'QUÂN KHU 4\n',
      signerName: 'Nguyễn  Xuân\nThắng',
      recipients: ['Như trên;\n(để b/c)']
    }
    const clean = normalizeDocumentText(doc)
    expect(clean.documents.signerTitle).toBe('KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG')
    expect(clean.documents.issuingBody).toBe('BỘ CHỈ HUY QUÂN SỰ\nTỈNH HÀ TĨNH')
    expect(clean.documents.governingBody).toBe('QUÂN KHU 4')
    expect(clean.documents.signerName).toBe('Nguyễn Xuân Thắng')
    expect(clean.documents.recipients).toEqual(['Như trên; (để b/c)'])
    expect(clean.conference.title).toBe('Hội nghị tổng kết')
    // Saving twice changes nothing more.
    expect(normalizeDocumentText(clean)).toEqual(clean)
  })
})

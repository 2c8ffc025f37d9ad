import { describe, expect, it } from 'vitest'
import { documentKindCode } from './documentCodes'
import { documentPlace, placeNamedIn } from './documentPlace'
import { issuerCodeFor, suggestIssuerCode } from './issuerCode'
import { newConferenceDocument } from '../model/defaults'

describe('suggestIssuerCode', () => {
  it('knows the codes offices use, never cuts letters from a name', () => {
    expect(suggestIssuerCode('Ủy ban nhân dân tỉnh Hà Tĩnh')).toBe('UBND')
    expect(suggestIssuerCode('UBND tỉnh Hà Tĩnh')).toBe('UBND')
    expect(suggestIssuerCode('Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh')).toBe('BCH')
    expect(suggestIssuerCode('Bộ CHQS tỉnh')).toBe('BCH')
    expect(suggestIssuerCode('Công an tỉnh Hà Tĩnh')).toBe('CAT')
    expect(suggestIssuerCode('Bộ đội Biên phòng tỉnh Nghệ An')).toBe('BĐBP')
    expect(suggestIssuerCode('Bộ Quốc phòng')).toBe('BQP')
    expect(suggestIssuerCode('Bộ Công an')).toBe('BCA')
    expect(suggestIssuerCode('Hợp tác xã Nông nghiệp Thạch Hà')).toBe('')
  })

  it('lets the clerk’s own code win', () => {
    expect(issuerCodeFor({ issuerCode: 'DQTV', issuingBody: 'Bộ CHQS tỉnh' })).toBe('DQTV')
    expect(issuerCodeFor({ issuerCode: '', issuingBody: '' }, 'UBND tỉnh Hà Tĩnh')).toBe('UBND')
  })
})

describe('document codes and place', () => {
  it('gives each document kind its own code', () => {
    expect(documentKindCode('agenda')).toBe('CTr')
    expect(documentKindCode('delegates')).toBe('DS')
    expect(documentKindCode('script')).toBeNull()
  })

  it('takes the conference’s province when the documents have no place', () => {
    const doc = newConferenceDocument('x', { place: 'Hội trường Bộ CHQS tỉnh Hà Tĩnh' }, new Date(0))
    expect(documentPlace(doc)).toBe('Hà Tĩnh')
    expect(documentPlace({ ...doc, conference: { ...doc.conference, place: 'Hà Nội' } })).toBe('Hà Nội')
    expect(documentPlace({ ...doc, documents: { ...doc.documents, place: 'Kỳ Anh' } })).toBe('Kỳ Anh')
    expect(placeNamedIn('Trụ sở UBND thành phố Hà Tĩnh')).toBe('Hà Tĩnh')
  })
})

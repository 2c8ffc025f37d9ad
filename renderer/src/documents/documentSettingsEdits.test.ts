import { describe, expect, it } from 'vitest'
import { newConferenceDocument } from '../../../shared/model/defaults'
import {
  clearScriptEdit,
  recipientsFromText,
  recipientsToText,
  setDocumentSetting,
  setRecipients,
  setScriptEdit
} from './documentSettingsEdits'

const base = newConferenceDocument(
  'hn-2023',
  { title: 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2023' },
  new Date('2023-12-20T08:00:00Z')
)

describe('document settings edits', () => {
  it('sets a field immutably and returns the same document when nothing changes', () => {
    const next = setDocumentSetting(base, 'issuingBody', 'BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ TĨNH')
    expect(next.documents.issuingBody).toBe('BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ TĨNH')
    expect(base.documents.issuingBody).toBe('')
    expect(setDocumentSetting(next, 'issuingBody', 'BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ TĨNH')).toBe(next)
    expect(setDocumentSetting(base, 'venueSheets', 'one-file').documents.venueSheets).toBe('one-file')
  })

  it('keeps a blank line while typing and drops it, trimmed and NFC, when the field is left', () => {
    const typing = 'Như trên;\nUBND tỉnh Hà Tĩnh;\n'
    expect(recipientsFromText(typing, false)).toEqual(['Như trên;', 'UBND tỉnh Hà Tĩnh;', ''])
    // Typing round-trips exactly, so the cursor does not jump.
    expect(recipientsToText(recipientsFromText(typing, false))).toBe(typing)
    expect(recipientsFromText('  Bộ CHQS tỉnh Hà Tĩnh \r\n\r\nLưu: VT'.normalize('NFD'), true)).toEqual([
      'Bộ CHQS tỉnh Hà Tĩnh',
      'Lưu: VT'
    ])
    expect(recipientsFromText('', false)).toEqual([])
  })

  it('replaces recipients only when they differ', () => {
    const next = setRecipients(base, ['Như trên;'])
    expect(next.documents.recipients).toEqual(['Như trên;'])
    expect(setRecipients(next, ['Như trên;'])).toBe(next)
  })

  it('stores a script edit per passage and restores the generated words by deleting the key', () => {
    const edited = setScriptEdit(base, 'flag', 'Xin mời toàn thể đại biểu đứng dậy làm lễ chào cờ.')
    const both = setScriptEdit(edited, 'closing', 'Hội nghị bế mạc.')
    expect(both.documents.scriptEdits).toEqual({
      flag: 'Xin mời toàn thể đại biểu đứng dậy làm lễ chào cờ.',
      closing: 'Hội nghị bế mạc.'
    })
    const restored = clearScriptEdit(both, 'flag')
    expect(restored.documents.scriptEdits).toEqual({ closing: 'Hội nghị bế mạc.' })
    expect('flag' in restored.documents.scriptEdits).toBe(false)
    expect(both.documents.scriptEdits['flag']).toBeDefined()
    expect(clearScriptEdit(restored, 'flag')).toBe(restored)
  })
})

import { describe, expect, it } from 'vitest'
import { normalizeMultilineText, normalizeText } from '../../../shared/text/normalizeText'
import { draftCommit } from './draftCommit'

describe('draftCommit', () => {
  it('stores the typed text as NFC, trimmed', () => {
    expect(draftCommit('  Đồng chí  '.normalize('NFD'), '', normalizeText)).toBe('Đồng chí')
    expect(draftCommit('Đến muộn\nngồi hàng 2 ', '', normalizeMultilineText)).toBe('Đến muộn\nngồi hàng 2')
  })

  it('stores nothing when nothing was typed or the text is unchanged once normalised', () => {
    expect(draftCommit(null, 'Đồng chí', normalizeText)).toBeNull()
    expect(draftCommit('Đồng chí '.normalize('NFD'), 'Đồng chí', normalizeText)).toBeNull()
  })

  it('stores an emptied field', () => {
    expect(draftCommit('   ', '0912 345 678', normalizeText)).toBe('')
  })
})

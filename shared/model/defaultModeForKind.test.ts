import { describe, expect, it } from 'vitest'
import { changeKind, defaultModeForKind } from './defaultModeForKind'
import { emptyConferenceInfo, newConferenceDocument } from './defaults'

const info = (patch: Partial<ReturnType<typeof emptyConferenceInfo>>) => ({
  ...emptyConferenceInfo(),
  title: 'Hội nghị trực tuyến toàn quốc tổng kết công tác phối hợp năm 2024',
  ...patch
})

describe('defaultModeForKind', () => {
  it('holds a nationwide online conference by video, the others in person', () => {
    expect(defaultModeForKind('national-online')).toBe('video')
    expect(defaultModeForKind('annual')).toBe('in-person')
    expect(defaultModeForKind('quarterly')).toBe('in-person')
  })

  it('gives a new "Trực tuyến toàn quốc" conference the video format', () => {
    const doc = newConferenceDocument('a1', { kind: 'national-online' }, new Date('2024-12-01T00:00:00Z'))
    expect(doc.conference.mode).toBe('video')
    expect(newConferenceDocument('a2', { kind: 'annual' }, new Date()).conference.mode).toBe('in-person')
  })

  it('moves the format with the kind while the clerk left it at the default', () => {
    expect(changeKind(info({ kind: 'annual', mode: 'in-person' }), 'national-online').mode).toBe('video')
    expect(changeKind(info({ kind: 'national-online', mode: 'video' }), 'quarterly').mode).toBe('in-person')
  })

  it("keeps a format the clerk chose against the kind's default", () => {
    const chosen = changeKind(info({ kind: 'national-online', mode: 'in-person' }), 'half-year')
    expect(chosen).toMatchObject({ kind: 'half-year', mode: 'in-person' })
    expect(changeKind(info({ kind: 'annual', mode: 'video' }), 'national-online').mode).toBe('video')
  })
})

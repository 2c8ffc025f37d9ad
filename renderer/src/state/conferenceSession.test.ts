import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ConferenceDocument } from '../../../shared/model/conference'
import { newConferenceDocument } from '../../../shared/model/defaults'
import { ApiError } from '../api/client'
import { ConferenceSession } from './conferenceSession'

function setup(
  saver = vi.fn(async (_key: string, _doc: ConferenceDocument) => ({ savedAt: '2023-12-26T07:00:00.000Z' }))
) {
  let clock = 0
  const doc = newConferenceDocument(
    'hatinh2023',
    { title: 'Hội nghị tổng kết năm 2023' },
    new Date('2023-12-01T00:00:00Z')
  )
  const session = new ConferenceSession(
    { key: 'hatinh2023', doc, readOnly: false, lockHolder: null, migratedFrom: null, fileName: 'x' },
    saver,
    400,
    () => clock
  )
  const setPlace = (place: string) =>
    session.update(
      (current: ConferenceDocument) => ({ ...current, conference: { ...current.conference, place } }),
      { coalesceKey: 'place' }
    )
  return { session, saver, setPlace, tick: (ms: number) => (clock += ms) }
}

describe('ConferenceSession', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('coalesces typing in one field into one undo step, and undo/redo walk the history', () => {
    const { session, setPlace, tick } = setup()
    setPlace('H')
    tick(100)
    setPlace('Hà')
    tick(100)
    setPlace('Hà Tĩnh')
    expect(session.getSnapshot().canUndo).toBe(true)
    session.undo()
    expect(session.doc.conference.place).toBe('')
    expect(session.getSnapshot().canUndo).toBe(false)
    session.redo()
    expect(session.doc.conference.place).toBe('Hà Tĩnh')
  })

  it('starts a new undo step after a pause or in another field', () => {
    const { session, setPlace, tick } = setup()
    setPlace('Hà Tĩnh')
    tick(5000)
    setPlace('Nghệ An')
    session.update((current) => ({ ...current, conference: { ...current.conference, period: 'năm 2023' } }), {
      coalesceKey: 'period'
    })
    session.undo()
    expect(session.doc.conference).toMatchObject({ place: 'Nghệ An', period: '' })
    session.undo()
    expect(session.doc.conference.place).toBe('Hà Tĩnh')
  })

  it('autosaves within a second of the last edit, once, with the latest document', async () => {
    const { session, saver, setPlace } = setup()
    setPlace('Hà Tĩnh')
    expect(session.getSnapshot().saveState).toBe('pending')
    await vi.advanceTimersByTimeAsync(399)
    expect(saver).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(10)
    expect(saver).toHaveBeenCalledTimes(1)
    expect(saver.mock.calls[0]?.[1]).toMatchObject({ conference: { place: 'Hà Tĩnh' } })
    expect(session.getSnapshot().saveState).toBe('saved')
  })

  it('keeps an edit that failed to save and saves it on flush', async () => {
    const saver = vi
      .fn(async (_key: string, _doc: ConferenceDocument) => ({ savedAt: 'x' }))
      .mockRejectedValueOnce(new Error('EBUSY'))
    const { session, setPlace } = setup(saver)
    setPlace('Hà Tĩnh')
    await vi.advanceTimersByTimeAsync(500)
    expect(session.getSnapshot()).toMatchObject({ saveState: 'error', saveError: 'EBUSY' })
    await session.flush()
    expect(saver).toHaveBeenCalledTimes(2)
    expect(saver.mock.calls[1]?.[1]).toMatchObject({ conference: { place: 'Hà Tĩnh' } })
    expect(session.getSnapshot().saveState).toBe('saved')
  })

  it('an undo is saved like any edit', async () => {
    const { session, saver, setPlace } = setup()
    setPlace('Hà Tĩnh')
    await vi.advanceTimersByTimeAsync(500)
    session.undo()
    await vi.advanceTimersByTimeAsync(500)
    expect(saver).toHaveBeenCalledTimes(2)
    expect(saver.mock.calls[1]?.[1]).toMatchObject({ conference: { place: '' } })
  })

  it('ignores edits when the file is read-only', () => {
    const doc = newConferenceDocument('x', { title: 'Hội nghị' }, new Date(0))
    const session = new ConferenceSession(
      { key: 'x', doc, readOnly: true, lockHolder: 'an trên máy VP-01', migratedFrom: null, fileName: 'x' },
      vi.fn()
    )
    session.update((current) => ({ ...current, conference: { ...current.conference, place: 'Hà Tĩnh' } }))
    expect(session.doc.conference.place).toBe('')
  })
})

describe('ConferenceSession history context and closing', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('tells where an undone edit was made, so the workspace can show it', () => {
    const { session, setPlace } = setup()
    session.setContext('general')
    setPlace('Hà Tĩnh')
    session.setContext('documents')
    session.undo()
    expect(session.getSnapshot().lastHistoryStep).toMatchObject({ direction: 'undo', context: 'general' })
    session.redo()
    expect(session.getSnapshot().lastHistoryStep).toMatchObject({ direction: 'redo', context: 'general' })
  })

  it('sends the newest document at once when the window closes, even with a save in flight', async () => {
    let release: () => void = () => undefined
    const saver = vi.fn(
      (_key: string, _doc: ConferenceDocument) =>
        new Promise<{ savedAt: string }>((resolve) => {
          release = () => resolve({ savedAt: 'x' })
        })
    )
    const { session, setPlace, tick } = setup(saver)
    setPlace('Hà Tĩnh')
    await vi.advanceTimersByTimeAsync(500)
    expect(saver).toHaveBeenCalledTimes(1)
    tick(5000)
    setPlace('Nghệ An')
    session.sendPendingNow()
    expect(saver).toHaveBeenCalledTimes(2)
    expect(saver.mock.calls[1]?.[1]).toMatchObject({ conference: { place: 'Nghệ An' } })
    release()
  })
})

describe('ConferenceSession after the file changed outside HoiNghi', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('remembers the "locked" refusal through later edits, until a save succeeds', async () => {
    let refuse = true
    const saver = vi.fn(async (_key: string, _doc: ConferenceDocument) => {
      if (refuse)
        throw new ApiError({
          code: 'locked',
          message: 'tệp đã bị thay đổi bên ngoài HoiNghi',
          file: 'hatinh2023.hoinghi.json'
        })
      return { savedAt: '2023-12-26T07:00:00.000Z' }
    })
    const { session, setPlace, tick } = setup(saver)
    setPlace('Hà Tĩnh')
    await vi.advanceTimersByTimeAsync(500)
    expect(session.getSnapshot()).toMatchObject({ saveState: 'error', saveErrorCode: 'locked' })
    tick(5000)
    setPlace('Hội trường Bộ Chỉ huy Quân sự tỉnh')
    expect(session.getSnapshot()).toMatchObject({ saveState: 'pending', saveErrorCode: 'locked' })
    refuse = false
    await vi.advanceTimersByTimeAsync(500)
    expect(session.getSnapshot()).toMatchObject({ saveState: 'saved', saveErrorCode: null, saveError: null })
  })

  it('takes no edit while frozen, and saves what was pending once thawed', async () => {
    const { session, saver, setPlace, tick } = setup()
    setPlace('Hà Tĩnh')
    session.freeze()
    tick(5000)
    setPlace('Nghệ An')
    session.undo()
    expect(session.doc.conference.place).toBe('Hà Tĩnh')
    await vi.advanceTimersByTimeAsync(1000)
    expect(saver).not.toHaveBeenCalled()
    await session.flush()
    session.sendPendingNow()
    expect(saver).not.toHaveBeenCalled()
    session.thaw()
    await vi.advanceTimersByTimeAsync(500)
    expect(saver).toHaveBeenCalledTimes(1)
    expect(saver.mock.calls[0]?.[1]).toMatchObject({ conference: { place: 'Hà Tĩnh' } })
  })

  it('discards pending edits without saving them once the main side has kept them', async () => {
    const { session, saver, setPlace } = setup()
    setPlace('Hà Tĩnh')
    session.discardPending()
    await vi.advanceTimersByTimeAsync(1000)
    await session.flush()
    expect(saver).not.toHaveBeenCalled()
  })
})

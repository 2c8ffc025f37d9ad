import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { newConferenceDocument } from '../../../shared/model/defaults'
import { ConferenceSession } from './conferenceSession'
import { SessionContext } from './sessionContext'
import { useViewState, ViewStateStore, viewStateKey, type ViewStateName } from './viewState'

function openSession(key: string) {
  const doc = newConferenceDocument(
    key,
    { title: 'Hội nghị tổng kết năm 2023' },
    new Date('2023-12-01T00:00:00Z')
  )
  return new ConferenceSession(
    { key, doc, readOnly: false, lockHolder: null, migratedFrom: null, fileName: `${key}.json` },
    async () => ({ savedAt: '2023-12-26T07:00:00.000Z' })
  )
}

/** Mounts a fresh component, as the workspace does each time a tab becomes active. */
function mountTab(session: ConferenceSession, store: ViewStateStore, name: ViewStateName, initial: string) {
  let seen = ''
  function Probe() {
    const [value] = useViewState(name, initial, store)
    seen = value
    return null
  }
  renderToString(createElement(SessionContext.Provider, { value: session }, createElement(Probe)))
  return seen
}

describe('ViewStateStore', () => {
  it('tells subscribers about a change, not about setting the same value again', () => {
    const store = new ViewStateStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.set('hatinh2023\u0000awards.view', 'ceremony')
    store.set('hatinh2023\u0000awards.view', 'ceremony')
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    store.set('hatinh2023\u0000awards.view', 'list')
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.get('hatinh2023\u0000awards.view')).toBe('list')
  })
})

describe('useViewState', () => {
  it('gives a remounted tab the view the clerk chose, per conference', () => {
    const store = new ViewStateStore()
    const haTinh = openSession('hatinh2023')
    const hauGiang = openSession('haugiang2024')
    expect(mountTab(haTinh, store, 'awards.view', 'list')).toBe('list')
    store.set(viewStateKey('hatinh2023', 'awards.view'), 'ceremony')
    // The tab was left and opened again: a new mount reads the stored choice.
    expect(mountTab(haTinh, store, 'awards.view', 'list')).toBe('ceremony')
    // Another conference keeps its own, and another tab's name does not collide.
    expect(mountTab(hauGiang, store, 'awards.view', 'list')).toBe('list')
    expect(mountTab(haTinh, store, 'outlines.view', 'list')).toBe('list')
  })
})

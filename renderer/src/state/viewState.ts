import { useCallback, useState, useSyncExternalStore } from 'react'
import { useSession } from './sessionContext'

/**
 * What a clerk chose to look at (a view mode, the selected row, an open detail). The workspace
 * mounts only the active tab, so component state is lost on every tab switch; this keeps it for
 * as long as the app runs. It is not part of the document: no undo step, never saved.
 */
export class ViewStateStore {
  private readonly values = new Map<string, unknown>()
  private readonly listeners = new Set<() => void>()

  has(key: string): boolean {
    return this.values.has(key)
  }

  get(key: string): unknown {
    return this.values.get(key)
  }

  set(key: string, value: unknown): void {
    if (this.values.has(key) && Object.is(this.values.get(key), value)) return
    this.values.set(key, value)
    for (const listener of [...this.listeners]) listener()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }
}

/** Names are "<tab>.<what>" (e.g. "awards.view") so tabs cannot collide. */
export type ViewStateName = `${string}.${string}`

export function viewStateKey(conferenceKey: string, name: ViewStateName): string {
  return `${conferenceKey}\u0000${name}`
}

export const viewState = new ViewStateStore()

/**
 * useState that survives tab switches, per open conference. `initial` is read on first use only;
 * the setter takes a value or an updater like useState's.
 */
export function useViewState<T>(
  name: ViewStateName,
  initial: T,
  store: ViewStateStore = viewState
): [T, (next: T | ((previous: T) => T)) => void] {
  const conferenceKey = useSession().getSnapshot().key
  const key = viewStateKey(conferenceKey, name)
  // Kept from the first render so getSnapshot returns the same value until something is set.
  const [fallback] = useState(initial)
  const read = useCallback(() => (store.has(key) ? (store.get(key) as T) : fallback), [store, key, fallback])
  const value = useSyncExternalStore(store.subscribe, read, read)
  const set = useCallback(
    (next: T | ((previous: T) => T)) =>
      store.set(key, typeof next === 'function' ? (next as (previous: T) => T)(read()) : next),
    [store, key, read]
  )
  return [value, set]
}

import { createContext, useContext, useSyncExternalStore } from 'react'
import type { ConferenceSession, SessionSnapshot } from './conferenceSession'

export const SessionContext = createContext<ConferenceSession | null>(null)

/** The open conference session; every workspace tab edits through it so undo and autosave see all. */
export function useSession(): ConferenceSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside a conference workspace')
  return session
}

export function useSessionSnapshot(): SessionSnapshot {
  const session = useSession()
  return useSyncExternalStore(session.subscribe, session.getSnapshot)
}

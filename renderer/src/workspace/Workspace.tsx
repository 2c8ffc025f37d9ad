import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/api/settingsChannels'
import { call, errorMessage, subscribe } from '../api/client'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { ConflictBanner } from '../history/ConflictBanner'
import { HistoryButton } from '../history/HistoryButton'
import { WorkspaceBanner } from '../history/WorkspaceBanner'
import { recoverableFailure, type RecoverableFailure } from '../recovery/recoverableFailure'
import { LeaveUnsavedDialog } from '../recovery/LeaveUnsavedDialog'
import { RecoveryScreen } from '../recovery/RecoveryScreen'
import { RefusedEditLine, SaveProblemBanner } from '../recovery/SaveProblemBanner'
import { viewState, viewStateKey } from '../state/viewState'
import { NO_FILTERS } from '../delegates/delegateView'
import type { EditProblem } from '../../../shared/edits/checkField'
import { ConferenceSession } from '../state/conferenceSession'
import { SessionContext, useSessionSnapshot } from '../state/sessionContext'
import { SaveIndicator } from './SaveIndicator'
import { TABS } from './tabList'

interface WorkspaceStatus {
  key: string
  values?: Record<string, string>
  /** The tab an undone or redone edit was made in, named in the current language. */
  tab?: string
  error: boolean
}

interface WorkspaceProps {
  conferenceKey: string
  onClose: () => void
  onLanguage: (language: Language) => void
}

export function Workspace({ conferenceKey, onClose, onLanguage }: WorkspaceProps) {
  const { t } = useTranslation()
  const [session, setSession] = useState<ConferenceSession | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [recoverable, setRecoverable] = useState<RecoverableFailure | null>(null)
  // Bumped to load the conference again after a restore wrote over the file.
  const [attempt, setAttempt] = useState(0)
  const [notice, setNotice] = useState<string | null>(null)
  const [repairs, setRepairs] = useState<readonly string[]>([])
  const [closing, setClosing] = useState(false)
  const [askLeave, setAskLeave] = useState(false)
  const reload = useCallback((message: string | null) => {
    setNotice(message)
    setSession(null)
    setError(null)
    setRecoverable(null)
    setAttempt((n) => n + 1)
  }, [])

  useEffect(() => {
    let alive = true
    let opened: ConferenceSession | null = null
    call('conferences:load', { key: conferenceKey }).then(
      (loaded) => {
        if (!alive) return
        opened = new ConferenceSession(
          loaded,
          (key, doc) => call('conferences:save', { key, doc }),
          400,
          () => Date.now(),
          (key, doc) => call('conferences:keepUnsaved', { key, doc })
        )
        setSession(opened)
        // A reference that pointed nowhere was dropped on the way in: say so, once, where the clerk looks.
        setRepairs(loaded.repairs ?? [])
      },
      (caught: unknown) => {
        if (!alive) return
        setError(errorMessage(caught))
        setRecoverable(recoverableFailure(caught, conferenceKey))
      }
    )
    return () => {
      alive = false
      if (opened) {
        const closing = opened
        void closing.flush().finally(() => closing.dispose())
      }
    }
  }, [conferenceKey, attempt])

  // Nothing lost when the window closes right after an edit.
  useEffect(() => {
    if (!session) return
    const onUnload = (event: BeforeUnloadEvent) => {
      // After a failed save, quitting asks first (the edits are in the recovery file whatever the answer).
      if (session.getSnapshot().saveState === 'error' && session.hasUnsavedEdits()) event.preventDefault()
      session.sendPendingNow()
    }
    window.addEventListener('beforeunload', onUnload)
    return () => window.removeEventListener('beforeunload', onUnload)
  }, [session])

  if (error && recoverable) {
    return (
      <RecoveryScreen
        conferenceKey={conferenceKey}
        failure={recoverable}
        onRestored={(notice) => reload(notice)}
        onBack={onClose}
      />
    )
  }
  if (error) {
    return (
      <main className="workspace">
        <h1>{t('errors.loadFailed')}</h1>
        <p role="alert" className="error banner">
          {error}
        </p>
        <button onClick={onClose}>{t('actions.back')}</button>
      </main>
    )
  }
  if (!session) return <main className="workspace">{t('list.loading')}</main>
  const leave = () => {
    session.freeze()
    void call('conferences:close', { key: conferenceKey })
      .catch(() => undefined)
      .finally(onClose)
  }
  const tryClose = () => {
    if (closing) return
    setClosing(true)
    // Saved, then frozen: an edit made while the close is under way would reach the main side
    // after it. The list comes back once the lock is given back, so reopening does not race it.
    // A save that fails asks the clerk first: nothing typed is dropped without a word.
    void session.flush().then(leave, () => {
      setClosing(false)
      setAskLeave(true)
    })
  }
  return (
    <SessionContext.Provider value={session}>
      {askLeave && (
        <LeaveUnsavedDialog
          onStay={() => setAskLeave(false)}
          onRetry={() => {
            setAskLeave(false)
            tryClose()
          }}
          onLeave={(keepRecoveryFile) => {
            setAskLeave(false)
            setClosing(true)
            void session.abandonUnsaved(keepRecoveryFile).finally(leave)
          }}
        />
      )}
      <WorkspaceBody
        closing={closing}
        onClose={tryClose}
        onLanguage={onLanguage}
        session={session}
        notice={notice ?? (repairs.length > 0 ? t('workspace.repaired', { list: repairs.join('; ') }) : null)}
        onReload={reload}
      />
    </SessionContext.Provider>
  )
}

function WorkspaceBody({
  session,
  closing,
  onClose,
  onLanguage,
  notice,
  onReload
}: {
  session: ConferenceSession
  closing: boolean
  onClose: () => void
  onLanguage: (language: Language) => void
  notice: string | null
  onReload: (notice: string | null) => void
}) {
  const { t } = useTranslation()
  const snapshot = useSessionSnapshot()
  const [active, setActive] = useState(TABS[0]?.id ?? 'general')
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({})
  // Opening a conference replaces the whole screen: without this, focus falls to the page body and
  // a screen reader says nothing about where the clerk now is.
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  // Kept as a message key, not text: it follows a language switch, and goes when the clerk moves on.
  const [status, setStatus] = useState<WorkspaceStatus | null>(null)
  const selectTab = (id: string) => {
    if (id !== active) setStatus(null)
    setActive(id)
  }

  // Every edit remembers the tab it was made in, so an undo can take the clerk there.
  useEffect(() => session.setContext(active), [session, active])
  const { i18n } = useTranslation()
  useEffect(() => {
    session.setLanguage(i18n.language === 'en' ? 'en' : 'vi')
  }, [session, i18n.language])
  // To the tab, row and field of a problem: the tab opens, and a tab that lists records shows the row.
  const goTo = useCallback(
    (problem: EditProblem) => {
      // The row must not hide behind a search or a filter.
      if (problem.tab === 'delegates')
        viewState.set(viewStateKey(snapshot.key, 'delegates.filters'), NO_FILTERS)
      if (problem.recordId !== null)
        viewState.set(viewStateKey(snapshot.key, `${problem.tab}.goTo`), {
          id: problem.recordId,
          field: problem.field,
          at: Date.now()
        })
      setActive(problem.tab)
    },
    [snapshot.key]
  )

  const step = snapshot.lastHistoryStep
  const [shownStep, setShownStep] = useState(0)
  if (step && step.serial !== shownStep) {
    // Adjusting state while rendering (not in an effect): React re-renders once, before painting.
    setShownStep(step.serial)
    if (step.context && step.context !== active && TABS.some((tab) => tab.id === step.context))
      setActive(step.context)
    setStatus({
      key: step.direction === 'undo' ? 'history.undone' : 'history.redone',
      tab: step.context,
      error: false
    })
  }

  const saveCopy = useCallback(() => {
    setStatus(null)
    call('conferences:saveCopy', { key: snapshot.key }).then(
      (saved) => {
        if (saved) setStatus({ key: 'save.copySaved', values: { file: saved.fileName }, error: false })
      },
      (caught: unknown) =>
        setStatus({ key: 'errors.generic', values: { message: errorMessage(caught) }, error: true })
    )
  }, [snapshot.key])

  useEffect(() => {
    const act = (command: 'undo' | 'redo') => {
      if (command === 'undo') session.undo()
      else session.redo()
    }
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return
      // Behind a modal (import wizard, history) the document is not what the clerk is looking at.
      if (document.querySelector('dialog[open]')) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        act('undo')
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault()
        act('redo')
      }
    }
    window.addEventListener('keydown', onKey)
    const unsubscribe = subscribe('menu:command', ({ command }) => {
      if (command === 'undo' || command === 'redo') act(command)
      if (command === 'save-copy') saveCopy()
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      unsubscribe()
    }
  }, [session, saveCopy])

  const onTabKey = (event: ReactKeyboardEvent, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (event.key === 'Home' || event.key === 'End' || delta !== 0) {
      event.preventDefault()
      const next =
        event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? TABS.length - 1
            : (index + delta + TABS.length) % TABS.length
      const tab = TABS[next]
      if (tab) {
        selectTab(tab.id)
        tabRefs.current[tab.id]?.focus()
      }
    }
  }

  const ActiveTab = TABS.find((tab) => tab.id === active)?.component
  return (
    <main className="workspace">
      <header className="app-header workspace-header">
        <div className="title-block">
          <button className="link back" onClick={onClose} disabled={closing} aria-busy={closing}>
            ← {closing ? t('actions.closing') : t('actions.back')}
          </button>
          <h1
            className="conference-title"
            title={snapshot.doc.conference.title}
            ref={headingRef}
            tabIndex={-1}
          >
            {snapshot.doc.conference.title || '—'}
          </h1>
        </div>
        <div className="toolbar">
          <SaveIndicator />
          <button
            onClick={() => session.undo()}
            disabled={!snapshot.canUndo}
            title="Ctrl+Z"
            aria-keyshortcuts="Control+Z"
          >
            {t('actions.undo')}
          </button>
          <button
            onClick={() => session.redo()}
            disabled={!snapshot.canRedo}
            title="Ctrl+Y"
            aria-keyshortcuts="Control+Y"
          >
            {t('actions.redo')}
          </button>
          <button onClick={saveCopy}>{t('actions.saveCopy')}</button>
          <HistoryButton onRestored={onReload} />
          <LanguageSwitch onLanguage={onLanguage} />
        </div>
      </header>
      <WorkspaceBanner notice={notice} />
      <ConflictBanner session={session} onResolved={onReload} />
      <SaveProblemBanner onGoTo={goTo} />
      <RefusedEditLine onGoTo={goTo} />
      <p
        className={status?.error ? 'workspace-status error' : 'workspace-status'}
        role="status"
        aria-live="polite"
      >
        {status ? t(status.key, { ...status.values, where: status.tab ? t(`tabs.${status.tab}`) : '' }) : ''}
      </p>
      <nav className="tabs" role="tablist" aria-label={snapshot.doc.conference.title}>
        {TABS.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              tabRefs.current[tab.id] = element
            }}
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            className={active === tab.id ? 'tab active' : 'tab'}
            onClick={() => selectTab(tab.id)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {t(`tabs.${tab.id}`)}
          </button>
        ))}
      </nav>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} className="panel">
        {ActiveTab && <ActiveTab />}
      </div>
    </main>
  )
}

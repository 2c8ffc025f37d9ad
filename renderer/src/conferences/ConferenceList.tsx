import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConferenceSummary } from '../../../shared/api/conferenceChannels'
import type { Language } from '../../../shared/api/settingsChannels'
import { call, errorMessage, subscribe } from '../api/client'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { formatDate, formatDateTime, formatNumber } from '../i18n'
import { RecoveryDialog } from '../recovery/RecoveryDialog'
import { AboutDialog } from '../ship/AboutDialog'
import { BackupDialog } from '../ship/BackupDialog'
import { DuplicateDialog } from './DuplicateDialog'
import { NewConferenceDialog } from './NewConferenceDialog'
import { RenameDialog } from './RenameDialog'
import { TrashPanel } from './TrashPanel'

type Pending =
  | { kind: 'new' }
  | { kind: 'duplicate'; source: ConferenceSummary }
  | { kind: 'recover'; source: ConferenceSummary }
  | { kind: 'rename'; source: ConferenceSummary }
  | null

export function ConferenceList({
  onOpen,
  onLanguage,
  onHelp
}: {
  onOpen: (key: string) => void
  onLanguage: (language: Language) => void
  onHelp?: () => void
}) {
  const { t, i18n } = useTranslation()
  const { t: ts } = useTranslation('ship')
  const [shipDialog, setShipDialog] = useState<'backup' | 'about' | null>(null)
  // Leaving a conference unmounts the screen that held focus; the list's heading takes it, so a
  // screen reader announces where the clerk is instead of falling silent on the page body.
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body)
      headingRef.current?.focus()
  }, [])
  const [items, setItems] = useState<ConferenceSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPendingState] = useState<Pending>(null)
  // A failure inside a dialog is shown in that dialog, not behind its backdrop.
  const [dialogError, setDialogError] = useState<string | null>(null)
  const setPending = useCallback((next: Pending) => {
    setDialogError(null)
    setPendingState(next)
  }, [])
  const [showTrash, setShowTrash] = useState(false)

  // Bumping the version reloads the list; the effect owns the request so a stale answer is dropped.
  const [version, setVersion] = useState(0)
  const refresh = useCallback(() => setVersion((current) => current + 1), [])

  useEffect(() => {
    let alive = true
    call('conferences:list', {}).then(
      (list) => {
        if (alive) setItems(list)
      },
      (caught: unknown) => {
        if (alive) setError(errorMessage(caught))
      }
    )
    return () => {
      alive = false
    }
  }, [version])

  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setError(null)
      try {
        await action()
      } catch (caught) {
        setError(errorMessage(caught))
      }
      refresh()
    },
    [refresh]
  )

  /** Runs a dialog's action; the dialog closes only when it succeeded. */
  const runInDialog = useCallback(
    async (action: () => Promise<void>) => {
      setDialogError(null)
      try {
        await action()
        setPendingState(null)
      } catch (caught) {
        setDialogError(errorMessage(caught))
      }
      refresh()
    },
    [refresh]
  )

  const openExternal = useCallback(
    () =>
      run(async () => {
        const opened = await call('conferences:openExternal', {})
        if (opened) onOpen(opened.key)
      }),
    [run, onOpen]
  )

  useEffect(
    () =>
      subscribe('menu:command', ({ command }) => {
        if (command === 'new') setPending({ kind: 'new' })
        if (command === 'open-external') void openExternal()
      }),
    [openExternal, setPending]
  )

  return (
    <main className="list-screen">
      <header className="app-header">
        <div>
          <h1>{t('appName')}</h1>
          <p className="muted">{t('tagline')}</p>
        </div>
        <div className="toolbar">
          <button className="primary" onClick={() => setPending({ kind: 'new' })}>
            {t('actions.new')}
          </button>
          <button onClick={() => void openExternal()}>{t('actions.openFile')}</button>
          <button onClick={() => setShowTrash(!showTrash)}>
            {showTrash ? t('actions.hideTrash') : t('actions.trash')}
          </button>
          <button onClick={() => setShipDialog('backup')}>{ts('backup.button')}</button>
          {onHelp && <button onClick={onHelp}>{ts('help.button')}</button>}
          <button onClick={() => setShipDialog('about')}>{ts('about.button')}</button>
          <LanguageSwitch onLanguage={onLanguage} />
        </div>
      </header>
      {shipDialog === 'backup' && <BackupDialog onClose={() => setShipDialog(null)} onRestored={refresh} />}
      {shipDialog === 'about' && <AboutDialog onClose={() => setShipDialog(null)} />}
      {error && (
        <p role="alert" className="error banner">
          {error}
        </p>
      )}
      <section aria-labelledby="list-title">
        <h2 id="list-title" ref={headingRef} tabIndex={-1}>
          {t('list.title')}
        </h2>
        {items === null ? (
          <p>{t('list.loading')}</p>
        ) : items.length === 0 ? (
          <div className="empty">
            <p>{t('list.empty')}</p>
            <p className="first-run">
              <button
                className="primary"
                onClick={() =>
                  void run(async () => {
                    const { key } = await call('samples:openConference', {})
                    onOpen(key)
                  })
                }
              >
                {ts('sample.open')}
              </button>
              <span className="muted">{ts('sample.hint')}</span>
            </p>
          </div>
        ) : (
          <table className="grid conference-table">
            <thead>
              <tr>
                <th>{t('list.columns.title')}</th>
                <th>{t('list.columns.date')}</th>
                <th>{t('list.columns.place')}</th>
                <th className="num">{t('list.columns.delegates')}</th>
                <th>{t('list.columns.updated')}</th>
                <th>{t('list.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.key} className={item.problem ? 'row-problem' : undefined}>
                  <td>
                    {item.problem ? (
                      <span title={item.problem}>{item.title}</span>
                    ) : (
                      <button className="link" onClick={() => onOpen(item.key)}>
                        {item.title}
                      </button>
                    )}
                    {item.external && <span className="badge">{t('list.external')}</span>}
                    {item.problem && (
                      <div className="error small">{t('list.problem', { problem: item.problem })}</div>
                    )}
                  </td>
                  <td>{formatDate(item.date, i18n.language)}</td>
                  <td>{item.place}</td>
                  <td className="num">{formatNumber(item.delegates, i18n.language)}</td>
                  <td>{formatDateTime(item.updatedAt, i18n.language)}</td>
                  <td className="actions">
                    {item.problem ? (
                      <button
                        className="primary"
                        onClick={() => setPending({ kind: 'recover', source: item })}
                      >
                        {t('history:recovery.action')}
                      </button>
                    ) : (
                      <button onClick={() => onOpen(item.key)}>{t('actions.open')}</button>
                    )}
                    <button
                      disabled={item.problem !== null}
                      onClick={() => setPending({ kind: 'rename', source: item })}
                    >
                      {t('actions.rename')}
                    </button>
                    <button
                      disabled={item.problem !== null}
                      onClick={() => setPending({ kind: 'duplicate', source: item })}
                    >
                      {t('actions.duplicate')}
                    </button>
                    <button
                      className="danger"
                      onClick={() => {
                        if (window.confirm(t('list.confirmDelete', { title: item.title })))
                          void run(() => call('conferences:trash', { key: item.key }))
                      }}
                    >
                      {t('actions.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {showTrash && <TrashPanel onRestored={refresh} />}
      {pending?.kind === 'new' && (
        <NewConferenceDialog
          error={dialogError}
          onClose={() => setPending(null)}
          onCreate={(values) =>
            void runInDialog(async () => {
              const created = await call('conferences:create', values)
              onOpen(created.key)
            })
          }
        />
      )}
      {pending?.kind === 'recover' && (
        <RecoveryDialog
          conferenceKey={pending.source.key}
          failure={{
            fileName: pending.source.fileName,
            reason: pending.source.problem ?? '',
            details: [],
            quarantined: false
          }}
          onClose={() => setPending(null)}
          onRestored={(key) => {
            setPending(null)
            onOpen(key)
          }}
        />
      )}
      {pending?.kind === 'duplicate' && (
        <DuplicateDialog
          source={pending.source}
          error={dialogError}
          onClose={() => setPending(null)}
          onDuplicate={(title, keepAwards) =>
            void runInDialog(async () => {
              const copy = await call('conferences:duplicate', { key: pending.source.key, title, keepAwards })
              onOpen(copy.key)
            })
          }
        />
      )}
      {pending?.kind === 'rename' && (
        <RenameDialog
          title={pending.source.title}
          error={dialogError}
          onClose={() => setPending(null)}
          onRename={(title) =>
            void runInDialog(async () => {
              await call('conferences:rename', { key: pending.source.key, title })
            })
          }
        />
      )}
    </main>
  )
}

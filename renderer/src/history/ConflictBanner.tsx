import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call, errorMessage } from '../api/client'
import type { ConferenceSession } from '../state/conferenceSession'
import { useSessionSnapshot } from '../state/sessionContext'

type Keep = 'mine' | 'theirs'

/**
 * Shown while saves are refused because the file changed outside HoiNghi (a `hoinghi import`,
 * another computer): the clerk keeps their version or the one on disk, and the other is kept in
 * History, so choosing is never a loss. Then the workspace loads the file again.
 */
export function ConflictBanner({
  session,
  onResolved
}: {
  session: ConferenceSession
  onResolved: (notice: string) => void
}) {
  const { t } = useTranslation('history')
  const { saveErrorCode, fileName, readOnly } = useSessionSnapshot()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  if (saveErrorCode !== 'locked' || readOnly) return null

  const resolve = (keep: Keep) => {
    setBusy(true)
    setFailure(null)
    session.freeze()
    call('conflict:resolve', { key: session.getSnapshot().key, doc: session.doc, keep }).then(
      ({ setAside }) => {
        session.discardPending()
        const notice =
          keep === 'theirs'
            ? 'keptTheirs'
            : setAside === 'snapshot'
              ? 'keptMine'
              : setAside === 'quarantine'
                ? 'keptMineQuarantined'
                : 'keptMineNothingSetAside'
        onResolved(t(`conflict.${notice}`))
      },
      (caught: unknown) => {
        session.thaw()
        setBusy(false)
        setFailure(t('conflict.failed', { message: errorMessage(caught) }))
      }
    )
  }

  return (
    <section className="workspace-banner conflict-banner" role="alert" aria-labelledby="conflict-title">
      <strong id="conflict-title">{t('conflict.title')}</strong>
      <span>{t('conflict.body', { file: fileName })}</span>
      <span className="conflict-actions">
        <button className="primary" disabled={busy} onClick={() => resolve('mine')}>
          {t('conflict.keepMine')}
        </button>
        <button disabled={busy} onClick={() => resolve('theirs')}>
          {t('conflict.keepTheirs')}
        </button>
      </span>
      {busy && <span>{t('conflict.working')}</span>}
      {failure && <span className="error">{failure}</span>}
    </section>
  )
}

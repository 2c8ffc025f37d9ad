import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../i18n'
import { useSession, useSessionSnapshot } from '../state/sessionContext'

/** Always visible: the clerk must know whether the last edit is on disk. */
export function SaveIndicator() {
  const { t, i18n } = useTranslation()
  const session = useSession()
  const { saveState, saveErrorCode, lastSavedAt, readOnly, lockHolder } = useSessionSnapshot()
  if (readOnly)
    return <span className="save-state read-only">{t('save.readOnly', { holder: lockHolder ?? '?' })}</span>
  if (saveState === 'error') {
    return (
      <span className="save-state error" role="alert">
        {saveErrorCode === 'locked'
          ? t('save.changedOutside')
          : // The banner under the toolbar says what and where; the raw message never shows alone.
            t('edits.saveFailedTitle')}{' '}
        {/* A file changed outside HoiNghi fails every retry: the conflict banner offers the way out. */}
        {saveErrorCode !== 'locked' && (
          <button onClick={() => void session.flush().catch(() => undefined)}>{t('actions.retry')}</button>
        )}
      </span>
    )
  }
  const text =
    saveState === 'saved'
      ? lastSavedAt
        ? t('save.savedAt', { when: formatDateTime(lastSavedAt, i18n.language) })
        : t('save.saved')
      : t(`save.${saveState}`)
  return (
    <span className={`save-state ${saveState}`} role="status" aria-live="polite" data-save-state={saveState}>
      {text}
    </span>
  )
}

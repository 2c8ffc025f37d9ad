import { useTranslation } from 'react-i18next'
import { Dialog } from '../components/Dialog'
import { useSessionSnapshot } from '../state/sessionContext'

/**
 * Leaving a conference whose last edits could not be saved: nothing is dropped without the clerk
 * saying so. Staying is the default; leaving keeps the recovery file unless they discard.
 */
export function LeaveUnsavedDialog({
  onStay,
  onRetry,
  onLeave
}: {
  onStay: () => void
  onRetry: () => void
  onLeave: (keepRecoveryFile: boolean) => void
}) {
  const { t } = useTranslation()
  const { saveError, recoveryFile } = useSessionSnapshot()
  return (
    <Dialog title={t('edits.leaveTitle')} onClose={onStay}>
      <p>{t('edits.leaveBody', { message: saveError ?? '' })}</p>
      {recoveryFile && <p className="muted">{t('edits.keptInFile', { file: recoveryFile })}</p>}
      <div className="dialog-actions">
        <button className="primary" onClick={onStay} autoFocus>
          {t('edits.stay')}
        </button>
        <button onClick={onRetry}>{t('actions.retry')}</button>
        {recoveryFile && <button onClick={() => onLeave(true)}>{t('edits.leaveKeep')}</button>}
        <button className="danger" onClick={() => onLeave(false)}>
          {t('edits.leaveDiscard')}
        </button>
      </div>
    </Dialog>
  )
}

import { useTranslation } from 'react-i18next'
import { Dialog } from '../components/Dialog'
import type { RecoverableFailure } from './recoverableFailure'
import { RecoveryPanel } from './RecoveryPanel'

/** The recovery panel over the conference list, for a file the list already found broken. */
export function RecoveryDialog({
  conferenceKey,
  failure,
  onRestored,
  onClose
}: {
  conferenceKey: string
  failure: RecoverableFailure
  onRestored: (key: string) => void
  onClose: () => void
}) {
  const { t } = useTranslation('history')
  return (
    <Dialog title={t('recovery.title')} onClose={onClose}>
      <div className="recovery-dialog">
        <RecoveryPanel conferenceKey={conferenceKey} failure={failure} onRestored={onRestored} />
        <div className="dialog-actions">
          <button onClick={onClose}>{t('common:actions.cancel')}</button>
        </div>
      </div>
    </Dialog>
  )
}

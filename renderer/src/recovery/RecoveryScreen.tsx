import { useTranslation } from 'react-i18next'
import type { RecoverableFailure } from './recoverableFailure'
import { RecoveryPanel } from './RecoveryPanel'
import './recovery.css'

/** The workspace's load-error view when the file is broken: the recovery panel and a way back. */
export function RecoveryScreen({
  conferenceKey,
  failure,
  onRestored,
  onBack
}: {
  conferenceKey: string
  failure: RecoverableFailure
  onRestored: (notice: string) => void
  onBack: () => void
}) {
  const { t } = useTranslation()
  return (
    <main className="workspace">
      <header className="app-header workspace-header">
        <div className="title-block">
          <button className="link back" onClick={onBack}>
            ← {t('actions.back')}
          </button>
          <h1>{t('errors.loadFailed')}</h1>
        </div>
      </header>
      <div className="workspace-recovery">
        <RecoveryPanel
          conferenceKey={conferenceKey}
          failure={failure}
          onRestored={(_key, notice) => onRestored(notice)}
        />
      </div>
    </main>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSessionSnapshot } from '../state/sessionContext'
import './history.css'

/**
 * What the clerk must not miss at the top of the workspace: that the file is held on another
 * computer (nothing typed here is saved), or that a restore just replaced the data.
 */
export function WorkspaceBanner({ notice }: { notice: string | null }) {
  const { t } = useTranslation('history')
  const [dismissed, setDismissed] = useState(false)
  const { readOnly, lockHolder } = useSessionSnapshot()
  return (
    <>
      {readOnly && (
        <div className="workspace-banner read-only-banner" role="alert">
          <strong>{t('readOnly.title')}</strong>
          <span>{t('readOnly.body', { holder: lockHolder ?? t('readOnly.unknownHolder') })}</span>
        </div>
      )}
      {notice && !dismissed && (
        <div className="workspace-banner restored-banner" role="status">
          <span>{notice}</span>
          <button className="link" onClick={() => setDismissed(true)}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </>
  )
}

import { useTranslation } from 'react-i18next'

/** Filled by the issue that builds this part of the workspace. */
export function AgendaTab() {
  const { t } = useTranslation()
  return (
    <section className="tab-panel">
      <p className="empty">{t('pending')}</p>
    </section>
  )
}

import { useTranslation } from 'react-i18next'
import type { Award } from '../../../shared/model/conference'
import { countAwards } from '../../../shared/awards/groupAwards'

/** Always on screen: the secretariat is asked "how many flags, from whom" before anything else. */
export function AwardCounts({ awards }: { awards: readonly Award[] }) {
  const { t } = useTranslation('awards')
  const counts = countAwards(awards)
  const chips = (record: Record<string, number>) =>
    Object.entries(record).map(([label, count]) => (
      <li key={label} className="count-chip">
        <span>{label || t('counts.blank')}</span> <strong>{count}</strong>
      </li>
    ))
  return (
    <div className="award-counts" role="region" aria-label={t('counts.title')} data-testid="award-counts">
      <p>
        <strong>{t('counts.total', { total: counts.total })}</strong>{' '}
        <span className="muted">
          {t('counts.split', { collectives: counts.collectives, individuals: counts.individuals })}
        </span>
      </p>
      {counts.total > 0 && (
        <>
          <div className="count-row">
            <span className="muted">{t('counts.byForm')}</span>
            <ul aria-label={t('counts.byForm')}>{chips(counts.byForm)}</ul>
          </div>
          <div className="count-row">
            <span className="muted">{t('counts.byAuthority')}</span>
            <ul aria-label={t('counts.byAuthority')}>{chips(counts.byAuthority)}</ul>
          </div>
        </>
      )}
    </div>
  )
}

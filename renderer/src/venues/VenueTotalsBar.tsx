import { useTranslation } from 'react-i18next'
import { formatNumber } from '../i18n'
import type { VenueTotals } from './venueOps'

/** Always on screen: the figures the secretariat is asked for over the phone. */
export function VenueTotalsBar({ totals }: { totals: VenueTotals }) {
  const { t, i18n } = useTranslation('venues')
  const n = (value: number) => formatNumber(value, i18n.language)
  return (
    <dl className="totals-bar" aria-label={t('totals.label')} data-testid="venue-totals">
      <div>
        <dt>{t('totals.venues')}</dt>
        <dd>{n(totals.venues)}</dd>
      </div>
      <div>
        <dt>{t('totals.expected')}</dt>
        <dd>{n(totals.expected)}</dd>
      </div>
      <div>
        <dt>{t('totals.listed')}</dt>
        <dd>{n(totals.listed)}</dd>
      </div>
      <div>
        <dt>{t('totals.confirmed')}</dt>
        <dd>{n(totals.confirmed)}</dd>
      </div>
      {totals.unassigned > 0 && (
        <div className="warn">
          <dt>{t('totals.unassigned')}</dt>
          <dd>{n(totals.unassigned)}</dd>
        </div>
      )}
    </dl>
  )
}

import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { precedenceMoves, sortByPrecedence } from '../../../shared/delegates/sortByPrecedence'
import type { ConferenceDocument } from '../../../shared/model/conference'
import { Dialog } from '../components/Dialog'
import { formatNumber } from '../i18n'

const SHOWN = 300

/**
 * The suggested protocol order before it replaces the clerk's own: who moves, from which place to
 * which. Nothing changes until "Áp dụng", and then in one undo step.
 */
export function PrecedencePreview({
  doc,
  onApply,
  onClose
}: {
  doc: ConferenceDocument
  onApply: () => void
  onClose: () => void
}) {
  const { t, i18n } = useTranslation('delegates')
  const n = (value: number) => formatNumber(value, i18n.language)
  const moves = useMemo(
    () => precedenceMoves(doc.delegates, sortByPrecedence(doc.delegates, doc.venues)),
    [doc.delegates, doc.venues]
  )
  const venueName = new Map(doc.venues.map((venue) => [venue.id, venue.name]))
  const byId = new Map(doc.delegates.map((delegate) => [delegate.id, delegate]))
  return (
    <Dialog title={t('precedence.title')} onClose={onClose}>
      <div className="precedence-preview">
        <p>
          {moves.length === 0
            ? t('precedence.unchanged')
            : t('precedence.summary', { moved: n(moves.length), total: n(doc.delegates.length) })}
        </p>
        {doc.venues.length >= 2 && <p className="muted small">{t('precedence.multiVenueRule')}</p>}
        {moves.length > 0 && (
          <div className="precedence-scroll">
            <table className="grid" aria-label={t('precedence.tableLabel')}>
              <thead>
                <tr>
                  <th className="num">{t('precedence.to')}</th>
                  <th className="num">{t('precedence.from')}</th>
                  <th>{t('columns.name')}</th>
                  <th>{t('columns.rank')}</th>
                  <th>{t('columns.venue')}</th>
                </tr>
              </thead>
              <tbody>
                {moves.slice(0, SHOWN).map((move) => {
                  const delegate = byId.get(move.id)
                  return (
                    <tr key={move.id}>
                      <td className="num">{n(move.to)}</td>
                      <td className="num">
                        {n(move.from)} {move.to < move.from ? '↑' : '↓'}
                      </td>
                      <td>{move.name || t('unnamed')}</td>
                      <td>{delegate?.rank ?? ''}</td>
                      <td>{delegate?.venueId ? (venueName.get(delegate.venueId) ?? '') : ''}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            {moves.length > SHOWN && (
              <p className="muted small">{t('precedence.more', { count: moves.length - SHOWN })}</p>
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button onClick={onClose}>{t('precedence.cancel')}</button>
          <button className="primary" onClick={onApply} disabled={moves.length === 0}>
            {t('precedence.apply')}
          </button>
        </div>
      </div>
    </Dialog>
  )
}

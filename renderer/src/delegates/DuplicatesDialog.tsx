import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Delegate, Venue } from '../../../shared/model/conference'
import { Dialog } from '../components/Dialog'
import { formatDateTime, formatNumber } from '../i18n'

const SUMMARY_SHOWN = 50

/**
 * One group at a time, or all at once: the clerk picks the record to keep in each group (the
 * first by default), the others are merged into it. Each record says which import it came from.
 */
export function DuplicatesDialog({
  groups,
  delegates,
  venues,
  onMerge,
  onMergeAll,
  onClose
}: {
  groups: readonly string[][]
  delegates: readonly Delegate[]
  venues: readonly Venue[]
  onMerge: (keepId: string, otherIds: string[]) => void
  /** Every group into its chosen record, in one undo step. */
  onMergeAll: (chosen: (index: number) => string | undefined) => void
  onClose: () => void
}) {
  const { t, i18n } = useTranslation('delegates')
  const byId = new Map(delegates.map((delegate) => [delegate.id, delegate]))
  const venueName = new Map(venues.map((venue) => [venue.id, venue.name]))
  const [keep, setKeep] = useState<Record<string, string>>({})
  const [confirmAll, setConfirmAll] = useState(false)
  // Choices follow the group (by its members), not its position, as groups disappear while merging.
  const chosenOf = (group: readonly string[]) => keep[group.join(',')] ?? group[0] ?? ''
  const n = (value: number) => formatNumber(value, i18n.language)
  const origin = (delegate: Delegate) =>
    delegate.importedFrom
      ? t('duplicates.from', {
          file: delegate.importedFrom.file,
          when: formatDateTime(delegate.importedFrom.at, i18n.language)
        })
      : t('duplicates.typedIn')
  const label = (delegate: Delegate) => [delegate.rank, delegate.name].filter(Boolean).join(' ')
  const dropped = groups.reduce((sum, group) => sum + group.length - 1, 0)

  if (confirmAll)
    return (
      <Dialog title={t('duplicates.title')} onClose={() => setConfirmAll(false)}>
        <div className="duplicates-dialog" role="group" aria-labelledby="merge-all-summary">
          <p id="merge-all-summary">
            {t('duplicates.allSummary', {
              groups: n(groups.length),
              kept: n(groups.length),
              dropped: n(dropped)
            })}
          </p>
          <ul className="merge-all-list">
            {groups.slice(0, SUMMARY_SHOWN).map((group) => {
              const kept = byId.get(chosenOf(group))
              if (!kept) return null
              return (
                <li key={group.join(',')}>
                  {t('duplicates.keepLine', { name: label(kept), count: group.length - 1 })}{' '}
                  <span className="muted">({origin(kept)})</span>
                </li>
              )
            })}
          </ul>
          {groups.length > SUMMARY_SHOWN && (
            <p className="muted small">
              {t('duplicates.moreGroups', { count: groups.length - SUMMARY_SHOWN })}
            </p>
          )}
          <div className="dialog-actions">
            <button onClick={() => setConfirmAll(false)}>{t('duplicates.back')}</button>
            <button
              className="primary"
              onClick={() => {
                const chosen = groups.map(chosenOf)
                onMergeAll((index) => chosen[index])
                setConfirmAll(false)
              }}
            >
              {t('duplicates.confirmAll', { count: groups.length })}
            </button>
          </div>
        </div>
      </Dialog>
    )

  return (
    <Dialog title={t('duplicates.title')} onClose={onClose}>
      <div className="duplicates-dialog">
        {groups.length === 0 && <p>{t('duplicates.none')}</p>}
        {groups.length > 1 && (
          <div className="merge-all-bar">
            <button className="primary" onClick={() => setConfirmAll(true)}>
              {t('duplicates.mergeAll', { count: groups.length })}
            </button>
          </div>
        )}
        {groups.map((group, index) => {
          const chosen = chosenOf(group)
          return (
            <fieldset key={group.join(',')} className="duplicate-group">
              <legend>{t('duplicates.group', { n: index + 1, count: group.length })}</legend>
              {group.map((id) => {
                const delegate = byId.get(id)
                if (!delegate) return null
                return (
                  <label key={id} className="check">
                    <input
                      type="radio"
                      name={`keep-${group.join(',')}`}
                      checked={chosen === id}
                      onChange={() => setKeep({ ...keep, [group.join(',')]: id })}
                    />
                    <span>
                      <strong>{label(delegate)}</strong> — {delegate.position || '…'}, {delegate.unit || '…'}
                      {delegate.venueId !== null && ` · ${venueName.get(delegate.venueId) ?? ''}`}
                      {delegate.phone && ` · ${delegate.phone}`}
                      <br />
                      <span className="muted small">{origin(delegate)}</span>
                    </span>
                  </label>
                )
              })}
              <button
                onClick={() =>
                  onMerge(
                    chosen,
                    group.filter((id) => id !== chosen)
                  )
                }
              >
                {t('duplicates.merge')}
              </button>
            </fieldset>
          )
        })}
        <p className="muted small">{t('duplicates.hint')}</p>
        <div className="dialog-actions">
          <button onClick={onClose}>{t('duplicates.close')}</button>
        </div>
      </div>
    </Dialog>
  )
}

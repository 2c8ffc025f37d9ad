import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Delegate, Venue } from '../../../shared/model/conference'
import { Dialog } from '../components/Dialog'

/** One group at a time: the clerk picks the record to keep, the others are merged into it. */
export function DuplicatesDialog({
  groups,
  delegates,
  venues,
  onMerge,
  onClose
}: {
  groups: readonly string[][]
  delegates: readonly Delegate[]
  venues: readonly Venue[]
  onMerge: (keepId: string, otherIds: string[]) => void
  onClose: () => void
}) {
  const { t } = useTranslation('delegates')
  const byId = new Map(delegates.map((delegate) => [delegate.id, delegate]))
  const venueName = new Map(venues.map((venue) => [venue.id, venue.name]))
  const [keep, setKeep] = useState<Record<number, string>>({})
  return (
    <Dialog title={t('duplicates.title')} onClose={onClose}>
      <div className="duplicates-dialog">
        {groups.length === 0 && <p>{t('duplicates.none')}</p>}
        {groups.map((group, index) => {
          const chosen = keep[index] ?? group[0] ?? ''
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
                      name={`keep-${index}`}
                      checked={chosen === id}
                      onChange={() => setKeep({ ...keep, [index]: id })}
                    />
                    <span>
                      <strong>{[delegate.rank, delegate.name].filter(Boolean).join(' ')}</strong> —{' '}
                      {delegate.position || '…'}, {delegate.unit || '…'}
                      {delegate.venueId !== null && ` · ${venueName.get(delegate.venueId) ?? ''}`}
                      {delegate.phone && ` · ${delegate.phone}`}
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

import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { applyCollected } from '../../../shared/collect/applyCollected'
import { planCollection, type ReplyFile, type VenuePlan } from '../../../shared/collect/planCollection'
import { call, errorMessage } from '../api/client'
import { Dialog } from '../components/Dialog'
import { newRecordId } from '../importing/recordId'
import { snapshotBeforeImport } from '../importing/snapshotBeforeImport'
import { useSession, useSessionSnapshot } from '../state/sessionContext'

type Stage =
  | { step: 'idle' }
  | { step: 'reading'; count: number }
  | { step: 'ready'; token: string; replies: ReplyFile[] }
  | { step: 'done'; count: number }

function VenueDetails({ venue }: { venue: VenuePlan }) {
  const { t } = useTranslation('collect')
  const { added, changed, removed } = venue.diff
  if (added.length + changed.length + removed.length + venue.problems.length === 0) return null
  return (
    <details className="collect-details">
      <summary>{t('reply.details')}</summary>
      {added.length > 0 && (
        <p>
          <strong>{t('reply.added')}:</strong> {added.map((person) => person.name).join('; ')}
        </p>
      )}
      {changed.length > 0 && (
        <p>
          <strong>{t('reply.changed')}:</strong>{' '}
          {changed.map((change) => `${change.after.name} (${change.fields.join(', ')})`).join('; ')}
        </p>
      )}
      {removed.length > 0 && (
        <p>
          <strong>{t('reply.removed')}:</strong> {removed.map((person) => person.name).join('; ')}
        </p>
      )}
      {venue.problems.length > 0 && (
        <ul className="error small">
          {venue.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
    </details>
  )
}

/**
 * Many returned files at once: each recognised as its venue's (or placed by the clerk), shown as
 * what it changes in that venue's list; the ticked venues are replaced in one undo step after a
 * snapshot.
 */
export function CollectDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('collect')
  const session = useSession()
  const { doc, key } = useSessionSnapshot()
  const [stage, setStage] = useState<Stage>({ step: 'idle' })
  const [error, setError] = useState<string | null>(null)
  const [choices, setChoices] = useState<Record<string, string>>({})
  const [ticks, setTicks] = useState<Record<string, boolean>>({})
  const token = stage.step === 'ready' ? stage.token : null

  useEffect(
    () => () => {
      if (token) void call('collect:release', { token }).catch(() => undefined)
    },
    [token]
  )

  const plan = useMemo(
    () => (stage.step === 'ready' ? planCollection(doc, stage.replies, choices) : null),
    [doc, stage, choices]
  )
  const ticked = (venue: VenuePlan) => ticks[venue.venueId] ?? venue.clean
  const chosenCount = plan ? plan.venues.filter(ticked).length : 0

  const pick = async (mode: 'files' | 'folder') => {
    setError(null)
    try {
      const picked = await call('collect:pickReplies', { mode })
      if (!picked) return
      if (picked.files.length === 0) {
        setError(t('reply.nothing'))
        await call('collect:release', { token: picked.token })
        return
      }
      setStage({ step: 'reading', count: picked.files.length })
      const { replies } = await call('collect:readReplies', { token: picked.token })
      setChoices({})
      setTicks({})
      setStage({ step: 'ready', token: picked.token, replies })
    } catch (caught) {
      setStage({ step: 'idle' })
      setError(errorMessage(caught))
    }
  }

  const apply = async () => {
    if (stage.step !== 'ready' || !plan) return
    const failure = await snapshotBeforeImport(
      () => session.flush(),
      () => call('history:snapshot', { key, reason: 'import' }),
      errorMessage
    )
    if (failure !== null) {
      setError(t('reply.snapshotFailed', { message: failure }))
      return
    }
    const wanted = new Set(plan.venues.filter(ticked).map((venue) => venue.venueId))
    const at = new Date().toISOString()
    const { replies } = stage
    session.update((current) => {
      // Planned again on the document as it is now, with real ids for the people added.
      const fresh = planCollection(current, replies, choices, newRecordId)
      return applyCollected(
        current,
        fresh.venues.filter((venue) => wanted.has(venue.venueId)),
        at
      )
    })
    setStage({ step: 'done', count: wanted.size })
  }

  return (
    <Dialog title={t('reply.title')} onClose={onClose}>
      <div className="collect-dialog">
        {(stage.step === 'idle' || stage.step === 'ready') && (
          <div className="list-toolbar">
            <button onClick={() => void pick('files')}>{t('reply.pickFiles')}</button>
            <button onClick={() => void pick('folder')}>{t('reply.pickFolder')}</button>
          </div>
        )}
        {stage.step === 'reading' && (
          <p className="muted" role="status">
            {t('reply.reading', { count: stage.count })}
          </p>
        )}
        {error && (
          <p role="alert" className="error banner">
            {error}
          </p>
        )}
        {plan && (
          <>
            {plan.unreadable.length > 0 && (
              <div className="collect-block">
                <h3>{t('reply.unreadable')}</h3>
                <ul className="error small">
                  {plan.unreadable.map((file) => (
                    <li key={file.key}>
                      {file.fileName}: {file.error}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {plan.unmatched.length > 0 && (
              <div className="collect-block">
                <h3>{t('reply.unmatched')}</h3>
                {plan.unmatched.map(({ file, note }) => (
                  <label key={file.key} className="collect-unmatched">
                    <span>
                      {file.fileName} <span className="muted small">({note})</span>
                    </span>
                    <select
                      aria-label={t('reply.chooseVenue', { file: file.fileName })}
                      value={choices[file.key] ?? ''}
                      onChange={(event) => setChoices({ ...choices, [file.key]: event.target.value })}
                    >
                      <option value="">{t('reply.pickVenue')}</option>
                      {doc.venues.map((venue, index) => (
                        <option key={venue.id} value={venue.id}>
                          {index + 1}. {venue.name}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
            )}
            <div
              className="collect-table-wrap collect-plan"
              tabIndex={0}
              role="region"
              aria-label={t('reply.venueTable')}
            >
              <table className="collect-table" aria-label={t('reply.venueTable')}>
                <thead>
                  <tr>
                    <th scope="col">{t('reply.apply')}</th>
                    <th scope="col">{t('columns.venue')}</th>
                    <th scope="col">{t('reply.file')}</th>
                    <th scope="col">{t('reply.matchedBy')}</th>
                    <th scope="col">{t('reply.added')}</th>
                    <th scope="col">{t('reply.changed')}</th>
                    <th scope="col">{t('reply.removed')}</th>
                    <th scope="col">{t('reply.problems')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.venues.map((venue) => (
                    <tr
                      key={venue.venueId}
                      data-plan-venue={venue.venueId}
                      className={venue.clean ? '' : 'collect-dirty'}
                    >
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`${t('reply.apply')} ${venue.venueName}`}
                          checked={ticked(venue)}
                          onChange={(event) => setTicks({ ...ticks, [venue.venueId]: event.target.checked })}
                        />
                      </td>
                      <th scope="row">{venue.venueName}</th>
                      <td>
                        {venue.file.fileName}
                        {venue.superseded.length > 0 && (
                          <div className="muted small">
                            {t('reply.newer', {
                              files: venue.superseded.map((file) => file.fileName).join(', ')
                            })}
                          </div>
                        )}
                        <VenueDetails venue={venue} />
                      </td>
                      <td>{t(`reply.by.${venue.by}`)}</td>
                      <td className="num">{venue.diff.added.length}</td>
                      <td className="num">{venue.diff.changed.length}</td>
                      <td className="num">{venue.diff.removed.length}</td>
                      <td className={venue.problems.length > 0 ? 'num collect-no' : 'num'}>
                        {venue.problems.length}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {plan.venues.some((venue) => !venue.clean && !ticked(venue)) && (
              <p className="muted small">{t('reply.dirtyWarning')}</p>
            )}
          </>
        )}
        {stage.step === 'done' && (
          <p role="status" className="muted">
            {t('reply.applied', { count: stage.count })}
          </p>
        )}
        <div className="dialog-actions">
          <button onClick={onClose}>{stage.step === 'done' ? t('close') : t('cancel')}</button>
          {plan && (
            <button className="primary" disabled={chosenCount === 0} onClick={() => void apply()}>
              {t('reply.confirm', { count: chosenCount })}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  )
}

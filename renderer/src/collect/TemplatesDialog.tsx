import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { recordTemplates } from '../../../shared/collect/applyCollected'
import { call, errorMessage } from '../api/client'
import { Dialog } from '../components/Dialog'
import { useSession, useSessionSnapshot } from '../state/sessionContext'

/** Which venues, by when, whom to call: then a folder, one .xlsx per venue, and `templateAt` recorded. */
export function TemplatesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('collect')
  const session = useSession()
  const { doc, key } = useSessionSnapshot()
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(doc.venues.map((venue) => venue.id)))
  const [deadline, setDeadline] = useState('')
  const [contact, setContact] = useState(doc.documents.issuingBody)
  const [state, setState] = useState<{ busy: boolean; text: string; error: boolean } | null>(null)

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const write = async () => {
    const venueIds = doc.venues.filter((venue) => chosen.has(venue.id)).map((venue) => venue.id)
    if (venueIds.length === 0) {
      setState({ busy: false, text: t('templates.noneChosen'), error: true })
      return
    }
    setState({ busy: true, text: t('templates.writing'), error: false })
    try {
      // The main side writes from the stored document: the last edits go to disk first.
      await session.flush()
      const result = await call('collect:writeTemplates', { key, venueIds, deadline, contact })
      if (!result) {
        setState(null)
        return
      }
      session.update((current) =>
        recordTemplates(
          current,
          result.written.map((entry) => entry.venueId),
          result.at
        )
      )
      setState({
        busy: false,
        text: t('templates.written', { count: result.written.length, folder: result.folder }),
        error: false
      })
    } catch (error) {
      setState({ busy: false, text: errorMessage(error), error: true })
    }
  }

  return (
    <Dialog title={t('templates.title')} onClose={onClose}>
      <div className="form-grid collect-dialog">
        <label>
          {t('templates.deadline')}
          <input type="date" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
        </label>
        <label>
          {t('templates.contact')}
          <input value={contact} maxLength={300} onChange={(event) => setContact(event.target.value)} />
        </label>
        <fieldset className="collect-venue-choice">
          <legend>{t('templates.venues')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={chosen.size === doc.venues.length}
              onChange={(event) =>
                setChosen(event.target.checked ? new Set(doc.venues.map((venue) => venue.id)) : new Set())
              }
            />
            {t('templates.allVenues')}
          </label>
          {doc.venues.map((venue, index) => (
            <label key={venue.id} className="check">
              <input type="checkbox" checked={chosen.has(venue.id)} onChange={() => toggle(venue.id)} />
              {index + 1}. {venue.name}
            </label>
          ))}
        </fieldset>
        {state && (
          <p role={state.error ? 'alert' : 'status'} className={state.error ? 'error' : 'muted'}>
            {state.text}
          </p>
        )}
        <div className="dialog-actions">
          <button onClick={onClose}>{t('close')}</button>
          <button className="primary" disabled={state?.busy === true} onClick={() => void write()}>
            {t('templates.write')}
          </button>
        </div>
      </div>
    </Dialog>
  )
}

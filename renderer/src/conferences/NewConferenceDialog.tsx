import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { conferenceKinds, type ConferenceInfo } from '../../../shared/model/conference'
import { normalizeText } from '../../../shared/text/normalizeText'
import { DateTimeInput } from '../components/DateTimeInput'
import { Dialog } from '../components/Dialog'

export interface NewConferenceValues {
  title: string
  date: string
  place: string
  kind: ConferenceInfo['kind']
}

export function NewConferenceDialog({
  error: failure,
  onCreate,
  onClose
}: {
  /** Why the last attempt failed (from the main side), shown inside the dialog. */
  error: string | null
  onCreate: (values: NewConferenceValues) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [values, setValues] = useState<NewConferenceValues>({
    title: '',
    date: '',
    place: '',
    kind: 'annual'
  })
  const [error, setError] = useState<string | null>(null)
  return (
    <Dialog title={t('newConference.title')} onClose={onClose}>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault()
          const title = normalizeText(values.title)
          if (!title) {
            setError(t('newConference.required'))
            return
          }
          onCreate({ ...values, title, place: normalizeText(values.place) })
        }}
      >
        <label>
          {t('newConference.name')}
          <input
            autoFocus
            name="title"
            maxLength={500}
            value={values.title}
            placeholder={t('newConference.namePlaceholder')}
            onChange={(event) => setValues({ ...values, title: event.target.value })}
          />
        </label>
        <label>
          {t('newConference.kind')}
          <select
            name="kind"
            value={values.kind}
            onChange={(event) => setValues({ ...values, kind: event.target.value as ConferenceInfo['kind'] })}
          >
            {conferenceKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('newConference.date')}
          <DateTimeInput
            name="date"
            kind="date"
            value={values.date}
            onChange={(date) => setValues((current) => ({ ...current, date }))}
          />
        </label>
        <label>
          {t('newConference.place')}
          <input
            name="place"
            value={values.place}
            onChange={(event) => setValues({ ...values, place: event.target.value })}
          />
        </label>
        {(error ?? failure) && (
          <p role="alert" className="error">
            {error ?? failure}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('actions.create')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConferenceSummary } from '../../../shared/api/conferenceChannels'
import { normalizeText } from '../../../shared/text/normalizeText'
import { Dialog } from '../components/Dialog'

/** "Copy last year's": annual conferences repeat, so a new one usually starts from the previous one. */
export function DuplicateDialog({
  source,
  error,
  onDuplicate,
  onClose
}: {
  source: ConferenceSummary
  error: string | null
  onDuplicate: (title: string, keepAwards: boolean) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [title, setTitle] = useState(t('list.copyOf', { title: source.title }))
  const [keepAwards, setKeepAwards] = useState(false)
  return (
    <Dialog title={t('list.duplicateTitle')} onClose={onClose}>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault()
          if (normalizeText(title)) onDuplicate(normalizeText(title), keepAwards)
        }}
      >
        <p className="muted">{t('list.duplicateHint')}</p>
        <label>
          {t('newConference.name')}
          <input
            autoFocus
            name="title"
            maxLength={500}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={keepAwards}
            onChange={(event) => setKeepAwards(event.target.checked)}
          />
          {t('list.keepAwards')}
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('actions.duplicate')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { normalizeText } from '../../../shared/text/normalizeText'
import { Dialog } from '../components/Dialog'

/** Electron has no window.prompt, so renaming gets a dialog of its own. */
export function RenameDialog({
  title,
  error,
  onRename,
  onClose
}: {
  title: string
  error: string | null
  onRename: (title: string) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [value, setValue] = useState(title)
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <Dialog title={t('list.renameTitle')} onClose={onClose}>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault()
          const clean = normalizeText(value)
          if (!clean) setProblem(t('newConference.required'))
          else onRename(clean)
        }}
      >
        <label>
          {t('list.renamePrompt')}
          <input
            autoFocus
            name="title"
            maxLength={500}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </label>
        {(problem ?? error) && (
          <p role="alert" className="error">
            {problem ?? error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('actions.rename')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

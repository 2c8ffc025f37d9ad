import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call, errorMessage } from '../api/client'

/** "Tải tệp Excel mẫu": the delegate columns HoiNghi reads, with one example row, saved where the clerk chooses. */
export function TemplateButton() {
  const { t } = useTranslation('ship')
  const [note, setNote] = useState<{ text: string; failed: boolean } | null>(null)
  const save = async () => {
    setNote(null)
    try {
      const saved = await call('samples:saveImportTemplate', {})
      if (saved) setNote({ text: t('sample.templateSaved', { file: saved.fileName }), failed: false })
    } catch (caught) {
      setNote({ text: errorMessage(caught), failed: true })
    }
  }
  return (
    <span className="template-button">
      <button type="button" onClick={() => void save()}>
        {t('sample.template')}
      </button>
      {note && (
        <span role={note.failed ? 'alert' : 'status'} className={note.failed ? 'error' : 'muted'}>
          {' '}
          {note.text}
        </span>
      )}
    </span>
  )
}

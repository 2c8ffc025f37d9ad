import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportSort } from '../../../shared/importExport/exportTable'
import type { ImportKind } from '../../../shared/importExport/importFields'
import { errorMessage } from '../api/client'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import './importing.css'
import { exportFormats, exportList, type ExportFormat } from './exportApi'

/** "Xuất: Excel | CSV | JSON" for one list; the main side asks where to save and writes the file. */
export function ExportButtons({ kind, sort = 'protocol' }: { kind: ImportKind; sort?: ExportSort }) {
  const { t } = useTranslation('import')
  const session = useSession()
  const { key } = useSessionSnapshot()
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const run = async (format: ExportFormat) => {
    setMessage(null)
    try {
      // The main side exports what is on disk: save the last edits first.
      await session.flush()
      const written = await exportList(key, kind, format, sort)
      if (written)
        setMessage({ text: t('exported', { count: written.rows, file: written.fileName }), error: false })
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true })
    }
  }
  return (
    <span className="export-buttons" role="group" aria-label={t('exportGroup')}>
      <span className="muted small">{t('exportGroup')}:</span>
      {exportFormats.map((format) => (
        <button key={format} onClick={() => void run(format)}>
          {t(`formats.${format}`)}
        </button>
      ))}
      {message && (
        <span
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'error small' : 'muted small'}
        >
          {message.text}
        </span>
      )}
    </span>
  )
}

import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call, errorMessage } from '../api/client'
import { formatDateTime } from '../i18n'

interface TrashEntry {
  trashId: string
  title: string
  deletedAt: string
  fileName: string
}

export function TrashPanel({ onRestored }: { onRestored: () => void }) {
  const { t, i18n } = useTranslation()
  const [entries, setEntries] = useState<TrashEntry[]>([])
  const [error, setError] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    call('conferences:listTrash', {}).then(setEntries, (caught: unknown) => setError(errorMessage(caught)))
  }, [version])
  return (
    <section className="trash" aria-labelledby="trash-title">
      <h2 id="trash-title">{t('actions.trash')}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="empty">{t('list.trashEmpty')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.trashId}>
              <strong>{entry.title}</strong>{' '}
              <span className="muted">
                {t('list.deletedAt', { when: formatDateTime(entry.deletedAt, i18n.language) })}
              </span>{' '}
              <button
                onClick={() =>
                  void call('conferences:restoreFromTrash', { trashId: entry.trashId }).then(
                    () => {
                      setVersion(version + 1)
                      onRestored()
                    },
                    (caught: unknown) => setError(errorMessage(caught))
                  )
                }
              >
                {t('actions.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

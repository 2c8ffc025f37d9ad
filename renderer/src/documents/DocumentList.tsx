import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentEntryData } from '../../../shared/api/documentsChannels'

interface DocumentListProps {
  entries: DocumentEntryData[]
  selectedId: string | null
  /** The id whose action is running, so its buttons show it and cannot be pressed twice. */
  busyId: string | null
  onPreview: (entry: DocumentEntryData) => void
  onSave: (entry: DocumentEntryData) => void
  onOpen: (entry: DocumentEntryData) => void
}

/** Every document the conference can print, each with its three actions; ↑/↓ move between rows. */
export function DocumentList({ entries, selectedId, busyId, onPreview, onSave, onOpen }: DocumentListProps) {
  const { t } = useTranslation('documents')
  const listRef = useRef<HTMLUListElement>(null)
  const groupSizes = new Map<string, number>()
  for (const entry of entries) groupSizes.set(entry.group, (groupSizes.get(entry.group) ?? 0) + 1)
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('.doc-preview-button') ?? [])]
    const at = rows.findIndex((row) => row.contains(document.activeElement))
    const next = rows[Math.min(rows.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]
    if (!next) return
    event.preventDefault()
    next.focus()
  }
  return (
    <ul className="doc-list" ref={listRef} onKeyDown={onKeyDown} aria-label={t('list.label')}>
      {entries.map((entry, index) => {
        const previous = entries[index - 1]
        const selected = entry.id === selectedId
        // A heading only where a group holds several files (venue sheets, outlines); a lone document names itself.
        const grouped = (groupSizes.get(entry.group) ?? 0) > 1
        return (
          <li key={entry.id} className={selected ? 'doc-row selected' : 'doc-row'} data-doc-id={entry.id}>
            {grouped && previous?.group !== entry.group && (
              <div className="doc-group">{t(`groups.${entry.group}`)}</div>
            )}
            <button
              className="doc-preview-button"
              aria-current={selected}
              onClick={() => onPreview(entry)}
              title={t('list.previewHint')}
            >
              <span className="doc-title">{entry.title}</span>
              <span className="doc-file muted small">{entry.fileName}</span>
            </button>
            <div className="doc-actions">
              <button onClick={() => onPreview(entry)} disabled={busyId !== null}>
                {t('actions.preview')}
              </button>
              <button
                onClick={() => onSave(entry)}
                disabled={busyId !== null}
                aria-label={t('actions.saveAsFor', { title: entry.title })}
              >
                {t('actions.saveAs')}
              </button>
              <button
                onClick={() => onOpen(entry)}
                disabled={busyId !== null}
                aria-label={t('actions.openFor', { title: entry.title })}
              >
                {t('actions.open')}
              </button>
            </div>
          </li>
        )
      })}
    </ul>
  )
}

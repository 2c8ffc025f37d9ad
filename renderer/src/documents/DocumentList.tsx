import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentEntryData } from '../../../shared/api/documentsChannels'

interface DocumentListProps {
  entries: DocumentEntryData[]
  selectedId: string | null
  /** The id whose action is running, so its buttons show it and cannot be pressed twice. */
  busyId: string | null
  onPreview: (entry: DocumentEntryData) => void
  onSave: (entry: DocumentEntryData) => void
  onSaveWord: (entry: DocumentEntryData) => void
  onOpen: (entry: DocumentEntryData) => void
}

type Item = { kind: 'entry'; entry: DocumentEntryData } | { kind: 'sheets'; entries: DocumentEntryData[] }

/** The per-venue sheets (90 for a national conference) fold into one entry; everything else is a row. */
function itemsOf(entries: readonly DocumentEntryData[]): Item[] {
  const sheets = entries.filter((entry) => entry.id.startsWith('venue-sheet:'))
  const items: Item[] = []
  for (const entry of entries) {
    if (sheets.length > 1 && entry.id.startsWith('venue-sheet:')) {
      if (entry === sheets[0]) items.push({ kind: 'sheets', entries: sheets })
      continue
    }
    items.push({ kind: 'entry', entry })
  }
  return items
}

/**
 * Every document the conference can print, each with its three actions; ↑/↓ move between rows.
 * A document with nothing to list (no award yet) is shown disabled with the reason.
 */
export function DocumentList({
  entries,
  selectedId,
  busyId,
  onPreview,
  onSave,
  onSaveWord,
  onOpen
}: DocumentListProps) {
  const { t } = useTranslation('documents')
  const listRef = useRef<HTMLUListElement>(null)
  const [sheetsOpen, setSheetsOpen] = useState(false)
  const groupSizes = new Map<string, number>()
  for (const entry of entries) groupSizes.set(entry.group, (groupSizes.get(entry.group) ?? 0) + 1)
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const rows = [
      ...(listRef.current?.querySelectorAll<HTMLElement>('.doc-preview-button, .doc-sheets-toggle') ?? [])
    ].filter((row) => row.offsetParent !== null)
    const at = rows.findIndex((row) => row.contains(document.activeElement))
    const next = rows[Math.min(rows.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]
    if (!next) return
    event.preventDefault()
    next.focus()
  }
  const row = (entry: DocumentEntryData, heading: boolean) => {
    const selected = entry.id === selectedId
    const skipped = entry.skipReason !== null
    return (
      <li
        key={entry.id}
        className={`doc-row${selected ? ' selected' : ''}${skipped ? ' skipped' : ''}`}
        data-doc-id={entry.id}
      >
        {heading && <div className="doc-group">{t(`groups.${entry.group}`)}</div>}
        <button
          className="doc-preview-button"
          aria-current={selected}
          onClick={() => onPreview(entry)}
          title={skipped ? undefined : t('list.previewHint')}
          disabled={skipped}
          aria-describedby={skipped ? `${entry.id}-why` : undefined}
        >
          <span className="doc-title">{entry.title}</span>
          <span className="doc-file muted small">{entry.fileName}</span>
        </button>
        {skipped ? (
          <p className="doc-skip muted small" id={`${entry.id}-why`}>
            {t('list.skipped', { reason: entry.skipReason })}
          </p>
        ) : (
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
              onClick={() => onSaveWord(entry)}
              disabled={busyId !== null}
              aria-label={t('actions.saveWordFor', { title: entry.title })}
            >
              {t('actions.saveWord')}
            </button>
            <button
              onClick={() => onOpen(entry)}
              disabled={busyId !== null}
              aria-label={t('actions.openFor', { title: entry.title })}
            >
              {t('actions.open')}
            </button>
          </div>
        )}
      </li>
    )
  }
  const items = itemsOf(entries)
  return (
    <ul className="doc-list" ref={listRef} onKeyDown={onKeyDown} aria-label={t('list.label')}>
      {items.map((item, index) => {
        if (item.kind === 'sheets') {
          const holdsSelected = item.entries.some((entry) => entry.id === selectedId)
          const open = sheetsOpen || holdsSelected
          return (
            <li key="venue-sheets" className="doc-row doc-sheets" data-doc-group="venue-sheets">
              <button
                className="doc-sheets-toggle"
                aria-expanded={open}
                aria-controls="doc-sheets-list"
                onClick={() => setSheetsOpen(!open)}
              >
                <span aria-hidden="true">{open ? '▾' : '▸'}</span>{' '}
                <span className="doc-title">{t('groups.venue-sheets')}</span>{' '}
                <span className="muted small">{t('list.sheetCount', { count: item.entries.length })}</span>
              </button>
              <ul className="doc-list nested" id="doc-sheets-list" hidden={!open}>
                {item.entries.map((entry) => row(entry, false))}
              </ul>
            </li>
          )
        }
        const entry = item.entry
        const previous = items[index - 1]
        // A heading only where a group holds several files (outlines); a lone document names itself.
        const grouped = (groupSizes.get(entry.group) ?? 0) > 1
        const heading = grouped && !(previous?.kind === 'entry' && previous.entry.group === entry.group)
        return row(entry, heading)
      })}
    </ul>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call, errorMessage } from '../api/client'
import { formatNumber } from '../i18n'
import { useSession, useSessionSnapshot } from '../state/sessionContext'

export type PrintScope = 'all' | 'shown' | 'selected'

/**
 * Print, save as PDF or as Excel what the clerk is looking at: the whole list, the rows the search
 * and filters show, or the selected rows, laid out as the full delegate list.
 */
export function PrintView({
  shownIds,
  selectedIds,
  total
}: {
  shownIds: readonly string[]
  selectedIds: ReadonlySet<string>
  total: number
}) {
  const { t, i18n } = useTranslation('delegates')
  const session = useSession()
  const { key } = useSessionSnapshot()
  const n = (value: number) => formatNumber(value, i18n.language)
  const filtered = shownIds.length !== total
  const [chosen, setChosen] = useState<PrintScope | null>(null)
  // Until the clerk picks, the narrowest meaningful view: the selection, else the filtered rows.
  const fallback: PrintScope = selectedIds.size > 1 ? 'selected' : filtered ? 'shown' : 'all'
  const scope: PrintScope =
    chosen === 'selected' && selectedIds.size === 0
      ? fallback
      : chosen === 'shown' && !filtered
        ? fallback
        : (chosen ?? fallback)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const ids = (): string[] | undefined =>
    scope === 'all'
      ? undefined
      : scope === 'shown'
        ? [...shownIds]
        : shownIds.filter((id) => selectedIds.has(id))
  const run = async (action: 'print' | 'pdf' | 'xlsx') => {
    setMessage(null)
    try {
      // The main side prints what is on disk: save the last edits first.
      await session.flush()
      const delegateIds = ids()
      const done =
        action === 'print'
          ? await call('documents:openInViewer', { key, docId: 'delegates', delegateIds })
          : action === 'pdf'
            ? await call('documents:save', { key, docId: 'delegates', delegateIds })
            : await call('export:write', { key, kind: 'delegates', format: 'xlsx', delegateIds })
      if (done)
        setMessage({
          text: t(action === 'print' ? 'print.opened' : 'print.saved', { file: done.fileName }),
          error: false
        })
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true })
    }
  }
  return (
    <span className="print-view" role="group" aria-label={t('print.label')}>
      <label>
        {t('print.scope')}
        <select value={scope} onChange={(event) => setChosen(event.target.value as PrintScope)}>
          <option value="all">{t('print.all', { count: total, n: n(total) })}</option>
          {filtered && (
            <option value="shown">
              {t('print.shown', { count: shownIds.length, n: n(shownIds.length) })}
            </option>
          )}
          {selectedIds.size > 0 && (
            <option value="selected">
              {t('print.selected', { count: selectedIds.size, n: n(selectedIds.size) })}
            </option>
          )}
        </select>
      </label>
      <button onClick={() => void run('print')}>{t('print.print')}</button>
      <button onClick={() => void run('pdf')}>{t('print.pdf')}</button>
      <button onClick={() => void run('xlsx')}>{t('print.xlsx')}</button>
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

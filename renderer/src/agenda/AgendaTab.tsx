import { applyImport } from '../../../shared/importExport/applyImport'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { computeAgendaTimes, type AgendaWarning } from '../../../shared/agenda/computeAgendaTimes'
import { moveItem } from '../../../shared/agenda/moveItem'
import { standardAgenda } from '../../../shared/agenda/standardAgendas'
import type { AgendaItem } from '../../../shared/model/conference'
import { AgendaRow, warningValues } from './AgendaRow'
import { insertAgendaItem, newAgendaItem, patchAgendaItem } from './agendaEdits'
import { exportList, type ExportFormat } from './exportList'
import { errorMessage } from '../api/client'
import { Dialog } from '../components/Dialog'
import { SortableRows } from '../components/SortableRows'
import { ImportWizard } from '../importing/ImportWizard'
import { useSession, useSessionSnapshot } from '../state/sessionContext'
import './agenda.css'

export function AgendaTab() {
  const { t } = useTranslation('agenda')
  const { t: tc } = useTranslation()
  const session = useSession()
  const { doc, readOnly } = useSessionSnapshot()
  const [askStandard, setAskStandard] = useState(false)
  const [importing, setImporting] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const { agenda, conference } = doc
  const { timings, warnings } = useMemo(
    () => computeAgendaTimes(agenda, conference.startTime, conference.endTime),
    [agenda, conference.startTime, conference.endTime]
  )
  const timingOf = useMemo(() => new Map(timings.map((timing) => [timing.id, timing])), [timings])
  const warningsOf = useMemo(() => {
    const map = new Map<string, AgendaWarning[]>()
    for (const warning of warnings) map.set(warning.itemId, [...(map.get(warning.itemId) ?? []), warning])
    return map
  }, [warnings])
  const ids = useMemo(() => agenda.map((item) => item.id), [agenda])
  const last = timings.at(-1)

  const move = (from: number, to: number) =>
    session.update((current) => ({ ...current, agenda: moveItem(current.agenda, from, to) }))
  const patch = (id: string, fields: Partial<AgendaItem>, field?: string) =>
    session.update(
      (current) => patchAgendaItem(current, id, fields),
      field ? { coalesceKey: `agenda.${id}.${field}` } : {}
    )
  const insertAt = (at: number) => {
    const item = newAgendaItem()
    session.update((current) => insertAgendaItem(current, at, item))
    // The new row's title is where the clerk types next.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-row-id="${item.id}"] .agenda-title`)?.focus()
    )
  }
  const remove = (id: string) =>
    session.update((current) => ({ ...current, agenda: current.agenda.filter((item) => item.id !== id) }))
  const insertStandard = (mode: 'append' | 'replace') => {
    setAskStandard(false)
    session.update((current) => {
      const items = standardAgenda(current.conference.kind, () => crypto.randomUUID())
      return { ...current, agenda: mode === 'replace' ? items : [...current.agenda, ...items] }
    })
  }
  const onExport = async (format: ExportFormat) => {
    setMessage(null)
    try {
      const fileName = await exportList(session, 'agenda', format)
      if (fileName) setMessage({ text: t('exported', { file: fileName }), error: false })
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true })
    }
  }
  const focusItem = (id: string) =>
    document.querySelector<HTMLElement>(`[data-row-id="${id}"] .agenda-title`)?.focus()
  const titleOf = (id: string) => {
    const index = agenda.findIndex((item) => item.id === id)
    return t('summary.item', { n: index + 1, title: agenda[index]?.title || t('untitled') })
  }

  return (
    <section className="tab-panel agenda-tab" aria-labelledby="agenda-heading">
      <div className="tab-head">
        <div>
          <h2 id="agenda-heading">{t('heading')}</h2>
          <p className="muted small">
            {t('frame', {
              start: conference.startTime || t('notSet'),
              end: conference.endTime || t('notSet'),
              finish: last && last.end !== '' ? last.end : '—',
              count: agenda.length
            })}
          </p>
        </div>
        <div className="toolbar">
          <button className="primary" onClick={() => insertAt(agenda.length)} disabled={readOnly}>
            {t('add')}
          </button>
          <button
            onClick={() => (agenda.length > 0 ? setAskStandard(true) : insertStandard('replace'))}
            disabled={readOnly}
          >
            {t('standard.button')}
          </button>
          <button onClick={() => setImporting(true)} disabled={readOnly}>
            {t('import')}
          </button>
          <button onClick={() => void onExport('xlsx')} disabled={agenda.length === 0}>
            {t('exportXlsx')}
          </button>
          <button onClick={() => void onExport('csv')} disabled={agenda.length === 0}>
            {t('exportCsv')}
          </button>
        </div>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error banner' : 'ok-note'}>
          {message.text}
        </p>
      )}
      {conference.startTime === '' && agenda.length > 0 && <p className="hint">{t('noStart')}</p>}
      {warnings.length > 0 && (
        <div className="warning-summary" role="region" aria-label={t('summary.title')}>
          <strong>{t('summary.count', { count: warnings.length })}</strong>
          <ul>
            {warnings.map((warning, position) => (
              <li key={`${warning.kind}-${warning.itemId}-${position}`}>
                <button className="link" onClick={() => focusItem(warning.itemId)}>
                  {titleOf(warning.itemId)}
                </button>
                : {t(`warnings.${warning.kind}`, warningValues(warning))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {agenda.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="grid agenda-grid">
            <thead>
              <tr>
                <th>
                  <span className="visually-hidden">{t('columns.drag')}</span>
                </th>
                <th className="num">{t('columns.no')}</th>
                <th>{t('columns.time')}</th>
                <th>{t('columns.title')}</th>
                <th>{t('columns.kind')}</th>
                <th className="num">{t('columns.duration')}</th>
                <th>{t('columns.presenter')}</th>
                {doc.venues.length > 0 && <th>{t('columns.venue')}</th>}
                <th>{t('columns.notes')}</th>
                <th>{t('columns.actions')}</th>
              </tr>
            </thead>
            <SortableRows
              ids={ids}
              onMove={move}
              disabled={readOnly}
              nameOf={(id) => agenda.find((item) => item.id === id)?.title ?? ''}
            >
              <tbody>
                {agenda.map((item, index) => (
                  <AgendaRow
                    key={item.id}
                    item={item}
                    index={index}
                    count={agenda.length}
                    timing={timingOf.get(item.id)}
                    warnings={warningsOf.get(item.id) ?? []}
                    delegates={doc.delegates}
                    venues={doc.venues}
                    readOnly={readOnly}
                    onPatch={(fields, field) => patch(item.id, fields, field)}
                    onMove={move}
                    onInsertBelow={() => insertAt(index + 1)}
                    onDelete={() => remove(item.id)}
                  />
                ))}
              </tbody>
            </SortableRows>
          </table>
        </div>
      )}
      <p className="muted small">{t('keys')}</p>
      {askStandard && (
        <Dialog title={t('standard.title')} onClose={() => setAskStandard(false)}>
          <p>{t('standard.question', { count: agenda.length, kind: tc(`kinds.${conference.kind}`) })}</p>
          <div className="dialog-actions">
            <button onClick={() => setAskStandard(false)}>{tc('actions.cancel')}</button>
            <button onClick={() => insertStandard('append')}>{t('standard.append')}</button>
            <button className="primary" onClick={() => insertStandard('replace')}>
              {t('standard.replace')}
            </button>
          </div>
        </Dialog>
      )}
      {importing && (
        <ImportWizard
          kind="agenda"
          onClose={() => setImporting(false)}
          onApply={(result) => {
            if (result.kind === 'agenda') session.update((current) => applyImport(current, result))
          }}
        />
      )}
    </section>
  )
}

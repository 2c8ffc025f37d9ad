import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaTiming, AgendaWarning } from '../../../shared/agenda/computeAgendaTimes'
import { agendaKindLabelVi, guessAgendaKind } from '../../../shared/agenda/agendaKinds'
import { agendaKinds, type AgendaItem, type Delegate, type Venue } from '../../../shared/model/conference'
import { DragHandle, SortableRow } from '../components/SortableRows'
import { VenuePicker } from '../components/VenuePicker'
import { parseTimeInput } from '../../../shared/dates/dateTimeInput'
import { CellNumber, CellText } from '../components/CellInputs'
import { DelegatePicker } from '../components/DelegatePicker'

export interface AgendaRowProps {
  item: AgendaItem
  index: number
  count: number
  timing: AgendaTiming | undefined
  warnings: readonly AgendaWarning[]
  delegates: readonly Delegate[]
  venues: readonly Venue[]
  readOnly: boolean
  onPatch: (patch: Partial<AgendaItem>, field?: string) => void
  onMove: (from: number, to: number) => void
  onInsertBelow: () => void
  onDelete: () => void
}

export function AgendaRow(props: AgendaRowProps) {
  const { item, index, count, timing, warnings, delegates, venues, readOnly, onPatch } = props
  const { t } = useTranslation('agenda')
  const n = index + 1
  const kindLabel = (kind: AgendaItem['kind']) =>
    t(`kinds.${kind}`, { defaultValue: agendaKindLabelVi(kind) })
  const warningText = warnings
    .map((warning) => t(`warnings.${warning.kind}`, warningValues(warning)))
    .join(' ')
  return (
    <SortableRow
      id={item.id}
      index={index}
      count={count}
      onMove={props.onMove}
      className={warnings.length > 0 ? 'agenda-row has-warning' : 'agenda-row'}
    >
      {(handle) => (
        <>
          <td className="grip">
            <DragHandle {...handle} label={t('row.drag', { n })} disabled={readOnly} />
          </td>
          <td className="num">{n}</td>
          <td className="time-cell">
            <span className="computed-time" data-testid="agenda-time">
              {timing && timing.start !== '' ? `${timing.start}–${timing.end}` : '—'}
            </span>
            <label className="pin">
              <input
                type="checkbox"
                checked={item.pinnedStart !== null}
                disabled={readOnly}
                aria-label={t('row.pin', { n })}
                onChange={(event) =>
                  onPatch({ pinnedStart: event.target.checked ? timing?.start || '08:00' : null })
                }
              />
              {t('row.pinShort')}
            </label>
            {item.pinnedStart !== null && (
              <PinnedTime
                label={t('row.pinnedStart', { n })}
                value={item.pinnedStart}
                disabled={readOnly}
                onCommit={(pinnedStart) => onPatch({ pinnedStart })}
              />
            )}
          </td>
          <td className="title-cell">
            <CellText
              label={t('row.title', { n })}
              className="agenda-title"
              value={item.title}
              disabled={readOnly}
              multiline
              checkAs={['agenda', 'title']}
              onChange={(title) => onPatch({ title }, 'title')}
            />
            {warningText && (
              <p className="row-warning" role="note">
                ⚠ {warningText}
              </p>
            )}
          </td>
          <td>
            <select
              aria-label={t('row.kind', { n })}
              value={item.kind}
              disabled={readOnly}
              onChange={(event) => onPatch({ kind: event.target.value as AgendaItem['kind'] })}
            >
              {agendaKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(kind)}
                </option>
              ))}
            </select>
            {item.kind === 'other' && item.title.trim() !== '' && guessAgendaKind(item.title) !== 'other' && (
              <button
                className="link small suggest"
                disabled={readOnly}
                onClick={() => onPatch({ kind: guessAgendaKind(item.title) })}
              >
                {t('row.suggestKind', { kind: kindLabel(guessAgendaKind(item.title)) })}
              </button>
            )}
          </td>
          <td className="num">
            <CellNumber
              label={t('row.duration', { n })}
              value={item.durationMin}
              max={24 * 60}
              disabled={readOnly}
              onChange={(durationMin) => onPatch({ durationMin }, 'durationMin')}
            />
          </td>
          <td>
            <DelegatePicker
              label={t('row.presenter', { n })}
              delegates={delegates}
              value={{ delegateId: item.presenterId, text: item.presenterText }}
              disabled={readOnly}
              onChange={({ delegateId, text }) =>
                onPatch({ presenterId: delegateId, presenterText: text }, 'presenter')
              }
            />
          </td>
          {venues.length > 0 && (
            <td>
              <VenuePicker
                label={t('row.venue', { n })}
                hideLabel
                className="agenda-venue"
                venues={venues}
                before={[{ value: '', label: t('row.noVenue') }]}
                value={item.venueId ?? ''}
                disabled={readOnly}
                onChange={(venueId) => onPatch({ venueId: venueId === '' ? null : venueId })}
              />
            </td>
          )}
          <td>
            <CellText
              label={t('row.notes', { n })}
              className="agenda-notes"
              multiline
              value={item.notes}
              disabled={readOnly}
              checkAs={['agenda', 'notes']}
              onChange={(notes) => onPatch({ notes }, 'notes')}
            />
          </td>
          <td className="row-actions">
            <button
              onClick={props.onInsertBelow}
              disabled={readOnly}
              aria-label={t('row.insertBelow', { n })}
              title={t('row.insertBelow', { n })}
            >
              +
            </button>
            <button
              className="danger"
              onClick={props.onDelete}
              disabled={readOnly}
              aria-label={t('row.delete', { n })}
              title={t('row.delete', { n })}
            >
              ✕
            </button>
          </td>
        </>
      )}
    </SortableRow>
  )
}

export function warningValues(warning: AgendaWarning): Record<string, number> {
  if (warning.kind === 'overrun') return { minutes: warning.minutesOver }
  if (warning.kind === 'pinned-conflict') return { minutes: warning.minutesLate }
  return {}
}

/**
 * A 24-hour "HH:MM" field. The browser's time input follows the system locale and may show
 * "02:00 PM", which no Vietnamese programme uses; this one keeps what the clerk types and stores
 * it once it is a whole time ("1400" and "14h" are read as 14:00).
 */
function PinnedTime({
  label,
  value,
  disabled,
  onCommit
}: {
  label: string
  value: string
  disabled: boolean
  onCommit: (value: string) => void
}) {
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  // Undo or another edit changed the stored time: show it (React's "adjust state on prop change").
  if (shown !== value) {
    setShown(value)
    if (parse(draft) !== value) setDraft(value)
  }
  const valid = parse(draft) !== null
  return (
    <input
      className={valid ? 'pin-time' : 'pin-time invalid'}
      aria-label={label}
      aria-invalid={!valid}
      inputMode="numeric"
      placeholder="HH:MM"
      maxLength={5}
      value={draft}
      disabled={disabled}
      onChange={(event) => {
        setDraft(event.target.value)
        const time = parse(event.target.value)
        if (time !== null && event.target.value.length >= 4 && time !== value) onCommit(time)
      }}
      onBlur={() => {
        const time = parse(draft)
        if (time === null) setDraft(value)
        else {
          setDraft(time)
          if (time !== value) onCommit(time)
        }
      }}
    />
  )
}

function parse(text: string): string | null {
  return parseTimeInput(text)
}

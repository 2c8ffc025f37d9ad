import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent
} from '@dnd-kit/core'
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy
} from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Venue } from '../../../shared/model/conference'
import { formatNumber } from '../i18n'
import { useSortableA11y } from '../components/sortableA11y'
import type { VenueTotals } from './venueOps'

interface VenueListProps {
  venues: readonly Venue[]
  totals: VenueTotals
  selectedId: string | null
  readOnly: boolean
  onSelect: (id: string) => void
  onMove: (from: number, to: number) => void
  onDelete: (id: string) => void
  /** False while a search shows part of the list: moves would land between hidden venues. */
  canReorder?: boolean
  /** The venue's place in the whole list (1-based), when `venues` is only part of it. */
  numberOf?: (id: string) => number
}

/** The venues in order: drag by the handle, or Alt+↑/Alt+↓ on the selected row. */
export function VenueList({
  venues,
  totals,
  selectedId,
  readOnly,
  onSelect,
  onMove,
  onDelete,
  canReorder = true,
  numberOf
}: VenueListProps) {
  const fixed = readOnly || !canReorder
  const { t, i18n } = useTranslation('venues')
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )
  const ids = venues.map((venue) => venue.id)
  const indexOf = (id: string) => ids.indexOf(id)
  const a11y = useSortableA11y((id) => venues.find((venue) => venue.id === id)?.name ?? '', indexOf)

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    onMove(indexOf(String(active.id)), indexOf(String(over.id)))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const venue = venues[index]
    if (!venue) return
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault()
      if (!fixed) onMove(index, index + (event.key === 'ArrowUp' ? -1 : 1))
      return
    }
    const target =
      event.key === 'ArrowUp'
        ? index - 1
        : event.key === 'ArrowDown'
          ? index + 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? venues.length - 1
              : null
    if (target !== null) {
      event.preventDefault()
      const next = venues[target]
      if (!next) return
      onSelect(next.id)
      // Roving Tab stop: focus follows the choice, or it would stay on a row that is no longer
      // the list's stop and the next Tab would start from the wrong place.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-venue-id="${next.id}"]`)?.focus()
      )
    } else if (event.key === 'Delete' && !readOnly) {
      event.preventDefault()
      onDelete(venue.id)
    }
  }

  if (venues.length === 0) return <p className="empty">{t('empty')}</p>
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={a11y}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="venue-list" role="listbox" aria-label={t('listLabel')}>
          {venues.map((venue, index) => {
            const counts = totals.perVenue.get(venue.id) ?? { listed: 0, confirmed: 0 }
            return (
              <VenueRow
                key={venue.id}
                venue={venue}
                number={numberOf ? numberOf(venue.id) : index + 1}
                selected={venue.id === selectedId}
                tabbable={venue.id === selectedId || (index === 0 && !ids.includes(selectedId ?? ''))}
                readOnly={fixed}
                summary={t('rowCounts', {
                  expected:
                    venue.expectedCount === null ? '—' : formatNumber(venue.expectedCount, i18n.language),
                  listed: formatNumber(counts.listed, i18n.language),
                  confirmed: formatNumber(counts.confirmed, i18n.language)
                })}
                onSelect={() => onSelect(venue.id)}
                onKeyDown={(event) => onKeyDown(event, index)}
              />
            )
          })}
        </ol>
      </SortableContext>
    </DndContext>
  )
}

interface VenueRowProps {
  venue: Venue
  number: number
  selected: boolean
  /** The list's one Tab stop: the selected row, or the first when none is selected. */
  tabbable: boolean
  readOnly: boolean
  summary: string
  onSelect: () => void
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
}

function VenueRow({
  venue,
  number,
  selected,
  tabbable,
  readOnly,
  summary,
  onSelect,
  onKeyDown
}: VenueRowProps) {
  const { t } = useTranslation('venues')
  const { listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: venue.id,
    disabled: readOnly
  })
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={['venue-row', selected ? 'selected' : '', isDragging ? 'dragging' : ''].join(' ')}
      role="option"
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      data-venue-id={venue.id}
      onClick={onSelect}
      onFocus={() => !selected && onSelect()}
      onKeyDown={onKeyDown}
    >
      {/* Not a control of its own: an option may hold no focusable content, and one Tab stop
          for the whole list keeps Shift+Tab from selecting every venue on the way. The mouse
          drags it; the keyboard reorders the selected row with Alt+↑/Alt+↓. */}
      <span
        ref={setActivatorNodeRef}
        className="drag-handle"
        aria-hidden="true"
        title={t('dragHandle', { name: venue.name || t('unnamed') })}
        data-disabled={readOnly}
        {...(readOnly ? {} : listeners)}
      >
        ⠿
      </span>
      <span className="venue-order">{number}.</span>
      <span className="venue-name">
        {venue.name || <em className="muted">{t('unnamed')}</em>}
        {venue.isMain && <span className="badge main-badge">{t('mainBadge')}</span>}
      </span>
      <span className="venue-counts muted small">{summary}</span>
    </li>
  )
}

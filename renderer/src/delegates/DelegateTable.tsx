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
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { useFieldCheck } from '../components/BoundField'
import { attendanceStates, delegateRoles, type Delegate, type Venue } from '../../../shared/model/conference'
import { normalizeText } from '../../../shared/text/normalizeText'
import { useSortableA11y } from '../components/sortableA11y'
import { VenuePicker } from '../components/VenuePicker'
import { COLUMNS, cellValue, isTextColumn, type ColumnKey } from './columns'
import type { DelegatePatch } from './delegateOps'

export const ROW_HEIGHT = 34

export interface Selection {
  ids: ReadonlySet<string>
  anchor: string | null
}

export interface ActiveCell {
  id: string
  column: number
}

interface DelegateTableProps {
  rows: readonly Delegate[]
  /** Position in the stored (protocol) order, for the STT column. */
  storedIndex: ReadonlyMap<string, number>
  venues: readonly Venue[]
  selection: Selection
  active: ActiveCell | null
  canDrag: boolean
  readOnly: boolean
  onSelection: (selection: Selection) => void
  onActive: (active: ActiveCell) => void
  onEdit: (id: string, patch: DelegatePatch, column: ColumnKey) => void
  /** Move one delegate in the stored order by a step (Alt+↑/↓) or onto another's place (drag). */
  onMove: (id: string, target: { by: number } | { to: string }) => void
  onDelete: (ids: ReadonlySet<string>) => void
  onAdd: () => void
  /** A row just added: its name cell opens for typing as soon as the row is shown. */
  editNew?: string | null
}

interface Editing {
  id: string
  column: ColumnKey
  /** Text typed over the cell to start editing, as in a spreadsheet. */
  seed: string | null
}

/**
 * The delegate grid: only the rows in view are in the DOM (10,000 rows stay smooth), one active
 * cell moved by the arrow keys, Enter/F2 or double-click to edit, Enter/Tab/Escape as in Excel.
 */
export function DelegateTable(props: DelegateTableProps) {
  const { rows, selection, active, readOnly, canDrag } = props
  const { t } = useTranslation('delegates')
  const scrollRef = useRef<HTMLDivElement>(null)
  const gridRef = useRef<HTMLDivElement>(null)
  const [editing, setEditing] = useState<Editing | null>(null)
  // The virtualizer is mutable by design; this component re-renders on every scroll anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12
  })
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )
  // Rebuilt only when the rows or venues change, not on every selection or scroll render.
  const rowIndex = useMemo(() => new Map(rows.map((delegate, index) => [delegate.id, index])), [rows])
  const activeIndex = active ? (rowIndex.get(active.id) ?? -1) : -1
  // After "Thêm đại biểu" the clerk types the name at once; focus must not stay on the button, where
  // each space would add another blank delegate. Adjusted while rendering, once per new row.
  const [takenNew, setTakenNew] = useState<string | null>(null)
  if (props.editNew && props.editNew !== takenNew && rowIndex.has(props.editNew) && !readOnly) {
    setTakenNew(props.editNew)
    setEditing({ id: props.editNew, column: 'name', seed: null })
  }
  const sortableIds = useMemo(() => (canDrag ? rows.map((delegate) => delegate.id) : []), [canDrag, rows])
  const venueName = useMemo(
    () => new Map(props.venues.map((venue) => [venue.id, venue.name])),
    [props.venues]
  )

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtualizer])

  const focusGrid = () => gridRef.current?.focus({ preventScroll: true })

  const moveActive = (rowStep: number, columnStep: number, extend = false) => {
    if (rows.length === 0) return
    const from = activeIndex < 0 ? 0 : activeIndex
    const nextIndex = Math.min(Math.max(from + rowStep, 0), rows.length - 1)
    const next = rows[nextIndex]
    if (!next) return
    const column = Math.min(Math.max((active?.column ?? 0) + columnStep, 0), COLUMNS.length - 1)
    props.onActive({ id: next.id, column })
    if (rowStep !== 0) {
      if (extend) props.onSelection(rangeSelection(rows, selection.anchor ?? active?.id ?? next.id, next.id))
      else props.onSelection({ ids: new Set([next.id]), anchor: next.id })
    }
  }

  const onGridKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || event.target !== event.currentTarget) return
    const current = active ? rows[activeIndex] : undefined
    const column = COLUMNS[active?.column ?? 0] ?? 'name'
    const key = event.key
    const ctrl = event.ctrlKey || event.metaKey
    if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      event.preventDefault()
      if (current && canDrag && !readOnly) props.onMove(current.id, { by: key === 'ArrowUp' ? -1 : 1 })
      return
    }
    const steps: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-15, 0],
      PageDown: [15, 0]
    }
    const step = steps[key]
    if (step) {
      event.preventDefault()
      moveActive(step[0], step[1], event.shiftKey)
    } else if (key === 'Home' || key === 'End') {
      event.preventDefault()
      if (ctrl) moveActive(key === 'Home' ? -rows.length : rows.length, 0)
      else
        props.onActive({
          id: current?.id ?? rows[0]?.id ?? '',
          column: key === 'Home' ? 0 : COLUMNS.length - 1
        })
    } else if (ctrl && key.toLowerCase() === 'a') {
      event.preventDefault()
      props.onSelection({ ids: new Set(rows.map((delegate) => delegate.id)), anchor: selection.anchor })
    } else if ((key === 'Enter' || key === 'F2') && current && !readOnly) {
      event.preventDefault()
      setEditing({ id: current.id, column, seed: null })
    } else if (key === ' ' && current) {
      event.preventDefault()
      const ids = new Set(selection.ids)
      if (ids.has(current.id)) ids.delete(current.id)
      else ids.add(current.id)
      props.onSelection({ ids, anchor: current.id })
    } else if (key === 'Delete' && selection.ids.size > 0 && !readOnly) {
      event.preventDefault()
      props.onDelete(selection.ids)
    } else if (key === 'Insert' && !readOnly) {
      event.preventDefault()
      props.onAdd()
    } else if (key.length === 1 && !ctrl && !event.altKey && current && typesOver(column) && !readOnly) {
      // As in Excel: the key typed replaces the cell's content and editing goes on from there.
      event.preventDefault()
      setEditing({ id: current.id, column, seed: key })
    } else if (COMPOSING_KEYS.has(key) || event.keyCode === 229) startComposedEdit()
  }

  /**
   * A Vietnamese IME (Windows' Telex/VNI keyboards) reports its keys as 'Process' and composes the
   * letter itself, so the key cannot seed the editor. Open an empty editor and focus it before the
   * key's default action, so the IME's text lands in the editor and the first keystroke is kept.
   */
  const startComposedEdit = () => {
    const current = active ? rows[activeIndex] : undefined
    const column = COLUMNS[active?.column ?? 0] ?? 'name'
    if (editing || !current || !typesOver(column) || readOnly) return
    flushSync(() => setEditing({ id: current.id, column, seed: '' }))
  }

  const onRowClick = (event: MouseEvent, delegate: Delegate, column: number) => {
    // Focus first: the mousedown focused the scroller, and the grid's first focus picks row 1 as active.
    focusGrid()
    const ids = new Set(selection.ids)
    if (event.shiftKey) props.onSelection(rangeSelection(rows, selection.anchor ?? delegate.id, delegate.id))
    else if (event.ctrlKey || event.metaKey) {
      if (ids.has(delegate.id)) ids.delete(delegate.id)
      else ids.add(delegate.id)
      props.onSelection({ ids, anchor: delegate.id })
    } else props.onSelection({ ids: new Set([delegate.id]), anchor: delegate.id })
    props.onActive({ id: delegate.id, column })
  }

  const finishEdit = (commit: { value: string } | null, then: 'down' | 'right' | 'left' | 'stay') => {
    if (!editing) return
    const { id, column } = editing
    setEditing(null)
    if (commit) {
      const patch = patchFor(column, commit.value)
      if (patch) props.onEdit(id, patch, column)
    }
    focusGrid()
    if (then === 'down') moveActive(1, 0)
    else if (then === 'right') moveActive(0, 1)
    else if (then === 'left') moveActive(0, -1)
  }

  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    if (over && dragged.id !== over.id) props.onMove(String(dragged.id), { to: String(over.id) })
  }
  const a11y = useSortableA11y(
    (id) => rows[rowIndex.get(id) ?? -1]?.name ?? '',
    (id) => rowIndex.get(id) ?? 0
  )
  const activeCellId = active && activeIndex >= 0 ? `cell-${active.id}-${active.column}` : undefined

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={a11y}
    >
      <div
        ref={gridRef}
        className="delegate-grid"
        role="grid"
        aria-label={t('tableLabel')}
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMNS.length + 2}
        aria-multiselectable
        aria-activedescendant={activeCellId}
        tabIndex={0}
        onKeyDown={onGridKey}
        onCompositionStart={(event) => {
          if (event.target === event.currentTarget) startComposedEdit()
        }}
        onFocus={(event) => {
          if (event.target === event.currentTarget && !active && rows[0])
            props.onActive({ id: rows[0].id, column: 0 })
        }}
      >
        <div className="delegate-row header" role="row" aria-rowindex={1}>
          <span role="columnheader" className="handle-cell">
            <span className="visually-hidden">{t('columns.handle')}</span>
          </span>
          <span role="columnheader" className="num">
            {t('columns.order')}
          </span>
          {COLUMNS.map((column) => (
            <span key={column} role="columnheader">
              {t(`columns.${column}`)}
            </span>
          ))}
        </div>
        <div
          ref={scrollRef}
          className="delegate-scroll"
          data-testid="delegate-scroll"
          // Chromium makes scrollers a Tab stop of their own; the grid above already is the one stop.
          tabIndex={-1}
          // A focusable wrapper without a role would cut the rows off from the grid for screen
          // readers (aria-required-children); as a row group it is part of the table's structure.
          role="rowgroup"
        >
          {rows.length === 0 ? (
            <div role="row">
              <p className="empty" role="gridcell">
                {t('noRows')}
              </p>
            </div>
          ) : (
            <SortableContext items={sortableIds} strategy={verticalListSortingStrategy}>
              <div
                className="delegate-rows"
                role="presentation"
                style={{ height: virtualizer.getTotalSize() }}
              >
                {virtualizer.getVirtualItems().map((item) => {
                  const delegate = rows[item.index]
                  if (!delegate) return null
                  return (
                    <DelegateRow
                      key={delegate.id}
                      delegate={delegate}
                      rowIndex={item.index}
                      top={item.start}
                      order={(props.storedIndex.get(delegate.id) ?? 0) + 1}
                      venueName={delegate.venueId === null ? '' : (venueName.get(delegate.venueId) ?? '')}
                      selected={selection.ids.has(delegate.id)}
                      activeColumn={active?.id === delegate.id ? active.column : -1}
                      editing={editing?.id === delegate.id ? editing : null}
                      canDrag={canDrag && !readOnly}
                      venues={props.venues}
                      onCellClick={onRowClick}
                      onCellDoubleClick={(column) => {
                        if (readOnly) return
                        props.onActive({ id: delegate.id, column })
                        setEditing({ id: delegate.id, column: COLUMNS[column] ?? 'name', seed: null })
                      }}
                      onFinish={finishEdit}
                    />
                  )
                })}
              </div>
            </SortableContext>
          )}
        </div>
      </div>
    </DndContext>
  )
}

/**
 * Keys that bring text the key itself does not name: an IME's 'Process' (Windows' Telex/VNI
 * keyboards), a dead key, and 'Unidentified' (tools such as Unikey send composed letters as
 * VK_PACKET, which Chromium reports so).
 */
const COMPOSING_KEYS = new Set(['Process', 'Dead', 'Unidentified'])

/** Columns a typed key starts editing: the text columns, and the venue, whose picker searches. */
function typesOver(column: ColumnKey): boolean {
  return isTextColumn(column) || column === 'venue'
}

function rangeSelection(rows: readonly Delegate[], anchor: string, to: string): Selection {
  const a = rows.findIndex((delegate) => delegate.id === anchor)
  const b = rows.findIndex((delegate) => delegate.id === to)
  if (a < 0 || b < 0) return { ids: new Set([to]), anchor: to }
  const [from, until] = a < b ? [a, b] : [b, a]
  return { ids: new Set(rows.slice(from, until + 1).map((delegate) => delegate.id)), anchor }
}

function patchFor(column: ColumnKey, value: string): DelegatePatch | null {
  if (isTextColumn(column)) return { [column]: normalizeText(value) }
  if (column === 'venue') return { venueId: value === '' ? null : value }
  if (column === 'role')
    return (delegateRoles as readonly string[]).includes(value) ? { role: value as Delegate['role'] } : null
  return (attendanceStates as readonly string[]).includes(value)
    ? { attendance: value as Delegate['attendance'] }
    : null
}

interface DelegateRowProps {
  delegate: Delegate
  rowIndex: number
  top: number
  order: number
  venueName: string
  selected: boolean
  activeColumn: number
  editing: Editing | null
  canDrag: boolean
  venues: readonly Venue[]
  onCellClick: (event: MouseEvent, delegate: Delegate, column: number) => void
  onCellDoubleClick: (column: number) => void
  onFinish: (commit: { value: string } | null, then: 'down' | 'right' | 'left' | 'stay') => void
}

const DelegateRow = memo(function DelegateRow(props: DelegateRowProps) {
  const { delegate, editing, activeColumn } = props
  const { t } = useTranslation('delegates')
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useSortable({
    id: delegate.id,
    disabled: !props.canDrag
  })
  const shown = (column: ColumnKey) => {
    if (column === 'venue') return props.venueName
    if (column === 'role') return t(`roles.${delegate.role}`)
    if (column === 'attendance') return t(`attendance.${delegate.attendance}`)
    return delegate[column]
  }
  return (
    <div
      ref={setNodeRef}
      role="row"
      aria-rowindex={props.rowIndex + 2}
      aria-selected={props.selected}
      data-delegate-id={delegate.id}
      className={[
        'delegate-row',
        props.selected ? 'selected' : '',
        isDragging ? 'dragging' : '',
        delegate.attendance
      ].join(' ')}
      // Placed with `top`, not a transform: dnd-kit measures rows without their transforms.
      style={{ top: props.top, transform: transform ? `translateY(${transform.y}px)` : undefined }}
    >
      <span role="gridcell" className="handle-cell">
        <button
          ref={setActivatorNodeRef}
          className="drag-handle"
          aria-label={t('dragHandle', { name: delegate.name })}
          disabled={!props.canDrag}
          {...attributes}
          {...listeners}
          // The grid is one tab stop (cells move with arrows); Alt+↑/↓ reorders from the keyboard.
          tabIndex={-1}
        >
          ⠿
        </button>
      </span>
      <span role="gridcell" className="num muted">
        {props.order}
      </span>
      {COLUMNS.map((column, index) => (
        <span
          key={column}
          id={`cell-${delegate.id}-${index}`}
          role="gridcell"
          data-column={column}
          className={index === activeColumn ? 'cell active' : 'cell'}
          title={shown(column)}
          onClick={(event) => props.onCellClick(event, delegate, index)}
          onDoubleClick={() => props.onCellDoubleClick(index)}
        >
          {editing?.column === column ? (
            <CellEditor
              delegate={delegate}
              column={column}
              seed={editing.seed}
              venues={props.venues}
              onFinish={props.onFinish}
            />
          ) : (
            shown(column)
          )}
        </span>
      ))}
    </div>
  )
})

function CellEditor({
  delegate,
  column,
  seed,
  venues,
  onFinish
}: {
  delegate: Delegate
  column: ColumnKey
  seed: string | null
  venues: readonly Venue[]
  onFinish: DelegateRowProps['onFinish']
}) {
  const { t } = useTranslation('delegates')
  const [value, setValue] = useState(seed ?? cellValue(delegate, column))
  const [error, setError] = useState<string | null>(null)
  const check = useFieldCheck(isTextColumn(column) ? ['delegate', column] : undefined)
  const inputRef = useRef<HTMLInputElement>(null)
  const done = useRef(false)
  const finish = (commit: boolean, then: 'down' | 'right' | 'left' | 'stay') => {
    if (done.current) return
    const message = commit ? check(normalizeText(value)) : null
    if (message) {
      // Not stored: the cell stays open with what was typed and says why, as a spreadsheet's validation does.
      setError(message)
      requestAnimationFrame(() => inputRef.current?.focus())
      return
    }
    done.current = true
    // An IME edit that produced no text must not blank the cell it opened over.
    const typed = commit && !(seed === '' && value === '')
    onFinish(typed ? { value } : null, then)
  }
  const finishWith = (chosen: string, then: 'down' | 'right' | 'left' | 'stay') => {
    if (done.current) return
    done.current = true
    onFinish({ value: chosen }, then)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    event.stopPropagation()
    if (event.key === 'Enter') {
      event.preventDefault()
      finish(true, 'down')
    } else if (event.key === 'Escape') {
      event.preventDefault()
      finish(false, 'stay')
    } else if (event.key === 'Tab') {
      event.preventDefault()
      finish(true, event.shiftKey ? 'left' : 'right')
    }
  }
  const common = {
    autoFocus: true,
    'aria-label': t(`columns.${column}`),
    className: 'cell-editor',
    onKeyDown,
    onBlur: () => finish(true, 'stay'),
    onClick: (event: MouseEvent) => event.stopPropagation(),
    onDoubleClick: (event: MouseEvent) => event.stopPropagation()
  }
  if (isTextColumn(column))
    return (
      <>
        <input
          {...common}
          ref={inputRef}
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error ? `cell-error-${delegate.id}` : undefined}
          onChange={(event) => setValue(event.target.value)}
          onFocus={(event) => (seed === null ? event.target.select() : undefined)}
        />
        {error && (
          <span id={`cell-error-${delegate.id}`} className="cell-error" role="alert">
            {error}
          </span>
        )}
      </>
    )
  if (column === 'venue')
    return (
      <VenuePicker
        label={t('columns.venue')}
        hideLabel
        className="cell-editor cell-venue"
        autoFocus
        initialQuery={seed ?? undefined}
        venues={venues}
        before={[{ value: '', label: t('noVenue') }]}
        value={value}
        onChange={(chosen) => finishWith(chosen, 'down')}
        onCancel={() => finish(false, 'stay')}
        onTab={(back, chosen) =>
          chosen === null
            ? finish(false, back ? 'left' : 'right')
            : finishWith(chosen, back ? 'left' : 'right')
        }
        onLeave={() => finish(false, 'stay')}
      />
    )
  const options =
    column === 'role'
      ? delegateRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))
      : attendanceStates.map((state) => ({ value: state, label: t(`attendance.${state}`) }))
  return (
    <select {...common} value={value} onChange={(event) => setValue(event.target.value)}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
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
import './sortableRows.css'
import { useSortableA11y } from './sortableA11y'
import type { ButtonHTMLAttributes, CSSProperties, KeyboardEvent, ReactNode } from 'react'

/**
 * A vertical list whose rows the clerk reorders by drag (mouse or dnd-kit's keyboard: Space, arrows,
 * Space) or by Alt+↑/↓ on any focused element inside a row. The list itself never reorders: it
 * reports (from, to) and the caller writes the new order through the session, so every move is
 * one undo step.
 */
export function SortableRows({
  ids,
  onMove,
  children,
  disabled,
  nameOf
}: {
  ids: readonly string[]
  onMove: (from: number, to: number) => void
  children: ReactNode
  disabled?: boolean
  /** What a screen reader calls a row while it is dragged; "mục N" without it. */
  nameOf?: (id: string) => string
}) {
  const sensors = useSensors(
    // A small distance keeps clicks into the row's inputs from starting a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )
  const onDragEnd = (event: DragEndEvent) => {
    const overId = event.over?.id
    if (overId === undefined || overId === event.active.id) return
    const from = ids.indexOf(String(event.active.id))
    const to = ids.indexOf(String(overId))
    if (from >= 0 && to >= 0) onMove(from, to)
  }
  const accessibility = useSortableA11y(nameOf ?? (() => ''), (id) => ids.indexOf(id))
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={accessibility}
    >
      <SortableContext items={[...ids]} strategy={verticalListSortingStrategy} disabled={disabled}>
        {children}
      </SortableContext>
    </DndContext>
  )
}

export type DragHandleProps = ButtonHTMLAttributes<HTMLButtonElement>

type RowTag = 'tr' | 'li' | 'div'

/**
 * One row of a SortableRows list. `children` receives the props for a drag handle button, so the
 * rest of the row stays free for inputs.
 */
export function SortableRow({
  id,
  index,
  count,
  onMove,
  as = 'tr',
  className,
  children,
  ...rest
}: {
  id: string
  index: number
  count: number
  onMove: (from: number, to: number) => void
  as?: RowTag
  className?: string
  children: (handle: DragHandleProps) => ReactNode
  'aria-selected'?: boolean
  'data-testid'?: string
  onFocus?: () => void
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id })
  const style: CSSProperties = {
    transform: CSS.Translate.toString(transform),
    transition,
    position: isDragging ? 'relative' : undefined,
    zIndex: isDragging ? 2 : undefined
  }
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    // A nested sortable list handles its own rows; the outer row must not move as well.
    if (event.defaultPrevented) return
    const to = event.key === 'ArrowUp' ? index - 1 : index + 1
    event.preventDefault()
    if (to < 0 || to >= count) return
    keepFocus(event.target)
    onMove(index, to)
  }
  const Tag = as
  return (
    <Tag
      ref={setNodeRef as (element: HTMLElement | null) => void}
      style={style}
      className={[className, isDragging ? 'dragging' : ''].filter(Boolean).join(' ') || undefined}
      onKeyDown={onKeyDown}
      data-row-id={id}
      {...rest}
    >
      {children({ ...attributes, ...listeners, type: 'button' } as DragHandleProps)}
    </Tag>
  )
}

/** React may re-insert the moved row's DOM node, which drops focus; put it back where the clerk was. */
function keepFocus(target: EventTarget) {
  if (!(target instanceof HTMLElement)) return
  requestAnimationFrame(() => {
    if (target.isConnected && document.activeElement !== target) target.focus()
  })
}

/** The grip a row is dragged by; it is also focusable so dnd-kit's keyboard drag works from it. */
export function DragHandle({ label, ...props }: DragHandleProps & { label: string }) {
  return (
    <button {...props} className="drag-handle" aria-label={label} title={label}>
      ⠿
    </button>
  )
}

import {
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type CSSProperties,
  type MouseEvent
} from 'react'
import type { PickerOption } from '../../../shared/venues/venueSearch'
import './combobox.css'

const LIST_MAX_HEIGHT = 300

export interface ComboboxProps<T extends PickerOption> {
  /** The accessible name; shown as a label before the input unless `hideLabel`. */
  label: string
  hideLabel?: boolean
  options: readonly T[]
  value: string
  /** Called when the clerk chooses an option (click, Enter, or Tab after typing). */
  onChange: (value: string) => void
  /** Which options fit the typed text, best first. */
  search: (options: readonly T[], query: string) => T[]
  disabled?: boolean
  name?: string
  placeholder?: string
  className?: string
  /** Open with the list shown and the input focused (a grid cell editor). */
  autoFocus?: boolean
  /** Text typed before the picker opened (the first key typed over a grid cell). */
  initialQuery?: string
  /** When set, Escape calls this instead of only closing the list (a grid cell editor). */
  onCancel?: () => void
  /**
   * When set, Tab is handed over instead of moving focus: `chosen` is the option highlighted after
   * typing (null when nothing was typed), not yet passed to onChange; `back` for Shift+Tab.
   */
  onTab?: (back: boolean, chosen: string | null) => void
  /** Focus left the picker for somewhere else. */
  onLeave?: () => void
  /** Text for an empty result list. */
  noMatches: string
}

/**
 * A searchable single choice, after the ARIA 1.2 combobox pattern (editable, list autocomplete):
 * the clerk types part of a name and picks from what fits; ↓/↑ move through the list, Enter
 * chooses, Escape closes and puts back the chosen name, Alt+↓ opens without typing. Focus stays
 * in the input throughout; the highlighted option is its aria-activedescendant.
 */
export function Combobox<T extends PickerOption>(props: ComboboxProps<T>) {
  const { options, value, search, disabled } = props
  const id = useId()
  const listId = `${id}-list`
  const chosen = options.find((option) => option.value === value)
  const [open, setOpen] = useState(props.autoFocus === true)
  // null: not typing; the input shows the chosen option's label.
  const [query, setQuery] = useState<string | null>(props.initialQuery ?? null)
  const [active, setActive] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const matches = useMemo(() => (open ? search(options, query ?? '') : []), [open, options, query, search])
  const highlighted = matches[Math.min(active, matches.length - 1)]

  useLayoutEffect(() => {
    if (!props.autoFocus) return
    const input = inputRef.current
    if (!input) return
    input.focus()
    // Typed-over text continues where the first key left it; otherwise the whole name is selected.
    if (props.initialQuery) input.setSelectionRange(input.value.length, input.value.length)
    else input.select()
    // Only when the picker first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // The list is placed over the page (fixed), so a scrolling grid or table cannot clip it; below the
  // input, or above it when the window has no room below.
  const [place, setPlace] = useState<CSSProperties>({})
  useLayoutEffect(() => {
    if (!open) return
    const measure = () => {
      const box = inputRef.current?.getBoundingClientRect()
      if (!box) return
      const below = window.innerHeight - box.bottom
      const height = Math.min(LIST_MAX_HEIGHT, listRef.current?.scrollHeight ?? LIST_MAX_HEIGHT)
      const up = below < height + 8 && box.top > below
      setPlace({
        position: 'fixed',
        left: Math.max(4, Math.min(box.left, window.innerWidth - Math.max(box.width, 300) - 4)),
        minWidth: Math.max(box.width, 300),
        ...(up ? { bottom: window.innerHeight - box.top + 2 } : { top: box.bottom + 2 })
      })
    }
    measure()
    window.addEventListener('resize', measure)
    window.addEventListener('scroll', measure, true)
    return () => {
      window.removeEventListener('resize', measure)
      window.removeEventListener('scroll', measure, true)
    }
  }, [open, matches.length])

  useLayoutEffect(() => {
    if (!open || !highlighted) return
    const element = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]')
    element?.scrollIntoView({ block: 'nearest' })
  }, [open, highlighted])

  const close = () => {
    setOpen(false)
    setQuery(null)
    setActive(0)
  }
  const choose = (option: T) => {
    close()
    if (option.value !== value) props.onChange(option.value)
    else props.onCancel?.()
  }
  const openAt = () => {
    setOpen(true)
    const at = matches.length === 0 ? options.findIndex((option) => option.value === value) : -1
    setActive(Math.max(at, 0))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const key = event.key
    if (key === 'ArrowDown') {
      event.preventDefault()
      if (!open || event.altKey) openAt()
      else setActive((current) => Math.min(current + 1, Math.max(matches.length - 1, 0)))
    } else if (key === 'ArrowUp') {
      if (!open) return
      event.preventDefault()
      if (event.altKey) close()
      else setActive((current) => Math.max(current - 1, 0))
    } else if (key === 'PageDown' && open) {
      event.preventDefault()
      setActive((current) => Math.min(current + 10, Math.max(matches.length - 1, 0)))
    } else if (key === 'PageUp' && open) {
      event.preventDefault()
      setActive((current) => Math.max(current - 10, 0))
    } else if (key === 'Enter') {
      if (open && highlighted) {
        event.preventDefault()
        choose(highlighted)
      } else if (props.onCancel) {
        event.preventDefault()
        props.onCancel()
      }
    } else if (key === 'Escape') {
      if (props.onCancel) {
        event.preventDefault()
        event.stopPropagation()
        close()
        props.onCancel()
      } else if (open || query !== null) {
        event.preventDefault()
        event.stopPropagation()
        close()
      }
    } else if (key === 'Tab') {
      const typed = open && query !== null && query.trim() !== '' && highlighted ? highlighted : null
      if (props.onTab) {
        event.preventDefault()
        close()
        props.onTab(event.shiftKey, typed ? typed.value : null)
      } else if (typed) choose(typed)
      else close()
    }
  }
  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    // A click on an option keeps focus here (mousedown is prevented), so this is a real leave.
    if (listRef.current?.contains(event.relatedTarget as Node | null)) return
    close()
    props.onLeave?.()
  }
  const onOptionDown = (event: MouseEvent) => event.preventDefault()

  const optionId = (index: number) => `${id}-opt-${index}`
  const activeIndex = highlighted ? matches.indexOf(highlighted) : -1
  return (
    <div className={['combobox', props.className].filter(Boolean).join(' ')}>
      {!props.hideLabel && <label htmlFor={id}>{props.label}</label>}
      <div className="combobox-box">
        <input
          ref={inputRef}
          id={id}
          name={props.name}
          type="text"
          role="combobox"
          aria-label={props.hideLabel ? props.label : undefined}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          placeholder={props.placeholder}
          title={chosen?.label}
          value={query ?? chosen?.label ?? ''}
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
            setOpen(true)
          }}
          onClick={(event) => {
            // The chosen name is selected, so what the clerk types next replaces it.
            if (query === null) event.currentTarget.select()
            if (!open) openAt()
          }}
          onFocus={(event) => (query === null ? event.currentTarget.select() : undefined)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <button
          type="button"
          className="combobox-toggle"
          tabIndex={-1}
          aria-hidden="true"
          disabled={disabled}
          onMouseDown={(event) => {
            event.preventDefault()
            inputRef.current?.focus()
            if (open) close()
            else openAt()
          }}
        >
          ▾
        </button>
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={props.label}
          className="combobox-list"
          style={place}
          hidden={!open}
        >
          {open && matches.length === 0 && (
            <li className="combobox-empty muted" role="presentation">
              {props.noMatches}
            </li>
          )}
          {matches.map((option, index) => (
            <li
              key={option.value}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              data-chosen={option.value === value || undefined}
              className={index === activeIndex ? 'active' : undefined}
              onMouseDown={onOptionDown}
              onMouseMove={() => (index === activeIndex ? undefined : setActive(index))}
              onClick={() => choose(option)}
            >
              {option.label}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}

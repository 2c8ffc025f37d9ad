import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Delegate } from '../../../shared/model/conference'
import { buildSearchIndex } from '../../../shared/text/foldForSearch'
import { normalizeText } from '../../../shared/text/normalizeText'
import './delegatePicker.css'

export interface PresenterValue {
  delegateId: string | null
  text: string
}

const MAX_SHOWN = 8

/** "Đại tá Nguyễn Xuân Thắng – Chỉ huy trưởng Bộ CHQS tỉnh", as a clerk would say it. */
export function delegateLabel(delegate: Delegate): string {
  const name = [delegate.rank, delegate.name].filter((part) => part.trim() !== '').join(' ')
  const post = [delegate.position, delegate.unit].filter((part) => part.trim() !== '').join(', ')
  return post ? `${name} – ${post}` : name
}

/**
 * Who presents: a delegate from the list (found diacritic-insensitively: "ngo nam cuong") or,
 * when the person is not on the list, the name as typed. Typing unlinks a chosen delegate.
 */
export function DelegatePicker({
  label,
  delegates,
  value,
  onChange,
  disabled,
  freeText = true,
  name
}: {
  label: string
  delegates: readonly Delegate[]
  value: PresenterValue
  onChange: (value: PresenterValue) => void
  disabled?: boolean
  freeText?: boolean
  name?: string
}) {
  const { t } = useTranslation('agenda')
  const listId = useId()
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState<string | null>(null)
  const [active, setActive] = useState(0)
  const index = useMemo(
    () =>
      buildSearchIndex(delegates, (delegate) => [
        delegate.name,
        delegate.rank,
        delegate.position,
        delegate.unit
      ]),
    [delegates]
  )
  const linked =
    value.delegateId !== null ? delegates.find((delegate) => delegate.id === value.delegateId) : undefined
  const shown = linked ? delegateLabel(linked) : value.text
  const typed = query ?? ''
  const matches = open ? index.filter(query ?? '').slice(0, MAX_SHOWN) : []

  const pick = (delegate: Delegate) => {
    onChange({ delegateId: delegate.id, text: '' })
    setQuery(null)
    setOpen(false)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey) return
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      if (!open) setOpen(true)
      else setActive((current) => Math.min(current + 1, Math.max(matches.length - 1, 0)))
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault()
      setActive((current) => Math.max(current - 1, 0))
    } else if (event.key === 'Enter' && open) {
      const delegate = matches[active]
      if (delegate) {
        event.preventDefault()
        pick(delegate)
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }
  const activeId = open && matches[active] ? `${listId}-${active}` : undefined
  return (
    <div className={linked ? 'delegate-picker linked' : 'delegate-picker'}>
      <input
        role="combobox"
        aria-label={label}
        name={name}
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        title={linked ? `${shown} (${t('picker.linked')})` : shown || undefined}
        placeholder={t(freeText ? 'picker.placeholder' : 'picker.placeholderList')}
        disabled={disabled}
        value={query ?? shown}
        onFocus={() => {
          setQuery(shown)
          setActive(0)
        }}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
          setOpen(true)
          if (freeText) onChange({ delegateId: null, text: event.target.value })
        }}
        onBlur={() => {
          if (freeText && value.delegateId === null && typed !== '' && normalizeText(typed) !== typed)
            onChange({ delegateId: null, text: normalizeText(typed) })
          setQuery(null)
          setOpen(false)
        }}
        onKeyDown={onKeyDown}
      />
      {open && matches.length > 0 && (
        <ul role="listbox" id={listId} className="delegate-options" aria-label={label}>
          {matches.map((delegate, position) => (
            <li
              key={delegate.id}
              id={`${listId}-${position}`}
              role="option"
              aria-selected={position === active}
              className={position === active ? 'active' : undefined}
              // mousedown, not click: the input must not blur (and close the list) first.
              onMouseDown={(event) => {
                event.preventDefault()
                pick(delegate)
              }}
            >
              {delegateLabel(delegate)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

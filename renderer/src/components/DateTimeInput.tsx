import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  formatDateInput,
  maskDateInput,
  maskTimeInput,
  parseDateInput,
  parseTimeInput
} from '../../../shared/dates/dateTimeInput'

type Kind = 'date' | 'time'

const RULES: Record<
  Kind,
  {
    show: (stored: string) => string
    mask: (typed: string) => string
    parse: (typed: string) => string | null
    /** Whether a valid text is finished enough to store while the clerk is still typing. */
    complete: (typed: string) => boolean
    maxLength: number
  }
> = {
  date: {
    show: formatDateInput,
    mask: maskDateInput,
    parse: parseDateInput,
    // "26/12/20" is a valid date already; wait for the fourth digit of the year (or the blur).
    complete: (typed) => /\d{4}\s*$/.test(typed),
    maxLength: 10
  },
  time: {
    show: (stored) => stored,
    mask: maskTimeInput,
    parse: parseTimeInput,
    complete: (typed) => typed.trim().length >= 4,
    maxLength: 5
  }
}

export interface DateTimeInputProps {
  kind: Kind
  /** Stored value: ISO "YYYY-MM-DD" or "HH:MM", or '' when not set. */
  value: string
  onChange: (value: string) => void
  id?: string
  name?: string
  label?: string
  disabled?: boolean
  /** Id of the element that says what is wrong, while the text is not a date/time. */
  errorId?: string
  className?: string
  /** Told when the typed text stops or starts being valid, to show a message beside the field. */
  onValidity?: (valid: boolean) => void
}

/**
 * A date (dd/mm/yyyy) or 24-hour time (HH:MM) typed as text, the same on every system: the
 * browser's own date and time inputs follow the operating system's locale. The typed text is kept
 * while the clerk types; the stored value changes only to a whole, valid date or time.
 */
export function DateTimeInput(props: DateTimeInputProps) {
  const { kind, value, onChange } = props
  const { t } = useTranslation()
  const rules = RULES[kind]
  const [draft, setDraft] = useState<string | null>(null)
  const [shown, setShown] = useState(value)
  // Undo or another edit changed the stored value: show it, unless it is what is being typed.
  if (shown !== value) {
    setShown(value)
    if (draft !== null && rules.parse(draft) !== value) setDraft(null)
  }
  const text = draft ?? rules.show(value)
  const valid = draft === null || draft.trim() === '' || rules.parse(draft) !== null
  const report = (next: boolean) => props.onValidity?.(next)

  return (
    <input
      id={props.id}
      name={props.name}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      className={[kind === 'date' ? 'date-input' : 'time-input', props.className, valid ? '' : 'invalid']
        .filter(Boolean)
        .join(' ')}
      aria-label={props.label}
      aria-invalid={!valid}
      aria-describedby={!valid ? props.errorId : undefined}
      placeholder={t(kind === 'date' ? 'dateInput.datePlaceholder' : 'dateInput.timePlaceholder')}
      maxLength={rules.maxLength}
      disabled={props.disabled}
      value={text}
      onChange={(event) => {
        const typed = rules.mask(event.target.value)
        setDraft(typed)
        const parsed = rules.parse(typed)
        if (parsed !== null) report(true)
        if (parsed !== null && rules.complete(typed) && parsed !== value) onChange(parsed)
      }}
      onBlur={() => {
        if (draft === null) return
        if (draft.trim() === '') {
          setDraft(null)
          report(true)
          if (value !== '') onChange('')
          return
        }
        const parsed = rules.parse(draft)
        if (parsed === null) {
          // Kept as typed and marked, so the clerk sees what to correct; the stored value is unchanged.
          report(false)
          return
        }
        setDraft(null)
        report(true)
        if (parsed !== value) onChange(parsed)
      }}
    />
  )
}

/** A labelled date or time field (the forms' layout), with the message shown while it is wrong. */
export function DateTimeField({
  label,
  kind,
  value,
  onChange,
  name,
  disabled
}: {
  label: string
  kind: Kind
  value: string
  onChange: (value: string) => void
  name?: string
  disabled?: boolean
}) {
  const { t } = useTranslation()
  const id = useId()
  const [invalid, setInvalid] = useState(false)
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <DateTimeInput
        id={id}
        kind={kind}
        name={name}
        value={value}
        disabled={disabled}
        onChange={onChange}
        errorId={`${id}-error`}
        onValidity={(valid) => setInvalid(!valid)}
      />
      {invalid && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {t(kind === 'date' ? 'dateInput.badDate' : 'dateInput.badTime', { field: label })}
        </span>
      )}
    </div>
  )
}

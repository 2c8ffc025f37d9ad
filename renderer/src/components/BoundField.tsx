import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkField, type RecordKind } from '../../../shared/edits/checkField'
import { normalizeMultilineText, normalizeText } from '../../../shared/text/normalizeText'

/** Which stored field an input edits, so its value is checked against the file format's limits. */
export type CheckAs = readonly [kind: RecordKind, field: string]

/**
 * The check of one field as the file format would make it, in the interface language: null when
 * the value may be stored, else the message to show under the field.
 */
export function useFieldCheck(checkAs: CheckAs | undefined): (value: string) => string | null {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  return (value) => (checkAs ? checkField(checkAs[0], checkAs[1], value, lang) : null)
}

/** The message under a field whose value was not taken. */
export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  )
}

interface BoundTextProps {
  label: string
  value: string
  /** Called on every keystroke; edits with one coalesce key become one undo step. */
  onChange: (value: string) => void
  multiline?: boolean
  placeholder?: string
  type?: 'text' | 'tel'
  name?: string
  disabled?: boolean
  /** The schema's limit, so typing stops where a save would be refused. */
  maxLength?: number
  /** The stored field this edits: values the file format refuses are kept here, not stored, and said so. */
  checkAs?: CheckAs
}

/**
 * A labelled input bound to the session document. Text is stored as typed while editing and
 * normalised (NFC, trimmed, single spaces) when the field is left, so pasted text from old
 * documents is clean in the store.
 */
export function BoundText({
  label,
  value,
  onChange,
  multiline,
  placeholder,
  type = 'text',
  name,
  disabled,
  maxLength,
  checkAs
}: BoundTextProps) {
  const id = useId()
  const check = useFieldCheck(checkAs)
  // A value the file format refuses stays in the field, with why, until the clerk fixes it.
  const [rejected, setRejected] = useState<{ value: string; message: string } | null>(null)
  const change = (raw: string) => {
    const message = check(raw)
    if (message) {
      setRejected({ value: raw, message })
      return
    }
    setRejected(null)
    onChange(raw)
  }
  const commit = (raw: string) => {
    if (rejected) return
    const clean = multiline ? normalizeMultilineText(raw) : normalizeText(raw)
    if (clean !== raw) onChange(clean)
  }
  const invalid = {
    'aria-invalid': rejected !== null,
    'aria-describedby': rejected ? `${id}-error` : undefined
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          name={name}
          value={rejected?.value ?? value}
          placeholder={placeholder}
          disabled={disabled}
          rows={3}
          {...invalid}
          onChange={(event) => change(event.target.value)}
          onBlur={(event) => commit(event.target.value)}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          value={rejected?.value ?? value}
          placeholder={placeholder}
          disabled={disabled}
          maxLength={checkAs ? undefined : maxLength}
          {...invalid}
          onChange={(event) => change(event.target.value)}
          onBlur={(event) => (type === 'text' || type === 'tel' ? commit(event.target.value) : undefined)}
        />
      )}
      <FieldError id={`${id}-error`} message={rejected?.message ?? null} />
    </div>
  )
}

export function BoundSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  name,
  disabled
}: {
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
  name?: string
  disabled?: boolean
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

import { useId } from 'react'
import { normalizeMultilineText, normalizeText } from '../../../shared/text/normalizeText'

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
  maxLength
}: BoundTextProps) {
  const id = useId()
  const commit = (raw: string) => {
    const clean = multiline ? normalizeMultilineText(raw) : normalizeText(raw)
    if (clean !== raw) onChange(clean)
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          name={name}
          value={value}
          placeholder={placeholder}
          disabled={disabled}
          rows={3}
          onChange={(event) => onChange(event.target.value)}
          onBlur={(event) => commit(event.target.value)}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          value={value}
          placeholder={placeholder}
          disabled={disabled}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          onBlur={(event) => (type === 'text' || type === 'tel' ? commit(event.target.value) : undefined)}
        />
      )}
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

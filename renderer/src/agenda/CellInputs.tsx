import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { normalizeMultilineText, normalizeText } from '../../../shared/text/normalizeText'
import { parseWholeNumber, settleNumberDraft } from './numberDraft'

/**
 * Inputs for table cells: labelled for screen readers only (the column header shows the label),
 * normalised to NFC and trimmed when left, like BoundText.
 */
export function CellText({
  label,
  value,
  onChange,
  disabled,
  multiline,
  placeholder,
  className,
  name
}: {
  label: string
  value: string
  onChange: (value: string) => void
  disabled?: boolean
  multiline?: boolean
  placeholder?: string
  className?: string
  name?: string
}) {
  const commit = (raw: string) => {
    const clean = multiline ? normalizeMultilineText(raw) : normalizeText(raw)
    if (clean !== raw) onChange(clean)
  }
  return multiline ? (
    <textarea
      aria-label={label}
      name={name}
      className={className}
      value={value}
      rows={2}
      placeholder={placeholder}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event) => commit(event.target.value)}
    />
  ) : (
    <input
      aria-label={label}
      name={name}
      className={className}
      value={value}
      placeholder={placeholder}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event) => commit(event.target.value)}
    />
  )
}

/**
 * A whole number of minutes (or people). The field keeps its own draft while the clerk types, so it
 * can be emptied and retyped; only a valid number reaches the document (times follow at once), and
 * leaving the field empty or invalid puts back the number it held when the clerk entered it.
 */
export function CellNumber({
  label,
  value,
  onChange,
  disabled,
  min = 0,
  max,
  className
}: {
  label: string
  value: number
  onChange: (value: number) => void
  disabled?: boolean
  min?: number
  max: number
  className?: string
}) {
  const { t } = useTranslation('agenda')
  const hintId = useId()
  const [draft, setDraft] = useState(String(value))
  const [shown, setShown] = useState(value)
  const [atFocus, setAtFocus] = useState(value)
  // Undo or another edit changed the stored number: show it (React's "adjust state on prop change").
  if (shown !== value) {
    setShown(value)
    if (parseWholeNumber(draft, min, max) !== value) setDraft(String(value))
  }
  const valid = parseWholeNumber(draft, min, max) !== null
  return (
    <span className="num-field">
      <input
        aria-label={label}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : hintId}
        className={`${className ?? 'num-input'}${valid ? '' : ' invalid'}`}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        disabled={disabled}
        onFocus={() => setAtFocus(value)}
        onChange={(event) => {
          setDraft(event.target.value)
          const parsed = parseWholeNumber(event.target.value, min, max)
          if (parsed !== null && parsed !== value) onChange(parsed)
        }}
        onBlur={() => {
          const settled = settleNumberDraft(draft, atFocus, value, min, max)
          setDraft(settled.draft)
          if (settled.commit !== null) onChange(settled.commit)
        }}
      />
      {!valid && (
        <span id={hintId} className="num-hint" role="status">
          {t('numberHint', { min, max, previous: atFocus })}
        </span>
      )}
    </span>
  )
}

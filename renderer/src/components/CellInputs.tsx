import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { normalizeMultilineText, normalizeText } from '../../../shared/text/normalizeText'
import { FieldError, useFieldCheck, type CheckAs } from './BoundField'
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
  name,
  checkAs
}: {
  label: string
  value: string
  onChange: (value: string) => void
  disabled?: boolean
  multiline?: boolean
  placeholder?: string
  className?: string
  name?: string
  /** The stored field this edits: a value the file format refuses stays here, with why, and is not stored. */
  checkAs?: CheckAs
}) {
  const id = useId()
  const check = useFieldCheck(checkAs)
  const [rejected, setRejected] = useState<{ value: string; message: string } | null>(null)
  const change = (raw: string) => {
    const message = check(raw)
    setRejected(message ? { value: raw, message } : null)
    if (!message) onChange(raw)
  }
  const commit = (raw: string) => {
    if (rejected) return
    const clean = multiline ? normalizeMultilineText(raw) : normalizeText(raw)
    if (clean !== raw) onChange(clean)
  }
  const shared = {
    'aria-label': label,
    'aria-invalid': rejected !== null,
    'aria-describedby': rejected ? `${id}-error` : undefined,
    name,
    className,
    value: rejected?.value ?? value,
    placeholder,
    disabled
  }
  const error = <FieldError id={`${id}-error`} message={rejected?.message ?? null} />
  return multiline ? (
    <>
      <textarea
        {...shared}
        rows={2}
        onChange={(event) => change(event.target.value)}
        onBlur={(event) => commit(event.target.value)}
      />
      {error}
    </>
  ) : (
    <>
      <input
        {...shared}
        onChange={(event) => change(event.target.value)}
        onBlur={(event) => commit(event.target.value)}
      />
      {error}
    </>
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

import { normalizeMultilineText, normalizeText } from '../../../shared/text/normalizeText'

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

/** A whole, non-negative number of minutes (or people); anything else typed is ignored. */
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
  return (
    <input
      aria-label={label}
      className={className ?? 'num-input'}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        const parsed = Number(event.target.value)
        if (event.target.value !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max)
          onChange(parsed)
      }}
    />
  )
}

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { normalizeMultilineText, normalizeText } from '../../../shared/text/normalizeText'
import { FieldError, useFieldCheck, type CheckAs } from '../components/BoundField'
import { draftCommit } from './draftCommit'

interface DraftTextProps {
  label: string
  value: string
  /** Called once per finished edit (blur, Enter, Ctrl+Z/Y, leaving the panel), with normalised text. */
  onCommit: (value: string) => void
  multiline?: boolean
  type?: 'text' | 'tel'
  name?: string
  disabled?: boolean
  /** The stored field this edits: a value the file format refuses stays here, with why, and is not stored. */
  checkAs?: CheckAs
}

/**
 * A labelled field that keeps what the clerk types locally and writes it to the session only when
 * the edit is finished, as the grid's cell editor does: with 10,000 delegates every session edit
 * re-derives the search index and the duplicate check, far too slow to do per keystroke.
 */
export function DraftText({
  label,
  value,
  onCommit,
  multiline,
  type = 'text',
  name,
  disabled,
  checkAs
}: DraftTextProps) {
  const id = useId()
  const check = useFieldCheck(checkAs)
  const [error, setError] = useState<string | null>(null)
  // null: not editing, show the stored value (so an undo elsewhere shows at once).
  const [draft, setDraft] = useState<string | null>(null)
  const pending = useRef<{ draft: string | null; value: string; onCommit: (value: string) => void }>({
    draft,
    value,
    onCommit
  })
  useEffect(() => {
    pending.current = { draft, value, onCommit }
  })
  const normalize = multiline ? normalizeMultilineText : normalizeText

  const commit = () => {
    const next = draftCommit(draft, value, normalize)
    const message = next === null ? null : check(next)
    if (message) {
      // Kept as typed, not stored: the clerk sees why and shortens it.
      setError(message)
      return
    }
    setError(null)
    setDraft(null)
    if (next !== null) onCommit(next)
  }
  // The panel unmounts when another row becomes active: keep what was typed.
  useEffect(
    () => () => {
      const { draft: left, value: stored, onCommit: save } = pending.current
      const next = draftCommit(left, stored, normalize)
      if (next !== null) save(next)
    },
    // Once, on unmount; the latest values are read from the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    []
  )

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const ctrl = event.ctrlKey || event.metaKey
    const key = event.key.toLowerCase()
    // Undo/redo are handled by the workspace: finish this edit first so Ctrl+Z takes it back whole.
    if (ctrl && (key === 'z' || key === 'y')) commit()
    else if (event.key === 'Enter' && (!multiline || ctrl)) {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault()
      event.stopPropagation()
      setDraft(null)
      setError(null)
    }
  }
  const common = {
    id,
    name,
    value: draft ?? value,
    disabled,
    'aria-invalid': error !== null,
    'aria-describedby': error ? `${id}-error` : undefined,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={3} /> : <input {...common} type={type} />}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}

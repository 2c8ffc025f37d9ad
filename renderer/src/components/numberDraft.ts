/**
 * The text a clerk types into a whole-number cell, read as a number in [min, max]. Empty, partial
 * ("-", "1.5") or out-of-range text is null: it must never reach the document, because a cell that
 * silently keeps an old digit ("1" after deleting "10") saves a wrong duration.
 */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return null
  const value = Number(trimmed)
  return Number.isSafeInteger(value) && value >= min && value <= max ? value : null
}

/**
 * Leaving the cell: a valid draft stays (tidied, "015" → "15"); anything else shows the number the
 * cell held when the clerk entered it, and asks to store it again if typing had changed the stored
 * value on the way (deleting "10" digit by digit stores "1" before the cell is empty).
 */
export function settleNumberDraft(
  draft: string,
  atFocus: number,
  stored: number,
  min: number,
  max: number
): { draft: string; commit: number | null } {
  const parsed = parseWholeNumber(draft, min, max)
  if (parsed !== null) return { draft: String(parsed), commit: parsed === stored ? null : parsed }
  return { draft: String(atFocus), commit: atFocus === stored ? null : atFocus }
}

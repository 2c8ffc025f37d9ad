import { normalizeMultilineText, normalizeText } from './normalizeText'

/**
 * Fields that hold paragraphs or lines rather than one line. The signer's title ("TM. ỦY BAN NHÂN
 * DÂN" / "CHỦ TỊCH") and the governing and issuing bodies are multi-line by nature: the clerk's
 * break is where Decree 30 wants it. Every other field is folded to one line.
 */
export const MULTILINE_KEYS = new Set([
  'text',
  'notes',
  'achievement',
  'legalBasis',
  'scriptEdits',
  'signerTitle',
  'issuingBody',
  'governingBody'
])

/**
 * Walks any JSON value and normalises every string in it, so that whatever reaches the store
 * (typed, pasted, imported) is NFC, trimmed and free of doubled spaces. Returns a new value.
 */
export function normalizeDocumentText<T>(value: T): T {
  return walk(value, false) as T
}

function walk(value: unknown, multiline: boolean): unknown {
  if (typeof value === 'string') return multiline ? normalizeMultilineText(value) : normalizeText(value)
  if (Array.isArray(value)) return value.map((item) => walk(item, multiline))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value))
      out[key] = walk(item, multiline || MULTILINE_KEYS.has(key))
    return out
  }
  return value
}

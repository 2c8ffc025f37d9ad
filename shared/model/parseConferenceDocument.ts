import { AppError } from '../errors/appError'
import { migrateToCurrent } from '../migrations/migrateToCurrent'
import { conferenceDocumentSchema, type ConferenceDocument } from './conference'

export interface ParsedConference {
  doc: ConferenceDocument
  migratedFrom: number | null
}

/**
 * Text of a conference file → a validated, current document, or an AppError that names the
 * file and the first offending field. Never returns defaults in place of a broken file.
 */
export function parseConferenceText(text: string, file?: string): ParsedConference {
  if (text.trim().length === 0) throw new AppError({ code: 'invalid-file', message: 'tệp rỗng', file })
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppError({
      code: 'invalid-file',
      message: `không phải JSON hợp lệ (có thể bị cắt cụt): ${reason}`,
      file
    })
  }
  return parseConferenceValue(raw, file)
}

export function parseConferenceValue(raw: unknown, file?: string): ParsedConference {
  if (
    raw !== null &&
    typeof raw === 'object' &&
    (raw as Record<string, unknown>)['format'] !== 'hoinghi.conference'
  ) {
    throw new AppError({
      code: 'invalid-file',
      message: 'không phải tệp hội nghị HoiNghi (thiếu "format": "hoinghi.conference")',
      file,
      field: 'format'
    })
  }
  const { doc, fromVersion, applied } = migrateToCurrent(raw, file)
  const result = conferenceDocumentSchema.safeParse(doc)
  if (!result.success) {
    const details = result.error.issues
      .slice(0, 20)
      .map((issue) => `${issue.path.join('.') || '(gốc)'}: ${issue.message}`)
    const first = result.error.issues[0]
    throw new AppError({
      code: 'invalid-file',
      message: `dữ liệu không hợp lệ — ${details[0] ?? 'lỗi không rõ'}`,
      file,
      field: first ? first.path.join('.') : undefined,
      details
    })
  }
  return { doc: result.data, migratedFrom: applied.length > 0 ? fromVersion : null }
}

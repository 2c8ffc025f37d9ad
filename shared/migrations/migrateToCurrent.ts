import { AppError } from '../errors/appError'
import { CURRENT_SCHEMA_VERSION } from '../model/conference'
import type { Migration } from './migration'
import { addAwardsAndDocumentSettings } from './001-add-awards-and-document-settings'
import { addAgendaNumber } from './002-add-agenda-number'
import { addCollectionOriginsAndCodes } from './003-add-collection-origins-and-codes'

/** Append-only: a released migration is never edited, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [
  addAwardsAndDocumentSettings,
  addAgendaNumber,
  addCollectionOriginsAndCodes
]

export interface MigrationResult {
  doc: Record<string, unknown>
  fromVersion: number
  applied: string[]
}

/** Brings parsed JSON of any known older version up to the current schema version. */
export function migrateToCurrent(raw: unknown, file?: string): MigrationResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AppError({
      code: 'invalid-file',
      message: 'không phải tệp hội nghị (không có đối tượng JSON)',
      file
    })
  }
  let doc = raw as Record<string, unknown>
  const version = doc['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new AppError({
      code: 'invalid-file',
      message: 'thiếu hoặc sai schemaVersion',
      file,
      field: 'schemaVersion'
    })
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new AppError({
      code: 'newer-version',
      message: `tệp được tạo bởi phiên bản HoiNghi mới hơn (schemaVersion ${version} > ${CURRENT_SCHEMA_VERSION}); hãy cập nhật ứng dụng`,
      file,
      field: 'schemaVersion'
    })
  }
  const applied: string[] = []
  let current = version
  while (current < CURRENT_SCHEMA_VERSION) {
    const step = MIGRATIONS.find((migration) => migration.from === current)
    if (!step)
      throw new AppError({
        code: 'internal',
        message: `không có bước chuyển đổi từ phiên bản ${current}`,
        file
      })
    doc = step.up(doc)
    applied.push(step.name)
    current += 1
  }
  return { doc, fromVersion: version, applied }
}

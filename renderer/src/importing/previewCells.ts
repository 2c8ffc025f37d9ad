import type { ImportResult } from '../../../shared/importExport/convertRows'
import { IMPORT_FIELDS, type ImportField } from '../../../shared/importExport/importFields'

export interface PreviewLookups {
  /** An agenda item's worked-out time ("08:00–08:15"), '' while the conference has no start. */
  agendaTime?: (id: string) => string
  venueName: (id: string | null) => string
  personName: (id: string | null) => string
  label: (group: 'role' | 'attendance' | 'recipientType' | 'isMain' | 'category', value: string) => string
}

/** The fields of the kind that some column is mapped to, in HoiNghi's column order. */
export function mappedFields(result: ImportResult, mapped: ReadonlySet<string>): ImportField[] {
  return IMPORT_FIELDS[result.kind].filter((field) => mapped.has(field.key))
}

/**
 * The converted value of one field as the clerk should read it in the preview: names instead of
 * ids, Vietnamese labels instead of codes — so the preview shows what will really be stored.
 */
export function previewCell(
  result: ImportResult,
  index: number,
  key: string,
  lookups: PreviewLookups
): string {
  switch (result.kind) {
    case 'delegates': {
      const record = result.records[index]
      if (!record) return ''
      if (key === 'venue') return lookups.venueName(record.venueId)
      if (key === 'role') return lookups.label('role', record.role)
      if (key === 'attendance') return lookups.label('attendance', record.attendance)
      return textOf(record, key)
    }
    case 'venues': {
      const record = result.records[index]
      if (!record) return ''
      if (key === 'isMain') return lookups.label('isMain', String(record.isMain))
      if (key === 'chair') return lookups.personName(record.chairId)
      if (key === 'expectedCount') return record.expectedCount === null ? '' : String(record.expectedCount)
      return textOf(record, key)
    }
    case 'agenda': {
      const record = result.records[index]
      if (!record) return ''
      if (key === 'time') return lookups.agendaTime?.(record.id) || record.pinnedStart || '—'
      if (key === 'duration') return String(record.durationMin)
      if (key === 'presenter') return record.presenterText
      if (key === 'venue') return lookups.venueName(record.venueId)
      return textOf(record, key)
    }
    case 'awards': {
      const record = result.records[index]
      if (!record) return ''
      if (key === 'recipientType') return lookups.label('recipientType', record.recipientType)
      if (key === 'presenter') return record.presenterText
      if (key === 'group') return record.stageGroup === null ? '' : String(record.stageGroup)
      return textOf(record, key)
    }
  }
}

function textOf(record: object, key: string): string {
  const value: unknown = (record as Record<string, unknown>)[key]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

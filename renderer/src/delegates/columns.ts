import type { Delegate } from '../../../shared/model/conference'

export type TextColumn = 'name' | 'rank' | 'position' | 'unit'
export type SelectColumn = 'venue' | 'role' | 'attendance'
export type ColumnKey = TextColumn | SelectColumn

/** The table's editable columns, left to right (the handle and STT come before them). */
export const COLUMNS: readonly ColumnKey[] = [
  'name',
  'rank',
  'position',
  'unit',
  'venue',
  'role',
  'attendance'
]

export function isTextColumn(column: ColumnKey): column is TextColumn {
  return column === 'name' || column === 'rank' || column === 'position' || column === 'unit'
}

export function cellValue(delegate: Delegate, column: ColumnKey): string {
  if (column === 'venue') return delegate.venueId ?? ''
  if (column === 'role') return delegate.role
  if (column === 'attendance') return delegate.attendance
  return delegate[column]
}

import { randomUUID } from 'node:crypto'
import { convertRows, type ImportContext, type ImportResult } from '../../shared/importExport/convertRows'
import { detectHeaderRow, suggestMapping, type ColumnMapping } from '../../shared/importExport/detectHeader'
import { IMPORT_FIELDS, type ImportKind } from '../../shared/importExport/importFields'
import type { Table } from './readTable'

export const PREVIEW_ROWS = 20

export interface PreviewOptions {
  /** 1-based; detected when not given. */
  headerRow?: number
  mapping?: ColumnMapping
  existingVenues?: ImportContext['existingVenues']
  existingDelegates?: ImportContext['existingDelegates']
  newId?: () => string
}

export type ImportPreviewResult = ImportResult & {
  fileName: string
  sheets: string[]
  sheet: string
  encoding: Table['encoding']
  headerRow: number
  headers: string[]
  mapping: ColumnMapping
  fields: { key: string; label: string }[]
  previewRows: string[][]
}

export function newRecordId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 16)
}

/** Header row, mapping and records of a table; pure apart from id generation. */
export function previewImport(
  table: Table,
  kind: ImportKind,
  options: PreviewOptions = {}
): ImportPreviewResult {
  const requested = options.headerRow
  const headerIndex =
    requested !== undefined && requested >= 1 && requested <= table.rows.length
      ? requested - 1
      : detectHeaderRow(table.rows, kind)
  const headers = (table.rows[headerIndex] ?? []).map((cell) => cell.trim())
  const suggested = suggestMapping(headers, kind)
  const mapping: ColumnMapping = options.mapping
    ? { ...Object.fromEntries(Object.keys(suggested).map((key) => [key, ''])), ...options.mapping }
    : suggested
  const result = convertRows(kind, table.rows, headerIndex, mapping, {
    existingVenues: options.existingVenues ?? [],
    existingDelegates: options.existingDelegates ?? [],
    newId: options.newId ?? newRecordId,
    readProblems: table.problems
  })
  const previewRows = table.rows
    .slice(headerIndex + 1)
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .slice(0, PREVIEW_ROWS)
  return {
    ...result,
    fileName: table.fileName,
    sheets: table.sheets,
    sheet: table.sheet,
    encoding: table.encoding,
    headerRow: headerIndex + 1,
    headers,
    mapping,
    fields: IMPORT_FIELDS[kind].map((field) => ({ key: field.key, label: field.label })),
    previewRows
  }
}

/**
 * "Họ và tên=name,Cấp bậc=rank" (the CLI's --map) → a column mapping against the header cells.
 * Columns the text does not name are not imported. Unknown headers or fields are reported.
 */
export function parseMapArgument(
  text: string,
  headers: readonly string[],
  kind: ImportKind
): { mapping: ColumnMapping; errors: string[] } {
  const mapping: ColumnMapping = Object.fromEntries(headers.map((_, index) => [String(index), '']))
  const errors: string[] = []
  const keys = new Set(IMPORT_FIELDS[kind].map((field) => field.key))
  const fold = (value: string) => value.normalize('NFC').trim().toLowerCase()
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue
    const at = pair.lastIndexOf('=')
    const header = at < 0 ? pair : pair.slice(0, at)
    const key = at < 0 ? '' : pair.slice(at + 1).trim()
    if (!keys.has(key)) {
      errors.push(`trường "${key}" không có (dùng: ${[...keys].join(', ')})`)
      continue
    }
    const column = headers.findIndex((cell) => fold(cell) === fold(header))
    if (column < 0) errors.push(`không có cột "${header.trim()}" trong dòng tiêu đề`)
    else mapping[String(column)] = key
  }
  return { mapping, errors }
}

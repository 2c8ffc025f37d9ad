import type { z } from 'zod'
import {
  agendaItemSchema,
  awardSchema,
  awardSettingsSchema,
  conferenceInfoSchema,
  delegateSchema,
  documentSettingsSchema,
  keyFigureSchema,
  outlineSchema,
  outlineSectionSchema,
  venueSchema,
  type ConferenceDocument,
  type OutlineSection
} from '../model/conference'
import { fieldLabel, type EditLang, type RecordKind } from './fieldLabels'

export type { EditLang, RecordKind }

/**
 * The file format's own schemas, per kind of record: every check below asks them, so a limit
 * changed in shared/model/conference.ts changes what the editors accept, with no copy to forget.
 */
const SCHEMAS: Record<RecordKind, z.ZodType> = {
  conference: conferenceInfoSchema,
  venue: venueSchema,
  delegate: delegateSchema,
  agenda: agendaItemSchema,
  outline: outlineSchema,
  section: outlineSectionSchema,
  figure: keyFigureSchema,
  award: awardSchema,
  documents: documentSettingsSchema,
  awardSettings: awardSettingsSchema
}

interface Issue {
  code: string
  path: PropertyKey[]
  maximum?: number | bigint
  minimum?: number | bigint
  origin?: string
}

/** One refused value in plain words: "Họ và tên dài quá 200 ký tự". */
export function describeIssue(kind: RecordKind, field: string, issue: Issue, lang: EditLang): string {
  const label = fieldLabel(kind, field, lang)
  const max = issue.maximum === undefined ? '' : String(issue.maximum)
  const min = issue.minimum === undefined ? '' : String(issue.minimum)
  const en = lang === 'en'
  if (issue.code === 'too_big') {
    if (issue.origin === 'string')
      return en ? `${label} is longer than ${max} characters` : `${label} dài quá ${max} ký tự`
    if (issue.origin === 'array')
      return en ? `${label} has more than ${max} entries` : `${label} có quá ${max} mục`
    return en ? `${label} must be at most ${max}` : `${label} không được lớn hơn ${max}`
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return en ? `${label} must not be empty` : `${label} không được để trống`
    return en ? `${label} must be at least ${min}` : `${label} không được nhỏ hơn ${min}`
  }
  if (issue.code === 'invalid_format' || issue.code === 'invalid_union')
    return en ? `${label} is not in the expected format` : `${label} không đúng định dạng`
  if (issue.code === 'invalid_type' && issue.origin === undefined)
    return en ? `${label} is not a valid value` : `${label} không phải giá trị hợp lệ`
  return en ? `${label} is not a valid value` : `${label} không hợp lệ`
}

function shapeOf(kind: RecordKind): Record<string, z.ZodType> | null {
  const schema = SCHEMAS[kind] as unknown as { shape?: Record<string, z.ZodType> }
  return schema.shape ?? null
}

/**
 * Checks one value for one field as the file format would, before it enters the document. Null
 * when it may be stored, else the message to show at the field.
 */
export function checkField(
  kind: RecordKind,
  field: string,
  value: unknown,
  lang: EditLang = 'vi'
): string | null {
  let issue: Issue | undefined
  if (kind === 'section') {
    // The section schema is recursive (z.lazy) and has no shape: check a one-section stand-in.
    const standIn: OutlineSection = { id: 's', heading: '', text: '', figures: [], children: [] }
    const result = outlineSectionSchema.safeParse({ ...standIn, [field]: value })
    issue = result.success ? undefined : (result.error.issues[0] as Issue | undefined)
  } else {
    const schema = shapeOf(kind)?.[field]
    if (!schema) return null
    const result = schema.safeParse(value)
    issue = result.success ? undefined : (result.error.issues[0] as Issue | undefined)
  }
  return issue ? describeIssue(kind, field, issue, lang) : null
}

/** Where in the workspace a refused or unsavable value is: tab, record (1-based row) and field. */
export interface EditProblem {
  tab: 'general' | 'venues' | 'delegates' | 'agenda' | 'outlines' | 'awards' | 'documents'
  kind: RecordKind
  /** The record's id (for a section, the outline's), null for the conference itself and settings. */
  recordId: string | null
  /** 1-based position in its list; null for the conference itself and settings. */
  row: number | null
  field: string
  message: string
}

function firstIssue(
  kind: RecordKind,
  value: unknown,
  lang: EditLang
): { field: string; message: string } | null {
  const result = SCHEMAS[kind].safeParse(value)
  if (result.success) return null
  const issue = result.error.issues[0] as Issue | undefined
  if (!issue) return null
  const field = String(issue.path[0] ?? '')
  return { field, message: describeIssue(kind, field, issue, lang) }
}

function sectionProblem(
  sections: readonly OutlineSection[],
  lang: EditLang
): { field: string; message: string } | null {
  for (const section of sections) {
    for (const field of ['heading', 'text'] as const) {
      const message = checkField('section', field, section[field], lang)
      if (message) return { field, message }
    }
    for (const figure of section.figures) {
      const problem = firstIssue('figure', figure, lang)
      if (problem) return { field: problem.field, message: problem.message }
    }
    const nested = sectionProblem(section.children, lang)
    if (nested) return nested
  }
  return null
}

type ListKey = 'venues' | 'delegates' | 'agenda' | 'outlines' | 'awards'
const LISTS: readonly { key: ListKey; kind: RecordKind; tab: EditProblem['tab'] }[] = [
  { key: 'venues', kind: 'venue', tab: 'venues' },
  { key: 'delegates', kind: 'delegate', tab: 'delegates' },
  { key: 'agenda', kind: 'agenda', tab: 'agenda' },
  { key: 'outlines', kind: 'outline', tab: 'outlines' },
  { key: 'awards', kind: 'award', tab: 'awards' }
]

/**
 * The first value the file format would refuse among the records an edit changed (records it left
 * alone are the same objects and are skipped, so a one-cell edit in 10,000 rows checks one row).
 * `before` null checks the whole document, for a save that failed.
 */
export function findEditProblem(
  before: ConferenceDocument | null,
  after: ConferenceDocument,
  lang: EditLang = 'vi'
): EditProblem | null {
  if (!before || before.conference !== after.conference) {
    const problem = firstIssue('conference', after.conference, lang)
    if (problem) return { tab: 'general', kind: 'conference', recordId: null, row: null, ...problem }
  }
  for (const { key, kind, tab } of LISTS) {
    const list = after[key] as readonly { id: string }[]
    const previous = before?.[key] as readonly object[] | undefined
    if (previous === list) continue
    const known = new Set<object>(previous ?? [])
    for (let index = 0; index < list.length; index++) {
      const record = list[index]
      if (!record || known.has(record)) continue
      let problem = firstIssue(kind, kind === 'outline' ? { ...record, sections: [] } : record, lang)
      if (!problem && kind === 'outline')
        problem = sectionProblem((record as unknown as { sections: OutlineSection[] }).sections, lang)
      if (problem) return { tab, kind, recordId: record.id, row: index + 1, ...problem }
    }
  }
  if (!before || before.documents !== after.documents) {
    const problem = firstIssue('documents', after.documents, lang)
    if (problem) return { tab: 'documents', kind: 'documents', recordId: null, row: null, ...problem }
  }
  if (!before || before.awardSettings !== after.awardSettings) {
    const problem = firstIssue('awardSettings', after.awardSettings, lang)
    if (problem) return { tab: 'awards', kind: 'awardSettings', recordId: null, row: null, ...problem }
  }
  return null
}

const LIST_OF_KEY: Record<string, (typeof LISTS)[number]> = Object.fromEntries(
  LISTS.map((list) => [list.key, list])
)

/**
 * A problem the main side reported by its path in the saved document ("doc.delegates.3.name"),
 * turned into the clerk's terms: tab, row, field and, when the value itself is at fault, why.
 */
export function problemAtPath(
  doc: ConferenceDocument,
  path: string,
  lang: EditLang = 'vi'
): EditProblem | null {
  const parts = path.split('.')
  if (parts[0] === 'doc') parts.shift()
  const [top, second, third] = parts
  const generic = (kind: RecordKind, field: string) =>
    `${fieldLabel(kind, field, lang)} ${lang === 'en' ? 'is not a valid value' : 'không hợp lệ'}`
  if (top === 'conference' && second) {
    const value: unknown = (doc.conference as Record<string, unknown>)[second]
    const message = checkField('conference', second, value, lang) ?? generic('conference', second)
    return { tab: 'general', kind: 'conference', recordId: null, row: null, field: second, message }
  }
  const list = top ? LIST_OF_KEY[top] : undefined
  const index = Number(second)
  if (!list || !Number.isInteger(index)) return null
  const record = (doc[list.key] as readonly { id: string }[])[index]
  if (!record) return null
  const field = third ?? ''
  const value: unknown = (record as unknown as Record<string, unknown>)[field]
  const message = (field && checkField(list.kind, field, value, lang)) || generic(list.kind, field)
  return { tab: list.tab, kind: list.kind, recordId: record.id, row: index + 1, field, message }
}

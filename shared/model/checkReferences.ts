import type { ConferenceDocument } from './conference'

/**
 * Faults the schema cannot see because they span records: two delegates with one id (an edit then
 * lands on the wrong person), a venueId that points nowhere, an id that reads as a path. `field`
 * is the path as the schema's own messages give it ("delegates.3.venueId").
 */
export interface ReferenceProblem {
  field: string
  message: string
  /** A dangling reference can be dropped (set to none) without losing anything the clerk typed. */
  repairable: boolean
}

type Collection = 'venues' | 'delegates' | 'agenda' | 'outlines' | 'awards'

const WHAT: Record<Collection, string> = {
  venues: 'điểm cầu',
  delegates: 'đại biểu',
  agenda: 'mục chương trình',
  outlines: 'đề cương',
  awards: 'khen thưởng'
}

/** Separators and parent steps: an id may name a snapshot folder or a file, so it must never read as a path. */
export function isPathLikeId(id: string): boolean {
  return id.includes('/') || id.includes('\\') || id.includes('..')
}

interface Link {
  from: Collection
  field: 'venueId' | 'chairId' | 'presenterId' | 'speakerId' | 'agendaItemId' | 'delegateId'
  to: Collection
}

/** Every id that points at another record, and where it must point. */
const LINKS: Link[] = [
  { from: 'venues', field: 'chairId', to: 'delegates' },
  { from: 'delegates', field: 'venueId', to: 'venues' },
  { from: 'agenda', field: 'presenterId', to: 'delegates' },
  { from: 'agenda', field: 'venueId', to: 'venues' },
  { from: 'outlines', field: 'speakerId', to: 'delegates' },
  { from: 'outlines', field: 'agendaItemId', to: 'agenda' },
  { from: 'awards', field: 'delegateId', to: 'delegates' },
  { from: 'awards', field: 'presenterId', to: 'delegates' }
]

function records(doc: ConferenceDocument, collection: Collection): readonly { id: string }[] {
  return doc[collection]
}

function pointer(record: { id: string }, field: Link['field']): string | null {
  const value = (record as Partial<Record<Link['field'], string | null>>)[field]
  return typeof value === 'string' ? value : null
}

/** Every cross-record fault of a schema-valid document, in file order. Pure: CLI and app share it. */
export function checkReferences(doc: ConferenceDocument): ReferenceProblem[] {
  const problems: ReferenceProblem[] = []
  if (isPathLikeId(doc.id))
    problems.push({
      field: 'id',
      message: `mã hội nghị "${doc.id}" chứa "/", "\\" hoặc ".."`,
      repairable: false
    })
  const known = new Map<Collection, Set<string>>()
  for (const collection of Object.keys(WHAT) as Collection[]) {
    const seen = new Map<string, number>()
    records(doc, collection).forEach((record, index) => {
      const field = `${collection}.${index}.id`
      if (isPathLikeId(record.id))
        problems.push({
          field,
          message: `mã ${WHAT[collection]} "${record.id}" chứa "/", "\\" hoặc ".."`,
          repairable: false
        })
      const first = seen.get(record.id)
      if (first !== undefined)
        problems.push({
          field,
          message: `mã ${WHAT[collection]} "${record.id}" trùng với ${collection}.${first}`,
          repairable: false
        })
      else seen.set(record.id, index)
    })
    known.set(collection, new Set(seen.keys()))
  }
  for (const link of LINKS) {
    records(doc, link.from).forEach((record, index) => {
      const target = pointer(record, link.field)
      if (target === null || known.get(link.to)?.has(target)) return
      problems.push({
        field: `${link.from}.${index}.${link.field}`,
        message: `trỏ tới ${WHAT[link.to]} "${target}" không có trong hội nghị`,
        repairable: true
      })
    })
  }
  return problems
}

/**
 * Drops every dangling reference (sets it to none) and says which, for the loader. Duplicate and
 * path-like ids are not touched: guessing which of two records keeps an id could lose one.
 */
export function dropDanglingReferences(doc: ConferenceDocument): {
  doc: ConferenceDocument
  notes: string[]
} {
  const notes: string[] = []
  const ids = (collection: Collection) => new Set(records(doc, collection).map((record) => record.id))
  const known: Record<Collection, Set<string>> = {
    venues: ids('venues'),
    delegates: ids('delegates'),
    agenda: ids('agenda'),
    outlines: ids('outlines'),
    awards: ids('awards')
  }
  const fix = <T extends { id: string }>(from: Collection, list: T[]): T[] =>
    list.map((record, index) => {
      let next = record
      for (const link of LINKS.filter((candidate) => candidate.from === from)) {
        const target = pointer(next, link.field)
        if (target === null || known[link.to].has(target)) continue
        next = { ...next, [link.field]: null }
        notes.push(
          `${from}.${index}.${link.field}: bỏ liên kết tới ${WHAT[link.to]} "${target}" không còn tồn tại`
        )
      }
      return next
    })
  const repaired: ConferenceDocument = {
    ...doc,
    venues: fix('venues', doc.venues),
    delegates: fix('delegates', doc.delegates),
    agenda: fix('agenda', doc.agenda),
    outlines: fix('outlines', doc.outlines),
    awards: fix('awards', doc.awards)
  }
  return { doc: notes.length > 0 ? repaired : doc, notes }
}

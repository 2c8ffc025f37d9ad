import { computeAgendaTimes } from '../agenda/computeAgendaTimes'
import { agendaKindLabelVi } from '../agenda/agendaKinds'
import { recipientTypeLabelVi } from '../awards/awardCategory'
import { groupAwardsForCeremony } from '../awards/groupAwards'
import { attendanceLabelVi, roleLabelVi } from '../delegates/roleLabels'
import { sortByGivenName } from '../delegates/sortByGivenName'
import { sortByPrecedence } from '../delegates/sortByPrecedence'
import type { ConferenceDocument, Delegate } from '../model/conference'
import { fieldLabel, IMPORT_FIELDS, type ImportKind } from './importFields'

export const exportSorts = ['protocol', 'precedence', 'name'] as const
export type ExportSort = (typeof exportSorts)[number]

export interface ExportTable {
  /** The title row of the spreadsheet ("DANH SÁCH ĐẠI BIỂU – <conference title>"). */
  title: string
  headers: string[]
  /** Suggested column widths in characters, one per header. */
  widths: number[]
  rows: string[][]
  /** The same rows as JSON objects with stable English keys, for scripts. */
  objects: Record<string, string | number | boolean | null>[]
}

const TITLES: Record<ImportKind, string> = {
  delegates: 'DANH SÁCH ĐẠI BIỂU',
  venues: 'DANH SÁCH ĐIỂM CẦU',
  agenda: 'CHƯƠNG TRÌNH HỘI NGHỊ',
  awards: 'DANH SÁCH KHEN THƯỞNG'
}

/** Export columns are the import fields (so an exported file reads back), with STT in front. */
function headersOf(kind: ImportKind, keys: readonly string[]): string[] {
  return ['STT', ...keys.map((key) => (key === 'time' ? 'Thời gian' : fieldLabel(kind, key)))]
}

/** Orders people as asked; only delegates have a precedence, other kinds keep the stored order for it. */
function ordered<T extends { name: string }>(
  items: readonly T[],
  sort: ExportSort,
  precedence?: (items: readonly T[]) => T[]
): T[] {
  if (sort === 'name') return sortByGivenName(items)
  if (sort === 'precedence' && precedence) return precedence(items)
  return [...items]
}

function table(
  kind: ImportKind,
  title: string,
  keys: string[],
  widths: number[],
  objects: Record<string, string | number | boolean | null>[],
  cells: (object: Record<string, string | number | boolean | null>) => string[]
): ExportTable {
  return {
    title,
    headers: headersOf(kind, keys),
    widths: [6, ...widths],
    rows: objects.map((object, index) => [String(index + 1), ...cells(object)]),
    objects
  }
}

const str = (value: string | number | boolean | null | undefined) =>
  value === null || value === undefined ? '' : String(value)

/** The rows of one list of a conference, ready for CSV, xlsx or JSON. */
export function exportTable(
  doc: ConferenceDocument,
  kind: ImportKind,
  sort: ExportSort = 'protocol'
): ExportTable {
  const title = [TITLES[kind], doc.conference.title].filter(Boolean).join(' – ')
  const venueName = new Map(doc.venues.map((venue) => [venue.id, venue.name]))
  const delegateById = new Map(doc.delegates.map((delegate) => [delegate.id, delegate]))
  const personName = (id: string | null, fallback: string) =>
    (id !== null ? (delegateById.get(id)?.name ?? fallback) : fallback) || fallback

  if (kind === 'delegates') {
    const list = ordered<Delegate>(doc.delegates, sort, (items) => sortByPrecedence(items, doc.venues))
    const objects = list.map((d) => ({
      name: d.name,
      honorific: d.honorific,
      rank: d.rank,
      position: d.position,
      partyPosts: d.partyPosts,
      unit: d.unit,
      venue: d.venueId !== null ? (venueName.get(d.venueId) ?? '') : '',
      role: d.role,
      roleLabel: roleLabelVi(d.role),
      attendance: d.attendance,
      attendanceLabel: attendanceLabelVi(d.attendance),
      deputyName: d.deputyName,
      phone: d.phone,
      notes: d.notes
    }))
    const keys = IMPORT_FIELDS.delegates.map((field) => field.key)
    return table('delegates', title, keys, [26, 10, 12, 26, 24, 30, 24, 14, 12, 20, 14, 24], objects, (o) =>
      keys.map((key) => str(key === 'role' ? o.roleLabel : key === 'attendance' ? o.attendanceLabel : o[key]))
    )
  }

  if (kind === 'venues') {
    const listed = new Map<string, number>()
    for (const delegate of doc.delegates)
      if (delegate.venueId !== null) listed.set(delegate.venueId, (listed.get(delegate.venueId) ?? 0) + 1)
    const list = ordered(doc.venues, sort === 'precedence' ? 'protocol' : sort)
    const objects = list.map((v) => ({
      name: v.name,
      place: v.place,
      isMain: v.isMain,
      chair: personName(v.chairId, ''),
      expectedCount: v.expectedCount,
      listedCount: listed.get(v.id) ?? 0,
      techContact: v.techContact,
      techPhone: v.techPhone,
      testTime: v.testTime,
      notes: v.notes
    }))
    const keys = IMPORT_FIELDS.venues.map((field) => field.key)
    return table('venues', title, keys, [28, 30, 14, 26, 12, 22, 14, 20, 24], objects, (o) =>
      keys.map((key) => (key === 'isMain' ? (o.isMain ? 'Chính' : 'Kết nối') : str(o[key])))
    )
  }

  if (kind === 'agenda') {
    const { timings } = computeAgendaTimes(doc.agenda, doc.conference.startTime, doc.conference.endTime)
    const timing = new Map(timings.map((entry) => [entry.id, entry]))
    const objects = doc.agenda.map((item) => ({
      start: timing.get(item.id)?.start ?? '',
      end: timing.get(item.id)?.end ?? '',
      durationMin: item.durationMin,
      title: item.title,
      kind: item.kind,
      kindLabel: agendaKindLabelVi(item.kind),
      presenter: item.presenterText || personName(item.presenterId, ''),
      venue: item.venueId !== null ? (venueName.get(item.venueId) ?? '') : '',
      pinned: item.pinnedStart !== null,
      notes: item.notes
    }))
    const keys = IMPORT_FIELDS.agenda.map((field) => field.key)
    return table('agenda', title, keys, [10, 10, 50, 18, 34, 22, 24], objects, (o) =>
      keys.map((key) =>
        key === 'time'
          ? str(o.start)
          : key === 'duration'
            ? str(o.durationMin)
            : key === 'kind'
              ? str(o.kindLabel)
              : str(o[key])
      )
    )
  }

  // Awards: ceremony order (blocks by authority and form, collectives first), with their stage group.
  const groupOf = new Map<string, number>()
  const ceremony = groupAwardsForCeremony(doc.awards, doc.awardSettings.groupSize)
  const inCeremonyOrder = ceremony.flatMap((block) =>
    block.stageGroups.flatMap((group) =>
      group.awards.map((award) => {
        groupOf.set(award.id, group.number)
        return award
      })
    )
  )
  const byId = new Map(doc.awards.map((award) => [award.id, award]))
  const seen = new Set(inCeremonyOrder.map((award) => award.id))
  const base =
    sort === 'protocol'
      ? doc.awards
      : [...inCeremonyOrder, ...doc.awards.filter((award) => !seen.has(award.id))]
  const list =
    sort === 'name'
      ? sortByGivenName(base.map((award) => ({ ...award, name: award.recipient }))).map(
          (award) => byId.get(award.id) ?? award
        )
      : base
  const objects = list.map((a) => ({
    form: a.form,
    category: a.category,
    authority: a.authority,
    recipientType: a.recipientType,
    recipientTypeLabel: recipientTypeLabelVi(a.recipientType),
    recipient: a.recipient,
    rank: a.rank,
    position: a.position,
    unit: a.unit,
    achievement: a.achievement,
    decision: a.decisionNumber,
    decisionDate: a.decisionDate,
    presenter: a.presenterText || personName(a.presenterId, ''),
    group: groupOf.get(a.id) ?? a.stageGroup,
    notes: a.notes
  }))
  const keys = IMPORT_FIELDS.awards.map((field) => field.key)
  const source: Record<string, string> = { recipientType: 'recipientTypeLabel', decisionNumber: 'decision' }
  return table('awards', title, keys, [22, 22, 12, 30, 12, 20, 26, 40, 16, 14, 26, 8, 20], objects, (o) =>
    keys.map((key) => str(o[source[key] ?? key]))
  )
}

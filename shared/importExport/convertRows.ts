import { guessAgendaKind } from '../agenda/agendaKinds'
import { guessAwardCategory, parseRecipientType } from '../awards/awardCategory'
import { canonicalRank } from '../delegates/ranks'
import { parseAttendance, parseRole } from '../delegates/roleLabels'
import {
  agendaItemSchema,
  awardSchema,
  delegateSchema,
  venueSchema,
  type AgendaItem,
  type Award,
  type Delegate,
  type Venue
} from '../model/conference'
import { newDelegate, newVenue } from '../model/defaults'
import { foldForSearch } from '../text/foldForSearch'
import { spellsSameWithMarksLeftOut, VenueNameIndex, venueNameKey } from '../venues/venueNameIndex'
import { normalizeMultilineText, normalizeText } from '../text/normalizeText'
import { findUnsafeCharacter, unsafeCharacterMessage } from '../text/unsafeCharacters'
import type { ColumnMapping } from './detectHeader'
import { fieldLabel, type ImportKind } from './importFields'
import { NameIndex } from './nameIndex'
import { parseClockRange, parseCount, parseDate, parseDuration } from './parseCells'
import type { z } from 'zod'

export interface ImportProblem {
  /** 1-based row of the file, as the clerk sees it in Excel. */
  row: number
  /** The column title in the file (or HoiNghi's name for the field when the column is missing). */
  field: string
  message: string
}

export interface ImportContext {
  existingVenues: readonly { id: string; name: string }[]
  existingDelegates: readonly { id: string; name: string; unit: string }[]
  newId: () => string
  /** What the file reader could not read cleanly (a broken quote in a CSV); 1-based rows, 0-based columns. */
  readProblems?: readonly { row: number; column: number | null; message: string }[]
}

export type ImportRecords =
  | { kind: 'delegates'; records: Delegate[] }
  | { kind: 'venues'; records: Venue[] }
  | { kind: 'agenda'; records: AgendaItem[] }
  | { kind: 'awards'; records: Award[] }

export type ImportResult = ImportRecords & {
  newVenues: { id: string; name: string }[]
  problems: ImportProblem[]
  /** Data rows (blank rows and group headings left out). */
  totalRows: number
}

/** The default length of the last agenda item, which has no next start time to measure against. */
export const DEFAULT_LAST_ITEM_MIN = 15

interface Row {
  /** 1-based file row. */
  line: number
  get(key: string): string
  /** Column title for messages. */
  label(key: string): string
  has(key: string): boolean
}

/** Rows below the header that carry data: blank rows and one-cell group headings ("I. ĐIỂM CẦU CHÍNH") are skipped. */
function dataRows(
  rows: readonly (readonly string[])[],
  headerRow: number,
  mapping: ColumnMapping,
  headers: readonly string[],
  kind: ImportKind,
  mainKey: string
): Row[] {
  const columnOf = new Map<string, number>()
  for (const [column, key] of Object.entries(mapping))
    if (key !== '' && !columnOf.has(key)) columnOf.set(key, Number(column))
  const out: Row[] = []
  rows.forEach((cells, index) => {
    if (index <= headerRow) return
    const filled = cells
      .map((cell, column) => ({ cell: cell.trim(), column }))
      .filter((entry) => entry.cell !== '')
    if (filled.length === 0) return
    const mainColumn = columnOf.get(mainKey)
    if (filled.length === 1 && filled[0]?.column !== mainColumn) return
    out.push({
      line: index + 1,
      get: (key) => {
        const column = columnOf.get(key)
        return column === undefined ? '' : (cells[column] ?? '')
      },
      label: (key) => {
        const column = columnOf.get(key)
        const header = column === undefined ? '' : normalizeText(headers[column] ?? '')
        return header || fieldLabel(kind, key)
      },
      has: (key) => columnOf.has(key)
    })
  })
  return out
}

const MAX_SPELLINGS = 20

class VenueResolver {
  private readonly index: VenueNameIndex<{ id: string; name: string }>
  /** New venues by exact name, so a row's venue never depends on the rows above it. */
  private readonly createdByKey = new Map<string, { id: string; name: string }>()
  /** New names the file also spells in full elsewhere: bare spelling's key → the full one's. */
  private readonly fullerKey = new Map<string, string>()
  /** New names the file spells in full in more than one way ("Xa Thach Ha": Hà or Hạ?). */
  private readonly ambiguousNew = new Map<string, string[]>()
  private readonly newNames = new Map<string, string>()
  readonly created: { id: string; name: string }[] = []

  constructor(
    existing: readonly { id: string; name: string }[],
    private readonly newId: () => string
  ) {
    this.index = new VenueNameIndex(existing)
  }

  /**
   * Reads every venue name of the file first, so a name typed without marks on one row joins the
   * new venue another row spells in full ("Xa Thach Ha" and "Xã Thạch Hà" make one venue, named
   * the full way), whichever row comes first.
   */
  prepare(names: readonly string[]): void {
    for (const raw of names) {
      const name = normalizeText(raw)
      if (name === '' || this.index.find(name).kind !== 'none') continue
      const key = venueNameKey(name)
      if (!this.newNames.has(key)) this.newNames.set(key, name)
    }
    // Only names that fold alike can be spellings of each other.
    const byFold = new Map<string, [string, string][]>()
    for (const entry of this.newNames) {
      const folded = foldForSearch(entry[1])
      const group = byFold.get(folded)
      if (group) group.push(entry)
      else byFold.set(folded, [entry])
    }
    for (const group of byFold.values()) {
      // Real files spell a venue two or three ways; hundreds of spellings of one name are not a list.
      if (group.length > MAX_SPELLINGS) continue
      for (const [key, name] of group) {
        const fuller = group.filter(
          ([other, full]) => other !== key && spellsSameWithMarksLeftOut(full, name)
        )
        // Only the fullest spellings count: "Xa Thạch Hà" is a step from "Xa Thach Ha" to "Xã Thạch Hà".
        const fullest = fuller.filter(
          ([other, full]) =>
            !fuller.some(
              ([more, fullerStill]) => more !== other && spellsSameWithMarksLeftOut(fullerStill, full)
            )
        )
        const [only] = fullest
        if (only && fullest.length === 1) this.fullerKey.set(key, only[0])
        else if (fullest.length > 1)
          this.ambiguousNew.set(
            key,
            fullest.map(([, full]) => full)
          )
      }
    }
  }

  /** Why a venue name cannot be placed, or null: it names one venue, or a new one. */
  problemWith(name: string): string | null {
    const match = this.index.find(normalizeText(name))
    if (match.kind === 'ambiguous') return ambiguousVenueMessage(name, match.candidates)
    const spellings = match.kind === 'none' ? this.ambiguousNew.get(venueNameKey(name)) : undefined
    return spellings
      ? ambiguousVenueMessage(
          name,
          spellings.map((spelling) => ({ name: spelling }))
        )
      : null
  }

  /** The venue id for a name; venues not known yet are created once and offered to the clerk. */
  resolve(name: string): string | null {
    const clean = normalizeText(name)
    if (clean === '') return null
    const match = this.index.find(clean)
    if (match.kind === 'found') return match.venue.id
    const own = venueNameKey(clean)
    const key = this.fullerKey.get(own) ?? own
    const known = this.createdByKey.get(key)
    if (known) return known.id
    const venue = { id: this.newId(), name: this.newNames.get(key) ?? clean }
    this.createdByKey.set(key, venue)
    this.created.push(venue)
    return venue.id
  }
}

function ambiguousVenueMessage(name: string, candidates: readonly { name: string }[]): string {
  return `“${normalizeText(name)}” có thể là ${candidates.map((venue) => `“${venue.name}”`).join(' hoặc ')}; hãy gõ tên có đủ dấu`
}

/** Schema problems (a text too long, a number out of range) as row/field messages. */
function schemaProblems(
  row: Row,
  result: z.ZodSafeParseResult<unknown>,
  fieldOf: (path: string) => string
): ImportProblem[] {
  if (result.success) return []
  return result.error.issues.map((issue) => ({
    row: row.line,
    field: row.label(fieldOf(String(issue.path[0] ?? ''))),
    message:
      issue.code === 'too_big'
        ? `quá dài (tối đa ${String((issue as { maximum?: unknown }).maximum ?? '')} ký tự)`
        : issue.message
  }))
}

const text = (value: string) => normalizeText(value)

function convertDelegates(
  rows: Row[],
  context: ImportContext,
  venues: VenueResolver
): Omit<ImportResult, 'newVenues' | 'totalRows'> {
  const records: Delegate[] = []
  const problems: ImportProblem[] = []
  for (const row of rows) {
    const rowProblems: ImportProblem[] = []
    const problem = (key: string, message: string) =>
      rowProblems.push({ row: row.line, field: row.label(key), message })
    const name = text(row.get('name'))
    if (name === '') problem('name', 'thiếu họ tên')
    const roleText = text(row.get('role'))
    const role = roleText === '' ? 'delegate' : parseRole(roleText)
    if (role === null)
      problem(
        'role',
        `vai trò không rõ: "${roleText}" (chủ trì, đồng chủ trì, khách mời, đại biểu, báo cáo viên, thư ký)`
      )
    const attendanceText = text(row.get('attendance'))
    const attendance = attendanceText === '' ? 'invited' : parseAttendance(attendanceText)
    if (attendance === null) problem('attendance', `tình trạng tham dự không rõ: "${attendanceText}"`)
    const rank = text(row.get('rank'))
    const deputyName = text(row.get('deputyName'))
    const delegate = newDelegate('pending', {
      name,
      honorific: text(row.get('honorific')),
      rank:
        canonicalRank(rank) !== null && foldForSearch(rank) === foldForSearch(canonicalRank(rank) ?? '')
          ? (canonicalRank(rank) ?? rank)
          : rank,
      position: text(row.get('position')),
      partyPosts: text(row.get('partyPosts')),
      unit: text(row.get('unit')),
      role: role ?? 'delegate',
      attendance: attendance ?? (deputyName !== '' ? 'deputy' : 'invited'),
      deputyName,
      phone: text(row.get('phone')),
      notes: normalizeMultilineText(row.get('notes'))
    })
    rowProblems.push(...schemaProblems(row, delegateSchema.safeParse(delegate), (path) => path))
    const venueProblem = venues.problemWith(row.get('venue'))
    if (venueProblem) problem('venue', venueProblem)
    if (rowProblems.length > 0) {
      problems.push(...rowProblems)
      continue
    }
    records.push({ ...delegate, id: context.newId(), venueId: venues.resolve(row.get('venue')) })
  }
  return { kind: 'delegates', records, problems }
}

/** An explicit mark in the column; failing that, a guess from a new venue's name ("Điểm cầu chính"). */
function parseIsMain(value: string, nameToGuessFrom: string | null): boolean {
  const folded = foldForSearch(value)
  if (folded !== '') return /^(x|co|chinh|diem cau chinh|trung tam|diem cau trung tam|1)$/.test(folded)
  return nameToGuessFrom !== null && /\b(chinh|trung tam)\b/.test(foldForSearch(nameToGuessFrom))
}

function convertVenues(
  rows: Row[],
  context: ImportContext,
  people: NameIndex
): Omit<ImportResult, 'newVenues' | 'totalRows'> {
  const records: Venue[] = []
  const problems: ImportProblem[] = []
  // A venue the conference already has is updated in place (same id, so its delegates stay with it):
  // re-importing the venue list after the technical contacts came in must not double every venue.
  const existing = new VenueNameIndex(context.existingVenues)
  // Within the file either spelling may be the bare one: "Xa Thach Ha" below "Xã Thạch Hà" is a repeat.
  const seen = new VenueNameIndex<{ name: string; line: number }>([], true)
  const updatedOnLine = new Map<string, number>()
  for (const row of rows) {
    const rowProblems: ImportProblem[] = []
    const problem = (key: string, message: string) =>
      rowProblems.push({ row: row.line, field: row.label(key), message })
    const name = text(row.get('name'))
    const earlier = seen.find(name)
    const match = existing.find(name)
    if (name === '') problem('name', 'thiếu tên điểm cầu')
    else if (earlier.kind !== 'none')
      problem(
        'name',
        `điểm cầu “${name}” đã có ở dòng ${(earlier.kind === 'found' ? [earlier.venue] : earlier.candidates).map((venue) => venue.line).join(', ')} của tệp`
      )
    else if (match.kind === 'ambiguous') problem('name', ambiguousVenueMessage(name, match.candidates))
    else if (match.kind === 'found' && updatedOnLine.has(match.venue.id))
      problem(
        'name',
        `dòng ${updatedOnLine.get(match.venue.id)} của tệp cũng cập nhật điểm cầu “${match.venue.name}”`
      )
    else {
      seen.add({ name, line: row.line })
      if (match.kind === 'found') updatedOnLine.set(match.venue.id, row.line)
    }
    const countText = text(row.get('expectedCount'))
    const expectedCount = countText === '' ? null : parseCount(countText)
    if (countText !== '' && expectedCount === null)
      problem('expectedCount', `số đại biểu phải là số (nhận được "${countText}")`)
    const chair = text(row.get('chair'))
    const chairId = chair === '' ? null : (people.exact(chair) ?? people.mentioned(chair))
    const notes = normalizeMultilineText(row.get('notes'))
    const venue = newVenue('pending', {
      name,
      place: text(row.get('place')),
      // A venue the conference has keeps its mark unless the file says otherwise in so many words:
      // "Trung tâm Chính trị huyện" must not take the main mark from the provincial command.
      isMain: parseIsMain(row.get('isMain'), match.kind === 'found' ? null : name),
      chairId,
      expectedCount,
      techContact: text(row.get('techContact')),
      techPhone: text(row.get('techPhone')),
      testTime: text(row.get('testTime')),
      // A chair not in the delegate list is kept as words, so nothing the clerk typed is lost.
      notes:
        chair !== '' && chairId === null ? [`Chủ trì: ${chair}`, notes].filter(Boolean).join('\n') : notes
    })
    rowProblems.push(
      ...schemaProblems(row, venueSchema.safeParse(venue), (path) => (path === 'chairId' ? 'chair' : path))
    )
    if (rowProblems.length > 0) {
      problems.push(...rowProblems)
      continue
    }
    records.push({ ...venue, id: match.kind === 'found' ? match.venue.id : context.newId() })
  }
  return { kind: 'venues', records, problems }
}

function convertAgenda(
  rows: Row[],
  context: ImportContext,
  venues: VenueResolver,
  people: NameIndex
): Omit<ImportResult, 'newVenues' | 'totalRows'> {
  const problems: ImportProblem[] = []
  const parsed: {
    row: Row
    start: number | null
    end: number | null
    duration: number | null
    item: AgendaItem
  }[] = []
  for (const row of rows) {
    const rowProblems: ImportProblem[] = []
    const problem = (key: string, message: string) =>
      rowProblems.push({ row: row.line, field: row.label(key), message })
    const title = normalizeMultilineText(row.get('title'))
    if (title === '') problem('title', 'thiếu nội dung')
    const timeText = text(row.get('time'))
    const range = timeText === '' ? null : parseClockRange(timeText)
    if (timeText !== '' && range === null)
      problem('time', `giờ không hợp lệ: "${timeText}" (viết dạng 14:00)`)
    const durationText = text(row.get('duration'))
    const duration = durationText === '' ? null : parseDuration(durationText)
    if (durationText !== '' && duration === null)
      problem('duration', `thời lượng không hợp lệ: "${durationText}" (số phút)`)
    const presenterText = text(row.get('presenter'))
    const kindText = text(row.get('kind'))
    const item: AgendaItem = {
      id: 'pending',
      title,
      kind: guessAgendaKind(kindText !== '' ? kindText : title),
      durationMin: 0,
      pinnedStart: null,
      presenterId: presenterText === '' ? null : people.mentioned(presenterText),
      presenterText,
      venueId: null,
      notes: normalizeMultilineText(row.get('notes'))
    }
    rowProblems.push(...schemaProblems(row, agendaItemSchema.safeParse(item), (path) => path))
    const venueProblem = venues.problemWith(row.get('venue'))
    if (venueProblem) problem('venue', venueProblem)
    if (rowProblems.length > 0) {
      problems.push(...rowProblems)
      continue
    }
    parsed.push({
      row,
      start: range?.start ?? null,
      end: range?.end ?? null,
      duration,
      item: { ...item, venueId: venues.resolve(row.get('venue')) }
    })
  }
  // Durations follow from the start times: each item lasts until the next one starts.
  const records = parsed.map((entry, index) => {
    let durationMin = entry.duration
    if (durationMin === null && entry.start !== null && entry.end !== null)
      durationMin = entry.end - entry.start
    if (durationMin === null && entry.start !== null) {
      const next = parsed.slice(index + 1).find((later) => later.start !== null)
      if (next?.start != null) {
        const gap = next.start - entry.start
        if (gap < 0)
          problems.push({
            row: next.row.line,
            field: next.row.label('time'),
            message: 'giờ bắt đầu sớm hơn mục trước'
          })
        else if (next === parsed[index + 1]) durationMin = gap
      }
    }
    return {
      ...entry.item,
      id: context.newId(),
      durationMin: durationMin ?? (index === parsed.length - 1 ? DEFAULT_LAST_ITEM_MIN : 0)
    }
  })
  const first = parsed.findIndex((entry) => entry.start !== null)
  const firstEntry = parsed[first]
  const firstRecord = records[first]
  if (firstEntry?.start != null && firstRecord) {
    const hours = Math.floor(firstEntry.start / 60)
    firstRecord.pinnedStart = `${String(hours).padStart(2, '0')}:${String(firstEntry.start % 60).padStart(2, '0')}`
  }
  return { kind: 'agenda', records, problems }
}

function convertAwards(
  rows: Row[],
  context: ImportContext,
  people: NameIndex
): Omit<ImportResult, 'newVenues' | 'totalRows'> {
  const records: Award[] = []
  const problems: ImportProblem[] = []
  for (const row of rows) {
    const rowProblems: ImportProblem[] = []
    const problem = (key: string, message: string) =>
      rowProblems.push({ row: row.line, field: row.label(key), message })
    const form = text(row.get('form'))
    if (form === '') problem('form', 'thiếu hình thức khen thưởng')
    const recipient = text(row.get('recipient'))
    if (recipient === '') problem('recipient', 'thiếu tên tập thể hoặc cá nhân')
    const rank = text(row.get('rank'))
    const position = text(row.get('position'))
    const typeText = text(row.get('recipientType'))
    const parsedType = typeText === '' ? null : parseRecipientType(typeText)
    if (typeText !== '' && parsedType === null)
      problem('recipientType', `đối tượng không rõ: "${typeText}" (tập thể hoặc cá nhân)`)
    const recipientType = parsedType ?? (rank !== '' || position !== '' ? 'individual' : 'collective')
    const dateText = text(row.get('decisionDate'))
    const decisionDate = dateText === '' ? '' : parseDate(dateText)
    if (decisionDate === null)
      problem('decisionDate', `ngày không hợp lệ: "${dateText}" (viết dạng 25/12/2023)`)
    const groupText = text(row.get('group'))
    const stageGroup = groupText === '' ? null : parseCount(groupText)
    if (groupText !== '' && (stageGroup === null || stageGroup < 1))
      problem('group', `nhóm phải là số từ 1 (nhận được "${groupText}")`)
    const presenterText = text(row.get('presenter'))
    const award: Award = {
      id: 'pending',
      category: guessAwardCategory(form),
      form,
      authority: text(row.get('authority')),
      authorityTitle: '',
      decisionNumber: text(row.get('decisionNumber')),
      decisionDate: decisionDate ?? '',
      recipientType,
      recipient,
      rank,
      position,
      unit: text(row.get('unit')),
      delegateId: recipientType === 'individual' ? people.exact(recipient) : null,
      achievement: normalizeMultilineText(row.get('achievement')),
      presenterId: presenterText === '' ? null : people.mentioned(presenterText),
      presenterText,
      stageGroup: stageGroup !== null && stageGroup >= 1 ? stageGroup : null,
      notes: normalizeMultilineText(row.get('notes'))
    }
    rowProblems.push(
      ...schemaProblems(row, awardSchema.safeParse(award), (path) => (path === 'stageGroup' ? 'group' : path))
    )
    if (rowProblems.length > 0) {
      problems.push(...rowProblems)
      continue
    }
    records.push({ ...award, id: context.newId() })
  }
  return { kind: 'awards', records, problems }
}

/** "A", "B", … "AA": how Excel names a column. */
function columnLetters(column: number): string {
  let out = ''
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    out = String.fromCharCode(65 + ((rest - 1) % 26)) + out
  return out
}

/**
 * Rows that cannot be taken as they are, whatever the mapping: what the reader warned about (a
 * broken quote), cells to the right of the last column title (they would be dropped without a
 * word), and cells holding a control character or half a character. Each is a problem on its row
 * and column, and the row is left out.
 */
function rowsNotReadCleanly(
  rows: readonly (readonly string[])[],
  headerRow: number,
  headers: readonly string[],
  readProblems: readonly { row: number; column: number | null; message: string }[],
  mapping: ColumnMapping
): { rows: Set<number>; problems: ImportProblem[] } {
  const columnName = (column: number | null) =>
    column === null ? 'cả dòng' : normalizeText(headers[column] ?? '') || `cột ${columnLetters(column)}`
  const problems: ImportProblem[] = readProblems.map((problem) => ({
    row: problem.row,
    field: columnName(problem.column),
    message: problem.message
  }))
  let width = headers.length
  while (width > 0 && (headers[width - 1] ?? '').trim() === '') width--
  rows.forEach((cells, index) => {
    if (index <= headerRow) return
    cells.forEach((cell, column) => {
      // Only what is imported: a column left unmapped never reaches the document.
      if ((mapping[String(column)] ?? '') === '') return
      const found = findUnsafeCharacter(cell)
      if (found)
        problems.push({ row: index + 1, field: columnName(column), message: unsafeCharacterMessage(found) })
    })
    const beyond = cells.findIndex((cell, column) => column >= width && cell.trim() !== '')
    if (beyond >= 0)
      problems.push({
        row: index + 1,
        field: `cột ${columnLetters(beyond)}`,
        message: `dòng có ô ở cột ${columnLetters(beyond)}, ngoài ${width} cột của dòng tiêu đề ${headerRow + 1} (“${normalizeText(cells[beyond] ?? '').slice(0, 40)}”); thường do dấu phẩy hoặc ngoặc kép thừa trong một ô`
      })
  })
  return { rows: new Set(problems.map((problem) => problem.row)), problems }
}

const MAIN_FIELD: Record<ImportKind, string> = {
  delegates: 'name',
  venues: 'name',
  agenda: 'title',
  awards: 'recipient'
}
const REQUIRED: Record<ImportKind, string[]> = {
  delegates: ['name'],
  venues: ['name'],
  agenda: ['title'],
  awards: ['form', 'recipient']
}

/**
 * Turns the rows of a table into records of one kind. Nothing is changed anywhere: the caller
 * shows the records and problems, and applies them only when the clerk confirms. A row with any
 * problem is left out of `records` and listed in `problems` (file row, column, message).
 */
export function convertRows(
  kind: ImportKind,
  rows: readonly (readonly string[])[],
  headerRow: number,
  mapping: ColumnMapping,
  context: ImportContext
): ImportResult {
  const headers = rows[headerRow] ?? []
  const mapped = new Set(Object.values(mapping))
  const missing = REQUIRED[kind].filter((key) => !mapped.has(key))
  if (missing.length > 0) {
    const problems = missing.map((key) => ({
      row: headerRow + 1,
      field: fieldLabel(kind, key),
      message: 'không có cột nào được gán cho trường này'
    }))
    return { kind, records: [], newVenues: [], problems, totalRows: 0 } as ImportResult
  }
  const allData = dataRows(rows, headerRow, mapping, headers, kind, MAIN_FIELD[kind])
  const unreadable = rowsNotReadCleanly(rows, headerRow, headers, context.readProblems ?? [], mapping)
  const data = allData.filter((row) => !unreadable.rows.has(row.line))
  const venues = new VenueResolver(context.existingVenues, context.newId)
  if (kind === 'delegates' || kind === 'agenda') venues.prepare(data.map((row) => row.get('venue')))
  const people = new NameIndex(context.existingDelegates)
  const converted =
    kind === 'delegates'
      ? convertDelegates(data, context, venues)
      : kind === 'venues'
        ? convertVenues(data, context, people)
        : kind === 'agenda'
          ? convertAgenda(data, context, venues, people)
          : convertAwards(data, context, people)
  converted.problems.push(...unreadable.problems)
  converted.problems.sort((a, b) => a.row - b.row)
  return { ...converted, newVenues: venues.created, totalRows: allData.length } as ImportResult
}

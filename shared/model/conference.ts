import { z } from 'zod'
import { findUnsafeCharacter, unsafeCharacterMessage } from '../text/unsafeCharacters'

/** The current shape of a conference file. Bump together with a new migration in shared/migrations. */
export const CURRENT_SCHEMA_VERSION = 4
export const CONFERENCE_FORMAT = 'hoinghi.conference'

/**
 * Stored text never holds a lone surrogate (half a character: every PDF render of it then fails
 * with "URI malformed") nor a C0 control other than tab and line breaks. Typing, pasting and
 * importing already drop or refuse them; this check catches a file edited by hand or by a script.
 * (C1 controls are left to the import and paste checks: files imported before TCVN3 was decoded
 * in full hold U+0080–U+009F for toned capitals, and must still open.)
 */
const storableText = (value: string) => {
  const found = findUnsafeCharacter(value)
  return found === null || (found.kind === 'control' && found.unit >= 0x7f)
}
const text = (max = 2000) =>
  z
    .string()
    .max(max)
    .refine(storableText, {
      error: (issue) => {
        const found = typeof issue.input === 'string' ? findUnsafeCharacter(issue.input) : null
        return found ? unsafeCharacterMessage(found) : 'có ký tự không lưu được'
      }
    })
const id = z.string().min(1).max(64)
/** HH:MM on a 24-hour clock. */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ phải có dạng HH:MM')
/** YYYY-MM-DD, or empty while the clerk has not decided. */
export const isoDateOrEmpty = z.union([z.literal(''), z.iso.date()])
/** An ISO timestamp, or empty while the event has not happened. */
export const isoDateTimeOrEmpty = z.union([z.literal(''), z.iso.datetime()])
/** Where a record came from: the imported file's name and when it was imported. */
export const importOriginSchema = z.object({ file: text(300), at: z.iso.datetime() })
export type ImportOrigin = z.infer<typeof importOriginSchema>

export const conferenceKinds = ['annual', 'half-year', 'quarterly', 'national-online', 'other'] as const
export const conferenceModes = ['in-person', 'video'] as const

export const conferenceInfoSchema = z.object({
  title: text(500),
  kind: z.enum(conferenceKinds),
  legalBasis: text(1000),
  organiser: text(500),
  date: isoDateOrEmpty,
  startTime: z.union([z.literal(''), timeOfDay]),
  endTime: z.union([z.literal(''), timeOfDay]),
  place: text(500),
  period: text(200),
  mode: z.enum(conferenceModes)
})
export type ConferenceInfo = z.infer<typeof conferenceInfoSchema>

export const venueSchema = z.object({
  id,
  name: text(300),
  place: text(500),
  isMain: z.boolean(),
  chairId: id.nullable(),
  expectedCount: z.number().int().min(0).max(100000).nullable(),
  techContact: text(300),
  techPhone: text(50),
  /** Free text as clerks write it ("14:00 ngày 25/12" or "2023-12-25 14:00"). */
  testTime: text(100),
  notes: text(2000),
  /** Collecting the venue's own list: when its template was written, which reply came back and when. */
  collection: z.object({
    templateAt: isoDateTimeOrEmpty,
    replyFile: text(300),
    replyAt: isoDateTimeOrEmpty
  })
})
export type Venue = z.infer<typeof venueSchema>

export const delegateRoles = [
  'chair',
  'co-chair',
  'guest',
  'delegate',
  'reporter',
  'secretary',
  'other'
] as const
export type DelegateRole = (typeof delegateRoles)[number]
export const attendanceStates = ['invited', 'confirmed', 'declined', 'deputy'] as const
export type Attendance = (typeof attendanceStates)[number]

export const delegateSchema = z.object({
  id,
  name: text(200),
  honorific: text(50),
  rank: text(100),
  position: text(500),
  partyPosts: text(500),
  unit: text(500),
  venueId: id.nullable(),
  role: z.enum(delegateRoles),
  attendance: z.enum(attendanceStates),
  deputyName: text(200),
  phone: text(50),
  notes: text(2000),
  /** The import this record came from; null when typed in the app. */
  importedFrom: importOriginSchema.nullable()
})
export type Delegate = z.infer<typeof delegateSchema>

export const agendaKinds = [
  'reception',
  'opening',
  'report',
  'discussion',
  'directing-speech',
  'awards',
  'closing-speech',
  'break',
  'closing',
  'other'
] as const
export type AgendaKind = (typeof agendaKinds)[number]

export const agendaItemSchema = z.object({
  id,
  title: text(1000),
  kind: z.enum(agendaKinds),
  durationMin: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  /** A start time the clerk fixed; later items flow from it. */
  pinnedStart: timeOfDay.nullable(),
  presenterId: id.nullable(),
  presenterText: text(500),
  venueId: id.nullable(),
  notes: text(2000)
})
export type AgendaItem = z.infer<typeof agendaItemSchema>

export const keyFigureSchema = z.object({ id, label: text(500), value: text(100), unit: text(100) })
export type KeyFigure = z.infer<typeof keyFigureSchema>

export interface OutlineSection {
  id: string
  heading: string
  text: string
  figures: KeyFigure[]
  children: OutlineSection[]
}
/** A real outline has 4 levels (I, 1, a, -); deeper nesting is a broken or hostile file. */
export const MAX_OUTLINE_DEPTH = 8

const tooDeep = z.custom<OutlineSection[]>((value) => Array.isArray(value) && value.length === 0, {
  message: `đề cương lồng quá ${MAX_OUTLINE_DEPTH} cấp (một đề cương thường có 4 cấp: I, 1, a, -)`
})

/**
 * One schema per level instead of a recursive one: validation goes at most MAX_OUTLINE_DEPTH
 * deep whatever the file holds (a 1,000-deep file ran out of stack), and the level below the last
 * accepts only an empty list.
 */
function sectionSchemaAt(depth: number): z.ZodType<OutlineSection> {
  return z.object({
    id,
    heading: text(1000),
    text: text(50000),
    figures: z.array(keyFigureSchema).max(500),
    children: depth < MAX_OUTLINE_DEPTH ? z.array(sectionSchemaAt(depth + 1)).max(500) : tooDeep
  })
}
export const outlineSectionSchema: z.ZodType<OutlineSection> = sectionSchemaAt(1)

export const outlineKinds = ['report', 'speech', 'discussion'] as const
export const outlineStatuses = ['draft', 'review', 'approved'] as const
export const outlineSchema = z.object({
  id,
  title: text(1000),
  speakerId: id.nullable(),
  /** The agenda item this outline is for: it then follows that item's minutes and presenter. */
  agendaItemId: id.nullable(),
  kind: z.enum(outlineKinds),
  allottedMin: z.number().int().min(0).max(600),
  status: z.enum(outlineStatuses),
  sections: z.array(outlineSectionSchema).max(500)
})
export type Outline = z.infer<typeof outlineSchema>

/** Emulation titles (danh hiệu thi đua) and forms of commendation (hình thức khen thưởng) are distinct in law. */
export const awardCategories = ['title', 'form'] as const
export const recipientTypes = ['collective', 'individual'] as const
export const awardSchema = z.object({
  id,
  category: z.enum(awardCategories),
  form: text(300),
  authority: text(300),
  /** Title of the person who signs the decision ("Bộ trưởng Bộ Quốc phòng"); empty follows the authority. */
  authorityTitle: text(300),
  decisionNumber: text(100),
  decisionDate: isoDateOrEmpty,
  recipientType: z.enum(recipientTypes),
  recipient: text(500),
  rank: text(100),
  position: text(500),
  unit: text(500),
  delegateId: id.nullable(),
  achievement: text(5000),
  presenterId: id.nullable(),
  presenterText: text(500),
  /** Stage group the clerk moved this recipient to; null follows the automatic grouping. */
  stageGroup: z.number().int().min(1).max(1000).nullable(),
  notes: text(2000)
})
export type Award = z.infer<typeof awardSchema>

export const awardSettingsSchema = z.object({
  groupSize: z.number().int().min(1).max(100),
  titles: z.array(text(300)).max(200),
  forms: z.array(text(300)).max(200)
})
export type AwardSettings = z.infer<typeof awardSettingsSchema>

export const documentSettingsSchema = z.object({
  governingBody: text(300),
  issuingBody: text(300),
  place: text(200),
  signerTitle: text(300),
  signerName: text(200),
  recipients: z.array(text(300)).max(50),
  /** The agenda's number in the issuing body's register ("02" in "Số: 02/CTr-UBND"); empty leaves it for the văn thư. */
  agendaNumber: text(20),
  /** The issuer's own abbreviation in document numbers ("UBND" in "Số: 02/CTr-UBND"), fixed once by the office. */
  issuerCode: text(20),
  /** Name cards print the unit on a second line. */
  nameCardUnitLine: z.boolean(),
  labelLang: z.enum(['vi', 'en']),
  venueSheets: z.enum(['per-file', 'one-file']),
  /** The MC's passages the clerk rewrote, keyed by passage id; they win over the generated text. */
  scriptEdits: z.record(z.string().max(200), text(20000))
})
export type DocumentSettings = z.infer<typeof documentSettingsSchema>

export const conferenceDocumentSchema = z.object({
  format: z.literal(CONFERENCE_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  conference: conferenceInfoSchema,
  venues: z.array(venueSchema).max(1000),
  delegates: z.array(delegateSchema).max(50000),
  agenda: z.array(agendaItemSchema).max(1000),
  outlines: z.array(outlineSchema).max(200),
  awards: z.array(awardSchema).max(20000),
  awardSettings: awardSettingsSchema,
  documents: documentSettingsSchema
})
export type ConferenceDocument = z.infer<typeof conferenceDocumentSchema>

import type { ImportProblem } from '../importExport/convertRows'
import type { ConferenceDocument, Delegate } from '../model/conference'
import { VenueNameIndex } from '../venues/venueNameIndex'
import { diffVenueList, type VenueListDiff } from './diffVenueList'
import { matchReply, type MatchSource } from './matchReply'
import type { TemplateIdentity } from './templateIdentity'

/** One returned file as the reader saw it; `key` tells apart files of the same name in two folders. */
export interface ReplyFile {
  key: string
  fileName: string
  /** When the file was last saved (ISO): of two files for one venue, the later one wins. */
  modifiedAt: string
  identity: TemplateIdentity | null
  titleCells: string[]
  /** The file's people (venue not set); rows with a problem are not here but in `problems`. */
  records: Delegate[]
  /** Delegate fields the file has a column for. */
  presentFields: string[]
  problems: ImportProblem[]
  /** Why the file could not be read at all; null when it was. */
  error: string | null
}

export interface VenuePlan {
  venueId: string
  venueName: string
  file: ReplyFile
  by: MatchSource
  note: string
  /** Older files for the same venue that this one replaces, oldest first. */
  superseded: ReplyFile[]
  diff: VenueListDiff
  /** Every row problem of the winning file plus people it lists twice, as messages. */
  problems: string[]
  clean: boolean
}

export interface CollectPlan {
  venues: VenuePlan[]
  unmatched: { file: ReplyFile; note: string }[]
  unreadable: ReplyFile[]
}

export function describeProblem(problem: ImportProblem): string {
  return `dòng ${problem.row}, cột “${problem.field}”: ${problem.message}`
}

function isLater(candidate: ReplyFile, than: ReplyFile): boolean {
  return candidate.modifiedAt >= than.modifiedAt
}

/**
 * What collecting these files would do: each file matched to a venue (or left for the clerk, whose
 * `choices` by file key win over any match), one winning file per venue, the latest saved (later in
 * the list on a tie); every other file for that venue is an older version, never more people.
 * `newId` names the people a file adds; pass the same generator's ids to apply what was previewed.
 */
export function planCollection(
  doc: ConferenceDocument,
  replies: readonly ReplyFile[],
  choices: Readonly<Record<string, string>> = {},
  newId: () => string = () => 'new'
): CollectPlan {
  const index = new VenueNameIndex(doc.venues.map(({ id, name }) => ({ id, name })))
  const venueIds = new Set(doc.venues.map((venue) => venue.id))
  const plan: CollectPlan = { venues: [], unmatched: [], unreadable: [] }
  const byVenue = new Map<string, { file: ReplyFile; by: MatchSource; note: string }[]>()
  for (const file of replies) {
    if (file.error !== null) {
      plan.unreadable.push(file)
      continue
    }
    const chosen = choices[file.key]
    const match =
      chosen !== undefined && venueIds.has(chosen)
        ? { venueId: chosen, by: 'clerk' as const, note: '' }
        : matchReply(file, doc.id, index, venueIds)
    if (match.venueId === null) {
      plan.unmatched.push({ file, note: match.note })
      continue
    }
    byVenue.set(match.venueId, [
      ...(byVenue.get(match.venueId) ?? []),
      { file, by: match.by, note: match.note }
    ])
  }
  for (const venue of doc.venues) {
    const entries = byVenue.get(venue.id)
    if (!entries) continue
    let winner = entries[0]
    for (const entry of entries.slice(1)) if (winner && isLater(entry.file, winner.file)) winner = entry
    if (!winner) continue
    const superseded = entries
      .filter((entry) => entry !== winner)
      .map((entry) => entry.file)
      .sort((a, b) => a.modifiedAt.localeCompare(b.modifiedAt))
    const current = doc.delegates.filter((delegate) => delegate.venueId === venue.id)
    const diff = diffVenueList(current, winner.file.records, new Set(winner.file.presentFields), newId)
    const problems = [
      ...winner.file.problems.map(describeProblem),
      ...diff.repeated.map(
        (person) =>
          `“${person.name}”${person.unit ? ` (${person.unit})` : ''} có hơn một lần trong tệp; chỉ giữ một`
      )
    ]
    plan.venues.push({
      venueId: venue.id,
      venueName: venue.name,
      file: winner.file,
      by: winner.by,
      note: winner.note,
      superseded,
      diff,
      problems,
      clean: problems.length === 0 && winner.note === ''
    })
  }
  return plan
}

/** Every file was read, matched and has no problem: the all-or-nothing apply may go ahead. */
export function planIsClean(plan: CollectPlan): boolean {
  return (
    plan.unmatched.length === 0 && plan.unreadable.length === 0 && plan.venues.every((venue) => venue.clean)
  )
}

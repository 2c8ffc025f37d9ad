import { foldForSearch } from '../text/foldForSearch'
import { normalizeText } from '../text/normalizeText'
import { VenueNameIndex } from '../venues/venueNameIndex'
import type { TemplateIdentity } from './templateIdentity'
import { VENUE_TITLE_LABEL } from './templateLayout'

export const matchSources = ['identity', 'title', 'file-name', 'clerk'] as const
export type MatchSource = (typeof matchSources)[number]

export interface ReplyClues {
  fileName: string
  identity: TemplateIdentity | null
  /** Cells of the rows above the column titles. */
  titleCells: readonly string[]
}

export type ReplyMatch =
  { venueId: string; by: MatchSource; note: string } | { venueId: null; by: null; note: string }

const TITLE_PREFIX = new RegExp(`^${foldForSearch(VENUE_TITLE_LABEL)}\\s*[:：-]\\s*`)

/** "mau-07-Điểm cầu Nghệ An (2).xlsx" → "Điểm cầu Nghệ An": copies and downloads rename files. */
export function venueNameFromFileName(fileName: string): string {
  return normalizeText(
    fileName
      .replace(/\.[A-Za-z0-9]{1,5}$/, '')
      .replace(/^mau-\d{1,4}-/i, '')
      .replace(/\s*\(\d+\)$/, '')
      .replace(/\s*-\s*(copy|sao chép|ban sao|bản sao)(\s*\(\d+\))?$/i, '')
  )
}

/**
 * Which venue a returned file is: its embedded identity first (when it is this conference's and
 * the venue still exists), then the "Điểm cầu: …" title row or a title cell that is a venue's
 * name, then its file name; otherwise the clerk picks. Names match as venue re-import matches
 * them (case, tone placement, marks left out, one venue only).
 */
export function matchReply(
  clues: ReplyClues,
  conferenceId: string,
  venues: VenueNameIndex<{ id: string; name: string }>,
  venueIds: ReadonlySet<string>
): ReplyMatch {
  let note = ''
  if (clues.identity) {
    if (clues.identity.conferenceId !== conferenceId) note = 'tệp mẫu của một hội nghị khác'
    else if (venueIds.has(clues.identity.venueId))
      return { venueId: clues.identity.venueId, by: 'identity', note: '' }
    else note = 'điểm cầu ghi trong tệp mẫu đã bị xóa'
  }
  const titled = clues.titleCells
    .map((cell) => normalizeText(cell))
    .filter((cell) => TITLE_PREFIX.test(foldForSearch(cell)))
    .map((cell) => cell.replace(/^[^:：-]*[:：-]\s*/, ''))
  for (const name of [...titled, ...clues.titleCells.map((cell) => normalizeText(cell))]) {
    if (name === '') continue
    const found = venues.find(name)
    if (found.kind === 'found') return { venueId: found.venue.id, by: 'title', note }
  }
  const fromFile = venueNameFromFileName(clues.fileName)
  if (fromFile !== '') {
    const found = venues.find(fromFile)
    if (found.kind === 'found') return { venueId: found.venue.id, by: 'file-name', note }
    if (found.kind === 'ambiguous')
      return {
        venueId: null,
        by: null,
        note: `tên tệp có thể là ${found.candidates.map((venue) => `“${venue.name}”`).join(' hoặc ')}; hãy chọn điểm cầu`
      }
  }
  return { venueId: null, by: null, note: note || 'không nhận ra điểm cầu; hãy chọn điểm cầu cho tệp này' }
}

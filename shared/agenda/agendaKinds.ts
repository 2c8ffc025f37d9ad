import type { AgendaKind } from '../model/conference'
import { foldForSearch } from '../text/foldForSearch'

const AGENDA_KIND_LABELS_VI: Record<AgendaKind, string> = {
  reception: 'Đón tiếp đại biểu',
  opening: 'Tuyên bố lý do, giới thiệu đại biểu',
  report: 'Báo cáo',
  discussion: 'Tham luận',
  'directing-speech': 'Phát biểu chỉ đạo',
  awards: 'Khen thưởng',
  'closing-speech': 'Phát biểu kết luận',
  break: 'Giải lao',
  closing: 'Bế mạc',
  other: 'Khác'
}

export function agendaKindLabelVi(kind: AgendaKind): string {
  return AGENDA_KIND_LABELS_VI[kind]
}

/** Kinds where someone must be named to speak or hand over; the agenda warns when nobody is. */
export const KINDS_NEEDING_PRESENTER: ReadonlySet<AgendaKind> = new Set<AgendaKind>([
  'opening',
  'report',
  'discussion',
  'directing-speech',
  'awards',
  'closing-speech'
])

/**
 * Keywords per kind, tried in this order; the first kind with a matching whole-word phrase wins.
 * The order settles titles with two keywords: "Phát biểu kết luận" is a closing speech, not a
 * directing one; "Báo cáo tham luận" is a discussion; "Tuyên bố bế mạc" closes.
 */
const KEYWORDS: ReadonlyArray<readonly [AgendaKind, readonly string[]]> = [
  ['reception', ['đón tiếp', 'đón đại biểu']],
  ['closing', ['bế mạc']],
  ['break', ['giải lao', 'nghỉ giải lao']],
  ['closing-speech', ['kết luận']],
  ['discussion', ['tham luận', 'thảo luận', 'ý kiến']],
  ['report', ['báo cáo']],
  ['awards', ['trao', 'khen thưởng', 'cờ thi đua', 'bằng khen', 'giấy khen', 'trao thưởng']],
  ['directing-speech', ['phát biểu chỉ đạo', 'phát biểu của', 'chỉ đạo']],
  ['opening', ['tuyên bố lý do', 'khai mạc', 'giới thiệu đại biểu']]
]

const compiled = KEYWORDS.map(([kind, words]) => ({
  kind,
  phrases: words.map((word) => ` ${foldForSearch(word)} `)
}))

/** The kind of an agenda line from its title, diacritic-insensitively ("Trao cờ thi đua …" → 'awards'). */
export function guessAgendaKind(title: string): AgendaKind {
  // Folding makes "trào" (phong trào, movement) look like "trao" (to hand over), and "trao đổi" is
  // an exchange: take both out before matching.
  const padded = ` ${foldForSearch(title).replace(/[^a-z0-9]+/g, ' ')} `
    .replace(/ phong trao /g, ' phong-trao ')
    .replace(/ trao doi /g, ' trao-doi ')
  return compiled.find((entry) => entry.phrases.some((phrase) => padded.includes(phrase)))?.kind ?? 'other'
}

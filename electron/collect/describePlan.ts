import type { MatchSource } from '../../shared/collect/matchReply'
import type { CollectPlan, VenuePlan } from '../../shared/collect/planCollection'

export const MATCH_WORDS: Record<MatchSource, string> = {
  identity: 'mã nhận dạng trong tệp',
  title: 'tên điểm cầu ở đầu trang',
  'file-name': 'tên tệp',
  clerk: 'người dùng chọn'
}

/** One line per venue: which file, how it was recognised, what it changes, how many problems. */
export function venueLine(venue: VenuePlan): string {
  const counts = `mới ${venue.diff.added.length}, sửa ${venue.diff.changed.length}, bỏ ${venue.diff.removed.length}`
  const problems = venue.problems.length > 0 ? `, ${venue.problems.length} lỗi` : ''
  const older =
    venue.superseded.length > 0
      ? `; bản mới thay cho ${venue.superseded.map((file) => file.fileName).join(', ')}`
      : ''
  const note = venue.note ? `; ${venue.note}` : ''
  return `${venue.venueName}: ${venue.file.fileName} (nhận theo ${MATCH_WORDS[venue.by]}) — ${counts}${problems}${older}${note}`
}

/** Problem lines: each names its file, and row and column where there is one. */
export function problemLines(plan: CollectPlan): string[] {
  return [
    ...plan.unreadable.map((file) => `${file.fileName}: không đọc được (${file.error ?? ''})`),
    ...plan.unmatched.map((entry) => `${entry.file.fileName}: ${entry.note}`),
    ...plan.venues.flatMap((venue) => venue.problems.map((problem) => `${venue.file.fileName}: ${problem}`))
  ]
}

import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { applyCollected } from '../../../shared/collect/applyCollected'
import { planCollection, planIsClean } from '../../../shared/collect/planCollection'
import { AppError } from '../../../shared/errors/appError'
import { problemLines, venueLine } from '../../collect/describePlan'
import { expandReplyPaths, readReplies } from '../../collect/readReply'
import { newRecordId } from '../../importExport/previewImport'
import { readTable } from '../../importExport/readTable'
import { ConferenceStore } from '../../storage/conferenceStore'
import { cliDataDir } from '../cliDataDir'
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type CliCommand } from '../cliIo'

/**
 * What came from a file is shown with its control characters escaped: a crafted name must not
 * move the cursor, clear the screen or reverse the text of the lines around it.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const code = char.codePointAt(0) ?? 0
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/**
 * Takes back the lists the venues returned: without --apply only says what would change (one line
 * per venue); with it, replaces each venue's list, all or nothing, or venue by venue with --partial.
 */
export const collectCommand: CliCommand = {
  name: 'collect',
  usage: 'hoinghi collect <file> <files or folders…> [--apply] [--partial]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { apply: { type: 'boolean' }, partial: { type: 'boolean' } }
    })
    const [target, ...inputs] = positionals
    if (!target || inputs.length === 0) throw new UsageError('cần <file> và ít nhất một tệp hoặc thư mục')
    if (values.partial && !values.apply) throw new UsageError('--partial chỉ dùng cùng --apply')
    const file = resolve(io.cwd, target)
    const store = new ConferenceStore(cliDataDir(io))
    try {
      const { db, adapter } = await store.openFile(file)
      const doc = db.data
      const paths = await expandReplyPaths(inputs.map((input) => resolve(io.cwd, input)))
      if (paths.length === 0) {
        io.err('không có tệp .xlsx, .xls hay .csv nào trong các thư mục đã chọn')
        return EXIT_BAD_INPUT
      }
      const replies = await readReplies(paths, (path) => readTable(path))
      const plan = planCollection(doc, replies, {}, newRecordId)
      for (const venue of plan.venues) io.out(printable(venueLine(venue)))
      for (const line of problemLines(plan)) io.err(printable(line))
      const failedFiles = plan.unmatched.length + plan.unreadable.length
      if (!values.apply) return failedFiles > 0 ? EXIT_BAD_INPUT : EXIT_OK
      const applied = values.partial ? plan.venues.filter((venue) => venue.clean) : plan.venues
      if (!values.partial && !planIsClean(plan)) {
        io.err(
          `${basename(file)}: không thay đổi gì vì còn tệp lỗi (dùng --partial để nhận các điểm cầu không lỗi)`
        )
        return EXIT_BAD_INPUT
      }
      if (applied.length > 0) {
        try {
          await store.snapshots.take(
            doc.id,
            adapter.lastReadRaw ?? Buffer.from(JSON.stringify(doc)),
            'import'
          )
        } catch (error) {
          throw new AppError({
            code: 'io',
            message: `không tạo được bản lưu trước khi nhận danh sách (${error instanceof Error ? error.message : String(error)}); không thay đổi gì`,
            file: basename(file)
          })
        }
        await store.save(file, applyCollected(doc, applied, new Date().toISOString()))
      }
      const skipped = plan.venues.length - applied.length
      io.out(
        `${basename(file)}: đã nhận danh sách của ${applied.length} điểm cầu` +
          (skipped > 0 ? `, bỏ qua ${skipped} điểm cầu có lỗi` : '')
      )
      return skipped + failedFiles > 0 ? EXIT_BAD_INPUT : EXIT_OK
    } finally {
      await store.close()
    }
  }
}

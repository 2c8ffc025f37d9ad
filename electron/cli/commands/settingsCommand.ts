import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { AppError, formatAppError } from '../../../shared/errors/appError'
import { documentSettingsSchema, type DocumentSettings } from '../../../shared/model/conference'
import { normalizeDocumentText } from '../../../shared/text/normalizeDocumentText'
import { ConferenceStore } from '../../storage/conferenceStore'
import { cliDataDir } from '../cliDataDir'
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type CliCommand } from '../cliIo'

/** Every setting --set accepts; the clerk's rewritten MC passages are edited in the app. */
export const SETTABLE_KEYS = [
  'governingBody',
  'issuingBody',
  'place',
  'signerTitle',
  'signerName',
  'recipients',
  'agendaNumber',
  'issuerCode',
  'nameCardUnitLine',
  'labelLang',
  'venueSheets'
] as const satisfies readonly (keyof DocumentSettings)[]
type SettableKey = (typeof SETTABLE_KEYS)[number]

/** "\n" typed on a command line is a line break; "\\n" stays a backslash and an n. */
function unescape(value: string): string {
  return value.replace(/\\(\\|n)/g, (_, char: string) => (char === 'n' ? '\n' : '\\'))
}

/** key=value → the stored value: recipients as a "|"-separated list, the unit-line switch as true/false. */
export function parseSetting(assignment: string): { key: SettableKey; value: unknown } {
  const at = assignment.indexOf('=')
  const key = at > 0 ? assignment.slice(0, at).trim() : ''
  if (!(SETTABLE_KEYS as readonly string[]).includes(key))
    throw new UsageError(`--set ${assignment}: không có thiết lập "${key}" (có: ${SETTABLE_KEYS.join(', ')})`)
  const raw = unescape(assignment.slice(at + 1))
  const settable = key as SettableKey
  if (settable === 'recipients')
    return {
      key: settable,
      value: raw
        .split('|')
        .map((line) => line.trim())
        .filter((line) => line !== '')
    }
  if (settable === 'nameCardUnitLine') {
    const folded = raw.trim().toLowerCase()
    if (['true', '1', 'co', 'có', 'yes'].includes(folded)) return { key: settable, value: true }
    if (['false', '0', 'khong', 'không', 'no'].includes(folded)) return { key: settable, value: false }
    return { key: settable, value: raw }
  }
  return { key: settable, value: raw }
}

const FIELD_NAMES: Record<SettableKey, string> = {
  governingBody: 'Cơ quan chủ quản',
  issuingBody: 'Cơ quan ban hành',
  place: 'Địa danh',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
  recipients: 'Nơi nhận',
  agendaNumber: 'Số của chương trình',
  issuerCode: 'Ký hiệu cơ quan',
  nameCardUnitLine: 'Biển tên có dòng đơn vị',
  labelLang: 'Ngôn ngữ phần chữ cố định',
  venueSheets: 'Danh sách theo điểm cầu'
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = String(issue.path[0] ?? '') as SettableKey
  const name = FIELD_NAMES[key] ?? key
  if (issue.code === 'too_big') return `${name} (${key}) dài quá ${String(issue.maximum)} ký tự`
  if (issue.code === 'invalid_value') return `${name} (${key}) phải là một trong: ${issue.values.join(', ')}`
  if (issue.code === 'invalid_type') return `${name} (${key}) không đúng kiểu (${issue.expected})`
  return `${name} (${key}) không hợp lệ`
}

/**
 * hoinghi settings <file> prints the document settings as JSON; with --set key=value … it sets
 * them, validated against the file format, all or nothing.
 */
export const settingsCommand: CliCommand = {
  name: 'settings',
  usage: `hoinghi settings <file> [--set <key>=<value> …]  (khóa: ${SETTABLE_KEYS.join(', ')}; \\n xuống dòng; recipients cách nhau bằng |)`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { set: { type: 'string', multiple: true } }
    })
    if (positionals.length !== 1) throw new UsageError('cần đúng một tệp hội nghị')
    const assignments = (values.set ?? []).map(parseSetting)
    const file = resolve(io.cwd, positionals[0] ?? '')
    const name = basename(file)
    const store = new ConferenceStore(cliDataDir(io))
    try {
      const { db } = await store.openFile(file)
      const doc = db.data
      if (assignments.length === 0) {
        io.out(JSON.stringify(doc.documents, null, 2))
        return EXIT_OK
      }
      const changed: Record<string, unknown> = { ...doc.documents }
      for (const { key, value } of assignments) changed[key] = value
      const parsed = documentSettingsSchema.safeParse(normalizeDocumentText(changed))
      if (!parsed.success) {
        for (const issue of parsed.error.issues) io.err(`${name}: ${describeIssue(issue)}`)
        return EXIT_BAD_INPUT
      }
      const saved = await store.save(file, { ...doc, documents: parsed.data })
      io.out(JSON.stringify(saved.doc.documents, null, 2))
      return EXIT_OK
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      io.err(formatAppError(error.toData()).split('\n')[0] ?? error.message)
      return EXIT_BAD_INPUT
    } finally {
      await store.close()
    }
  }
}

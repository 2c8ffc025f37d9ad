import { randomBytes } from 'node:crypto'
import { basename, join } from 'node:path'
import { AppError } from '../../shared/errors/appError'
import { safeFileName } from '../../shared/text/safeFileName'
import type { HandlerMap } from '../api/handlers'
import { expandReplyPaths, readReplies, REPLY_EXTENSIONS } from '../collect/readReply'
import { writeTemplates } from '../collect/writeTemplates'
import { defaultFontsDir } from '../documents/fontsDir'
import { buildXlsx } from '../importExport/writeExport'
import { durableWrite } from '../storage/durableWrite'
import { refuseLiveTarget } from '../storage/refuseLiveTarget'
import { resolveConferenceFile } from './resolveConferenceFile'

/** The board's PDF draws with the PDF engine: loaded when the clerk exports it, never at start-up. */
function loadBoardDocument(): Promise<typeof import('../collect/boardDocument')> {
  return import('../collect/boardDocument')
}

const REPLY_FILTERS = [
  { name: 'Bảng tính (xlsx, xls, csv)', extensions: REPLY_EXTENSIONS.map((ext) => ext.slice(1)) },
  { name: 'Tất cả', extensions: ['*'] }
]

/** Files the clerk picked, by token: the renderer can only name what a dialog returned. */
const pickedReplies = new Map<string, string[]>()

function fontsDir(): string {
  const resources = (process as { resourcesPath?: string }).resourcesPath
  return defaultFontsDir(resources ? [join(resources, 'fonts'), join(resources, 'resources', 'fonts')] : [])
}

export const collectHandlers: HandlerMap<
  | 'collect:writeTemplates'
  | 'collect:pickReplies'
  | 'collect:readReplies'
  | 'collect:release'
  | 'collect:exportBoard'
> = {
  'collect:writeTemplates': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    const doc = (await ctx.store.openFile(file)).db.data
    const folder = await ctx.dialogs.chooseFolder({ title: 'Chọn thư mục để lưu các tệp mẫu gửi điểm cầu' })
    if (!folder) return null
    // A folder may be anywhere, the data folder included: no template lands among the app's files.
    refuseLiveTarget(join(folder, 'mau.xlsx'), {
      dataDir: ctx.dataDir,
      protect: [file, ...Object.values(ctx.settings.data.externalFiles)],
      noConferenceFiles: true
    })
    const contact =
      input.contact.trim() || doc.documents.issuingBody.trim() || doc.conference.organiser.trim()
    const written = await writeTemplates(doc, input.venueIds, folder, { deadline: input.deadline, contact })
    return {
      folder: basename(folder),
      at: ctx.now().toISOString(),
      written: written.map(({ venueId, fileName }) => ({ venueId, fileName }))
    }
  },

  'collect:pickReplies': async (input, ctx) => {
    ctx.tables.warm()
    let paths: string[] | null
    if (input.mode === 'folder') {
      const folder = await ctx.dialogs.chooseFolder({
        title: 'Chọn thư mục chứa danh sách các điểm cầu gửi lại'
      })
      paths = folder ? [folder] : null
    } else if (ctx.dialogs.openFiles) {
      paths = await ctx.dialogs.openFiles({
        title: 'Chọn các tệp danh sách điểm cầu gửi lại',
        filters: REPLY_FILTERS
      })
    } else {
      const one = await ctx.dialogs.openFile({
        title: 'Chọn tệp danh sách điểm cầu gửi lại',
        filters: REPLY_FILTERS
      })
      paths = one ? [one] : null
    }
    if (!paths || paths.length === 0) return null
    const files = await expandReplyPaths(paths)
    const token = randomBytes(16).toString('hex')
    pickedReplies.set(token, files)
    return { token, files: files.map((path) => basename(path)) }
  },

  'collect:readReplies': async (input, ctx) => {
    const paths = pickedReplies.get(input.token)
    if (!paths)
      throw new AppError({ code: 'not-found', message: 'các tệp đã chọn không còn được giữ, hãy chọn lại' })
    return { replies: await readReplies(paths, (path) => ctx.tables.read(path)) }
  },

  'collect:release': async (input) => {
    pickedReplies.delete(input.token)
    return {}
  },

  'collect:exportBoard': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    const doc = (await ctx.store.openFile(file)).db.data
    const target = await ctx.dialogs.saveFile({
      title: 'Xuất bảng tổng hợp danh sách các điểm cầu',
      defaultName: `tong-hop-diem-cau-${safeFileName(doc.conference.title, 'hoi-nghi', 50)}.${input.format}`,
      filters: [{ name: input.format.toUpperCase(), extensions: [input.format] }]
    })
    if (!target) return null
    const path = target.toLowerCase().endsWith(`.${input.format}`) ? target : `${target}.${input.format}`
    refuseLiveTarget(path, {
      dataDir: ctx.dataDir,
      protect: [file, ...Object.values(ctx.settings.data.externalFiles)],
      noConferenceFiles: true
    })
    const bytes =
      input.format === 'xlsx'
        ? await buildXlsx((await loadBoardDocument()).boardTable(doc), 'Tổng hợp')
        : Buffer.from(await (await loadBoardDocument()).renderBoardPdf(doc, fontsDir()))
    await durableWrite(path, bytes)
    return { fileName: basename(path) }
  }
}

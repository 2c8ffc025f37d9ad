import { promises as fs } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildRunningScript } from '../../shared/documents/buildRunningScript'
import { findDocument, listDocuments, type DocumentEntry } from '../../shared/documents/documentCatalog'
import type { DocumentLang } from '../../shared/documents/documentLabels'
import { AppError } from '../../shared/errors/appError'
import type { ConferenceDocument } from '../../shared/model/conference'
import type { HandlerContext } from '../api/handlerContext'
import type { HandlerMap } from '../api/handlers'
import { defaultFontsDir } from '../documents/fontsDir'
import { createPdfRenderer, type PdfRenderer } from '../documents/renderInWorker'
import { countPages, writeDocumentFile } from '../documents/writeDocuments'
import { refuseLiveTarget } from '../storage/refuseLiveTarget'
import { resolveConferenceFile } from './resolveConferenceFile'

const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }]

let renderer: PdfRenderer | null = null

/**
 * Without a renderer in the context (tests, the CLI): one worker for the process's life; in the
 * bundle the handlers sit in out/main beside pdf-worker.js. The app passes a limited process.
 */
function pdfRenderer(): PdfRenderer {
  if (!renderer) {
    const here = dirname(fileURLToPath(import.meta.url))
    renderer = createPdfRenderer(here.endsWith(join('out', 'main')) ? join(here, 'pdf-worker.js') : null)
  }
  return renderer
}

function fontsDir(): string {
  const resources = (process as { resourcesPath?: string }).resourcesPath
  return defaultFontsDir(resources ? [join(resources, 'fonts'), join(resources, 'resources', 'fonts')] : [])
}

async function loadStored(ctx: HandlerContext, key: string): Promise<ConferenceDocument> {
  const { file } = resolveConferenceFile(ctx, key)
  const entry = await ctx.store.openFile(file)
  return entry.db.data
}

/** A save or folder dialog may point anywhere: never at a conference, a snapshot or the settings. */
function refuseLiveFile(ctx: HandlerContext, key: string, target: string): void {
  refuseLiveTarget(target, {
    dataDir: ctx.dataDir,
    protect: [resolveConferenceFile(ctx, key).file, ...Object.values(ctx.settings.data.externalFiles)],
    noConferenceFiles: true
  })
}

function langOf(doc: ConferenceDocument, lang: DocumentLang | undefined): DocumentLang {
  return lang ?? doc.documents.labelLang
}

function entryOf(doc: ConferenceDocument, lang: DocumentLang, docId: string): DocumentEntry {
  const entry = findDocument(doc, lang, docId)
  if (!entry)
    throw new AppError({
      code: 'not-found',
      message: `Không có tài liệu "${docId}" trong hội nghị này (điểm cầu hoặc đề cương đã bị xóa?).`,
      field: 'docId'
    })
  return entry
}

async function render(ctx: HandlerContext, key: string, docId: string, lang: DocumentLang | undefined) {
  const doc = await loadStored(ctx, key)
  const chosen = langOf(doc, lang)
  const entry = entryOf(doc, chosen, docId)
  const bytes = await (ctx.pdf ?? pdfRenderer()).render(doc, entry.request, {
    fontsDir: fontsDir(),
    lang: chosen
  })
  return { doc, entry, bytes }
}

/** "venues/01-hoi-truong.pdf" → "01-hoi-truong.pdf": a save dialog proposes a plain name. */
function baseName(fileName: string): string {
  return fileName.split('/').pop() ?? fileName
}

export const documentsHandlers: HandlerMap<
  | 'documents:list'
  | 'documents:render'
  | 'documents:script'
  | 'documents:save'
  | 'documents:openInViewer'
  | 'documents:printAll'
> = {
  'documents:list': async (input, ctx) => {
    const doc = await loadStored(ctx, input.key)
    return listDocuments(doc, langOf(doc, input.lang)).map(({ id, group, title, fileName }) => ({
      id,
      group,
      title,
      fileName
    }))
  },

  'documents:render': async (input, ctx) => {
    const { entry, bytes } = await render(ctx, input.key, input.docId, input.lang)
    return {
      pdfBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      pages: countPages(bytes),
      bytes: bytes.byteLength,
      fileName: entry.fileName
    }
  },

  'documents:script': async (input, ctx) => {
    const doc = await loadStored(ctx, input.key)
    return buildRunningScript(doc, langOf(doc, input.lang))
  },

  'documents:save': async (input, ctx) => {
    // Render first: a document that cannot be drawn is reported before the clerk picks a place.
    const { entry, bytes } = await render(ctx, input.key, input.docId, input.lang)
    const target = await ctx.dialogs.saveFile({
      title: 'Lưu tài liệu PDF',
      defaultName: baseName(entry.fileName),
      filters: PDF_FILTERS
    })
    if (!target) return null
    refuseLiveFile(ctx, input.key, target)
    await fs.writeFile(target, bytes)
    return { fileName: basename(target) }
  },

  'documents:openInViewer': async (input, ctx) => {
    const { entry, bytes } = await render(ctx, input.key, input.docId, input.lang)
    const folder = join(ctx.dataDir, 'print', input.key)
    const written = await writeDocumentFile(folder, entry, bytes)
    await ctx.shell.openPath(written)
    return { fileName: entry.fileName }
  },

  'documents:printAll': async (input, ctx) => {
    const doc = await loadStored(ctx, input.key)
    const chosen = langOf(doc, input.lang)
    const folder = await ctx.dialogs.chooseFolder({ title: 'Chọn thư mục để lưu tất cả tài liệu' })
    if (!folder) return null
    const entries = listDocuments(doc, chosen)
    // Every name is checked before the first is written: all or nothing.
    for (const entry of entries) refuseLiveFile(ctx, input.key, join(folder, ...entry.fileName.split('/')))
    const taskId = `print-all-${ctx.now().getTime()}`
    const files: string[] = []
    for (const entry of entries) {
      const bytes = await (ctx.pdf ?? pdfRenderer()).render(doc, entry.request, {
        fontsDir: fontsDir(),
        lang: chosen
      })
      await writeDocumentFile(folder, entry, bytes)
      files.push(entry.fileName)
      ctx.emit('task:progress', { taskId, done: files.length, total: entries.length, label: entry.title })
    }
    return { folder, files, taskId }
  }
}

import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildRunningScript } from '../../shared/documents/buildRunningScript'
import { findDocument, listDocuments, type DocumentEntry } from '../../shared/documents/documentCatalog'
import type { DocumentLang } from '../../shared/documents/documentLabels'
import { onlyDelegates } from '../../shared/delegates/onlyDelegates'
import { AppError } from '../../shared/errors/appError'
import type { ConferenceDocument } from '../../shared/model/conference'
import type { HandlerContext } from '../api/handlerContext'
import type { HandlerMap } from '../api/handlers'
import { defaultFontsDir } from '../documents/fontsDir'
import { createPdfRenderer, type PdfRenderer } from '../documents/renderInWorker'
import { countPages, writeDocumentFile } from '../documents/writeDocuments'
import { loadPdfEngine } from '../documents/lazyPdfkit'
import { wordFileName } from '../../shared/documents/documentFileNames'
import { refuseLiveTarget } from '../storage/refuseLiveTarget'
import { writeOutputFile, type OutputOptions } from '../storage/writeOutput'
import { resolveConferenceFile } from './resolveConferenceFile'

const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }]
const WORD_FILTERS = [{ name: 'Word', extensions: ['docx'] }]

/**
 * The Word file of a document, drawn in this process from the same description as the PDF. The
 * engine is loaded on first use, like the CLI's.
 */
async function renderWordFile(
  doc: ConferenceDocument,
  entry: DocumentEntry,
  lang: DocumentLang
): Promise<Uint8Array> {
  const { renderDocumentFiles } = await loadPdfEngine()
  const files = await renderDocumentFiles(doc, entry.request, {
    fontsDir: fontsDir(),
    lang,
    formats: ['docx']
  })
  if (!files.docx) throw new AppError({ code: 'internal', message: 'không tạo được tệp Word' })
  return files.docx
}

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
function outputGuard(ctx: HandlerContext, key: string): OutputOptions {
  return {
    dataDir: ctx.dataDir,
    protect: [resolveConferenceFile(ctx, key).file, ...Object.values(ctx.settings.data.externalFiles)],
    lang: ctx.settings.data.language === 'en' ? 'en' : 'vi'
  }
}

function refuseLiveFile(ctx: HandlerContext, key: string, target: string): void {
  refuseLiveTarget(target, { ...outputGuard(ctx, key), noConferenceFiles: true })
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

async function render(
  ctx: HandlerContext,
  key: string,
  docId: string,
  lang: DocumentLang | undefined,
  delegateIds?: readonly string[]
) {
  // Printing what is on screen: the builder sees only those delegates, and lays them out as ever.
  const doc = onlyDelegates(await loadStored(ctx, key), delegateIds)
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
    return listDocuments(doc, langOf(doc, input.lang)).map(({ id, group, title, fileName, skipReason }) => ({
      id,
      group,
      title,
      fileName,
      skipReason
    }))
  },

  'documents:render': async (input, ctx) => {
    const { entry, bytes } = await render(ctx, input.key, input.docId, input.lang, input.delegateIds)
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
    if (input.format === 'docx') {
      const doc = onlyDelegates(await loadStored(ctx, input.key), input.delegateIds)
      const chosen = langOf(doc, input.lang)
      const entry = entryOf(doc, chosen, input.docId)
      const bytes = await renderWordFile(doc, entry, chosen)
      const target = await ctx.dialogs.saveFile({
        title: chosen === 'en' ? 'Save as Word' : 'Lưu bản Word',
        defaultName: baseName(wordFileName(entry.fileName)),
        filters: WORD_FILTERS
      })
      if (!target) return null
      await writeOutputFile(target, bytes, outputGuard(ctx, input.key))
      return { fileName: basename(target) }
    }
    // Render first: a document that cannot be drawn is reported before the clerk picks a place.
    const { entry, bytes } = await render(ctx, input.key, input.docId, input.lang, input.delegateIds)
    const target = await ctx.dialogs.saveFile({
      title: 'Lưu tài liệu PDF',
      defaultName: baseName(entry.fileName),
      filters: PDF_FILTERS
    })
    if (!target) return null
    await writeOutputFile(target, bytes, outputGuard(ctx, input.key))
    return { fileName: basename(target) }
  },

  'documents:openInViewer': async (input, ctx) => {
    const { entry, bytes } = await render(ctx, input.key, input.docId, input.lang, input.delegateIds)
    const folder = join(ctx.dataDir, 'print', input.key)
    const written = await writeDocumentFile(folder, entry, bytes, outputGuard(ctx, input.key))
    await ctx.shell.openPath(written)
    return { fileName: entry.fileName }
  },

  'documents:printAll': async (input, ctx) => {
    const doc = await loadStored(ctx, input.key)
    const chosen = langOf(doc, input.lang)
    const folder = await ctx.dialogs.chooseFolder({ title: 'Chọn thư mục để lưu tất cả tài liệu' })
    if (!folder) return null
    // A document with nothing to list is not written (its entry says why).
    const entries = listDocuments(doc, chosen).filter((entry) => entry.skipReason === null)
    const wanted = input.formats
    const names = (entry: DocumentEntry) =>
      wanted.map((format) => (format === 'pdf' ? entry.fileName : wordFileName(entry.fileName)))
    // Every name is checked before the first is written: all or nothing.
    refuseLiveFile(ctx, input.key, folder)
    for (const entry of entries)
      for (const name of names(entry)) refuseLiveFile(ctx, input.key, join(folder, ...name.split('/')))
    const taskId = `print-all-${ctx.now().getTime()}`
    const files: string[] = []
    const total = entries.length * wanted.length
    for (const entry of entries) {
      for (const format of wanted) {
        const bytes =
          format === 'pdf'
            ? await (ctx.pdf ?? pdfRenderer()).render(doc, entry.request, {
                fontsDir: fontsDir(),
                lang: chosen
              })
            : await renderWordFile(doc, entry, chosen)
        const named = format === 'pdf' ? entry : { ...entry, fileName: wordFileName(entry.fileName) }
        await writeDocumentFile(folder, named, bytes, outputGuard(ctx, input.key))
        files.push(named.fileName)
        ctx.emit('task:progress', { taskId, done: files.length, total, label: entry.title })
      }
    }
    return { folder, files, taskId }
  }
}

import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { documentGroups, listDocuments, type DocumentGroup } from '../../../shared/documents/documentCatalog'
import { documentLabels } from '../../../shared/documents/documentLabels'
import { wordFileName } from '../../../shared/documents/documentFileNames'
import type { DocumentFormat } from '../../documents/renderDocument'
import { AppError, formatAppError } from '../../../shared/errors/appError'
import { defaultFontsDir } from '../../documents/fontsDir'
import { loadPdfEngine } from '../../documents/lazyPdfkit'
import { writeDocumentFile } from '../../documents/writeDocuments'
import { readConferenceFile } from '../../storage/readConferenceFile'
import { refuseLiveTarget } from '../../storage/refuseLiveTarget'
import { cliDataDir } from '../cliDataDir'
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type CliCommand } from '../cliIo'

const USAGE = `hoinghi render <file> --out <dir> [--docs ${documentGroups.join(',')}] [--lang vi|en] [--format pdf|docx|both]`

/** `--format`: the PDF to print, the Word file to finish in, or both side by side. */
function parseFormats(value: string | undefined): DocumentFormat[] {
  if (value === undefined || value === 'pdf') return ['pdf']
  if (value === 'docx') return ['docx']
  if (value === 'both') return ['pdf', 'docx']
  throw new UsageError(`--format phải là pdf, docx hoặc both, không phải "${value}"`)
}

function parseDocs(value: string | undefined): Set<DocumentGroup> {
  if (value === undefined) return new Set(documentGroups)
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  const unknown = names.filter((name) => !(documentGroups as readonly string[]).includes(name))
  if (names.length === 0 || unknown.length > 0)
    throw new UsageError(
      `tài liệu không có: ${unknown.join(', ') || '(trống)'} (có: ${documentGroups.join(', ')})`
    )
  return new Set(names as DocumentGroup[])
}

function withFormat<E extends { fileName: string }>(entry: E, format: DocumentFormat): E {
  return format === 'pdf' ? entry : { ...entry, fileName: wordFileName(entry.fileName) }
}

/** Writes one PDF per document into --out and prints each path; never writes anything for an invalid file. */
export const renderCommand: CliCommand = {
  name: 'render',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        docs: { type: 'string' },
        lang: { type: 'string' },
        format: { type: 'string' }
      }
    })
    if (positionals.length !== 1) throw new UsageError('cần đúng một tệp hội nghị')
    if (!values.out) throw new UsageError('thiếu --out <thư mục>')
    if (values.lang !== undefined && values.lang !== 'vi' && values.lang !== 'en')
      throw new UsageError(`--lang phải là vi hoặc en, không phải "${values.lang}"`)
    const groups = parseDocs(values.docs)
    const formats = parseFormats(values.format)
    const file = resolve(io.cwd, positionals[0] ?? '')
    const out = resolve(io.cwd, values.out)
    const name = basename(file)

    let doc
    try {
      // The reader validate and the app use: BOM, size, NUL bytes, UTF-8, JSON, schema, migration.
      const read = await readConferenceFile(file)
      if (!read) throw new AppError({ code: 'not-found', message: 'không tìm thấy tệp', file: name })
      doc = read.doc
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      // One line: scripts read the first line of stderr.
      io.err(formatAppError(error.toData()).split('\n')[0] ?? error.message)
      return EXIT_BAD_INPUT
    }
    const lang = values.lang === 'vi' || values.lang === 'en' ? values.lang : doc.documents.labelLang
    const fontsDir = defaultFontsDir([join(io.cwd, 'resources', 'fonts')])
    const listed = listDocuments(doc, lang, { perVenueSheetsAlways: true }).filter((entry) =>
      groups.has(entry.group)
    )
    // Nothing to list, nothing written: a header-only table is not a document. The reason goes to
    // stderr so stdout stays one written path per line; the messages are Vietnamese like the rest.
    const reasons = documentLabels('vi').skip
    const entries = listed
      .filter((entry) => entry.skipKey === null)
      .flatMap((entry) => formats.map((format) => ({ format, entry: withFormat(entry, format) })))
    for (const entry of listed)
      if (entry.skipKey !== null)
        for (const format of formats)
          io.err(`bỏ qua ${withFormat(entry, format).fileName}: ${reasons[entry.skipKey]}`)
    // --out may be any folder, the conference's own or the data folder: check every name first.
    const dataDir = cliDataDir(io)
    const guard = { dataDir, protect: [file] }
    // The folder itself first: --out naming the data folder (or a link to it) writes nothing at all.
    refuseLiveTarget(out, { ...guard, noConferenceFiles: true })
    for (const { entry } of entries)
      refuseLiveTarget(join(out, ...entry.fileName.split('/')), { ...guard, noConferenceFiles: true })
    const { renderDocumentFiles } = await loadPdfEngine()
    for (const entry of listed.filter((candidate) => candidate.skipKey === null)) {
      // One build per document, drawn in every format asked for.
      const files = await renderDocumentFiles(doc, entry.request, { fontsDir, lang, formats })
      for (const format of formats) {
        const bytes = files[format]
        if (bytes) io.out(await writeDocumentFile(out, withFormat(entry, format), bytes, guard))
      }
    }
    return EXIT_OK
  }
}

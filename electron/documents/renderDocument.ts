import type { DocumentRequest } from '../../shared/documents/documentCatalog'
import type { DocumentLang } from '../../shared/documents/documentLabels'
import { AppError } from '../../shared/errors/appError'
import type { ConferenceDocument } from '../../shared/model/conference'
import { drawAgenda } from './agendaDocument'
import { drawAwards, drawCeremony } from './awardsDocument'
import { drawAllVenueSheets, drawDelegateList, drawVenueSheet } from './delegateDocuments'
import { drawNameCards } from './nameCardsDocument'
import { drawOutline } from './outlineDocument'
import { drawScript } from './scriptDocument'
import { drawVenueRoster } from './venuesDocument'
import type { DocumentModel } from '../../shared/documents/model/documentModel'
import { createWriter, finish, type Writer } from './writer'
import { renderWord } from './word/renderWord'
import { tinosMeasure, type MeasureText } from './word/measureText'

export interface RenderOptions {
  fontsDir: string
  lang: DocumentLang
}

/** The file formats a document is written in: the PDF to print, the Word file to finish in. */
export const documentFormats = ['pdf', 'docx'] as const
export type DocumentFormat = (typeof documentFormats)[number]

/** Wide tables read better across the sheet; Decree 30/2020 allows landscape for tables. */
const LANDSCAPE = new Set<DocumentRequest['kind']>(['venues', 'awards', 'namecards'])

/** One document as PDF bytes. Plain function: the worker, the CLI and the tests all call it. */
export async function renderDocument(
  doc: ConferenceDocument,
  request: DocumentRequest,
  options: RenderOptions
): Promise<Uint8Array> {
  return finish(drawDocument(doc, request, options), { pageNumbers: request.kind !== 'namecards' })
}

const measures = new Map<string, MeasureText>()

/**
 * One document in each format asked for, built once: the PDF engine draws the blocks as the
 * builder describes them and the Word writer draws the same description.
 */
export async function renderDocumentFiles(
  doc: ConferenceDocument,
  request: DocumentRequest,
  options: RenderOptions & { formats: readonly DocumentFormat[] }
): Promise<Partial<Record<DocumentFormat, Uint8Array>>> {
  const w = drawDocument(doc, request, options)
  const out: Partial<Record<DocumentFormat, Uint8Array>> = {}
  if (options.formats.includes('docx')) {
    let measure = measures.get(options.fontsDir)
    if (!measure) {
      measure = tinosMeasure(options.fontsDir)
      measures.set(options.fontsDir, measure)
    }
    out.docx = await renderWord(documentModel(w, doc, request), { measure })
  }
  if (options.formats.includes('pdf'))
    out.pdf = await finish(w, { pageNumbers: request.kind !== 'namecards' })
  return out
}

/** The neutral description a drawn document recorded, with what the file itself should say about it. */
export function documentModel(w: Writer, doc: ConferenceDocument, request: DocumentRequest): DocumentModel {
  const issuer = doc.documents.issuingBody.trim() || doc.conference.organiser.trim()
  return {
    title: doc.conference.title,
    author: issuer.replace(/\s*\n\s*/g, ' '),
    lang: w.lang,
    orientation: LANDSCAPE.has(request.kind) ? 'landscape' : 'portrait',
    fullSheet: request.kind === 'namecards',
    pageNumbers: request.kind !== 'namecards',
    blocks: w.blocks
  }
}

function drawDocument(doc: ConferenceDocument, request: DocumentRequest, options: RenderOptions): Writer {
  const w = createWriter({
    fontsDir: options.fontsDir,
    lang: options.lang,
    title: doc.conference.title,
    landscape: LANDSCAPE.has(request.kind),
    ...(request.kind === 'namecards' ? { margins: { top: 0, bottom: 0, left: 0, right: 0 } } : {})
  })
  switch (request.kind) {
    case 'agenda':
      drawAgenda(w, doc)
      break
    case 'delegates':
      drawDelegateList(w, doc)
      break
    case 'venue-sheet':
      drawVenueSheet(w, doc, request.venueId)
      break
    case 'venue-sheets':
      drawAllVenueSheets(w, doc)
      break
    case 'venues':
      drawVenueRoster(w, doc)
      break
    case 'outline': {
      const outline = doc.outlines.find((candidate) => candidate.id === request.outlineId)
      if (!outline)
        throw new AppError({
          code: 'not-found',
          message: `Không tìm thấy đề cương "${request.outlineId}".`,
          field: 'outlines'
        })
      drawOutline(w, doc, outline)
      break
    }
    case 'awards':
      drawAwards(w, doc)
      break
    case 'ceremony':
      drawCeremony(w, doc)
      break
    case 'script':
      drawScript(w, doc)
      break
    case 'namecards':
      drawNameCards(w, doc)
      break
  }
  return w
}

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
import { createWriter, finish } from './writer'

export interface RenderOptions {
  fontsDir: string
  lang: DocumentLang
}

/** Wide tables read better across the sheet; Decree 30/2020 allows landscape for tables. */
const LANDSCAPE = new Set<DocumentRequest['kind']>(['venues', 'awards', 'namecards'])

/** One document as PDF bytes. Plain function: the worker, the CLI and the tests all call it. */
export async function renderDocument(
  doc: ConferenceDocument,
  request: DocumentRequest,
  options: RenderOptions
): Promise<Uint8Array> {
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
  return finish(w, { pageNumbers: request.kind !== 'namecards' })
}

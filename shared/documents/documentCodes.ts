import type { DocumentRequest } from './documentCatalog'

/**
 * Each kind of administrative document has its own code in the number line (Decree 30/2020,
 * Appendix III): Chương trình CTr, Danh sách DS, Kế hoạch KH, Thông báo TB, Báo cáo BC, Giấy mời GM.
 * Working papers (the MC's script, outlines, the stage order, name cards) carry no number.
 */
export const DOCUMENT_KIND_CODES = {
  programme: 'CTr',
  list: 'DS',
  plan: 'KH',
  notice: 'TB',
  report: 'BC',
  invitation: 'GM'
} as const

export function documentKindCode(kind: DocumentRequest['kind']): string | null {
  switch (kind) {
    case 'agenda':
      return DOCUMENT_KIND_CODES.programme
    case 'delegates':
    case 'venue-sheet':
    case 'venue-sheets':
    case 'venues':
    case 'awards':
      return DOCUMENT_KIND_CODES.list
    default:
      return null
  }
}

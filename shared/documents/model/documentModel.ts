/**
 * A document as a neutral description: what an administrative document of this conference says
 * and how it is organised, without the page. The PDF engine and the Word writer both draw from
 * it, so the two files carry the same words in the same order.
 */

export type TextAlign = 'left' | 'center' | 'right' | 'justify'

export interface ModelColumn {
  header: string
  /** Relative width; a table always spans the text width. */
  weight: number
  align?: TextAlign
}

export type ModelRow =
  | {
      type: 'row'
      cells: readonly string[]
      bold?: boolean
      /** Long rows (the MC's introduction) may continue on the next page; other rows stay whole. */
      mayBreak?: boolean
    }
  /** A heading across the table (a venue, an award form) that stays with the row after it. */
  | { type: 'group'; text: string }

export interface HeaderBlock {
  type: 'header'
  /** Each may hold line breaks the clerk put there. */
  governingBody: string
  issuingBody: string
  /** "Số: 02/CTr-UBND"; null prints no number line. */
  numberLine: string | null
  /** "Hà Tĩnh, ngày 26 tháng 12 năm 2023". */
  dateLine: string
  nationalTitle: string
  motto: string
}

export interface TitleBlock {
  type: 'title'
  title: string
  subject: string
}

export interface HeadingBlock {
  type: 'heading'
  text: string
  /** 1: "I. …", 2: "1. …", 3: "a) …". */
  level: 1 | 2 | 3
}

export interface ParagraphBlock {
  type: 'paragraph'
  text: string
  bold?: boolean
  italic?: boolean
  align?: TextAlign
  /** First-line indent of body text (1 cm); off for notes and centred lines. */
  indent?: boolean
  size?: number
}

export interface TableBlock {
  type: 'table'
  columns: readonly ModelColumn[]
  rows: readonly ModelRow[]
  size: number
  headerSize?: number
}

export interface SignatureBlock {
  type: 'signature'
  recipientsLabel: string
  /** Each "Nơi nhận" line as printed ("- Lưu: VT."), the archive line included. */
  recipients: readonly string[]
  /** "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH": line breaks are the clerk's. */
  signerTitle: string
  signerName: string
}

export interface PageBreakBlock {
  type: 'page-break'
}

/** One table name card: the lines from top to bottom, each with its own size. */
export interface NameCardBlock {
  type: 'name-card'
  lines: ReadonlyArray<{ text: string; size: number; bold: boolean }>
}

export type DocumentBlock =
  | HeaderBlock
  | TitleBlock
  | HeadingBlock
  | ParagraphBlock
  | TableBlock
  | SignatureBlock
  | PageBreakBlock
  | NameCardBlock

export interface DocumentModel {
  /** The file's title property. */
  title: string
  /** The issuing body, as the file's author. */
  author: string
  lang: 'vi' | 'en'
  orientation: 'portrait' | 'landscape'
  /** Name cards use the whole sheet. */
  fullSheet: boolean
  /** Page numbers centred at the top from page 2 on. */
  pageNumbers: boolean
  blocks: readonly DocumentBlock[]
}

/** Every word of a model in reading order: what a read-back of either file must contain. */
export function modelText(model: DocumentModel): string[] {
  const parts: string[] = []
  for (const block of model.blocks) {
    switch (block.type) {
      case 'header':
        parts.push(block.governingBody, block.issuingBody, block.nationalTitle, block.motto)
        if (block.numberLine) parts.push(block.numberLine)
        parts.push(block.dateLine)
        break
      case 'title':
        parts.push(block.title, block.subject)
        break
      case 'heading':
      case 'paragraph':
        parts.push(block.text)
        break
      case 'table':
        parts.push(...block.columns.map((column) => column.header))
        for (const row of block.rows) parts.push(...(row.type === 'row' ? row.cells : [row.text]))
        break
      case 'signature':
        parts.push(block.recipientsLabel, ...block.recipients, block.signerTitle, block.signerName)
        break
      case 'name-card':
        parts.push(...block.lines.map((line) => line.text))
        break
      case 'page-break':
        break
    }
  }
  return parts
    .join(' ')
    .split(/\s+/u)
    .filter((word) => word !== '')
}

import type * as Docx from 'docx'
import type {
  DocumentBlock,
  DocumentModel,
  HeaderBlock,
  ModelColumn,
  NameCardBlock,
  SignatureBlock,
  TableBlock,
  TextAlign
} from '../../../shared/documents/model/documentModel'
import { A4, MARGINS, MM } from '../units'
import { loadDocx } from './loadDocx'
import type { MeasureText } from './measureText'

/** Word speaks twentieths of a point (twips) for lengths and half-points for font sizes. */
const twips = (points: number): number => Math.round(points * 20)
const halfPoints = (points: number): number => Math.round(points * 2)

/** Offices have Times New Roman; Tinos, which the PDFs embed, has the same advance widths. */
export const WORD_FONT = 'Times New Roman'

/**
 * Paragraph styles an office can restyle in Word (Home → Styles). Their ids are stable so tests,
 * and an office's own macros, can find them.
 */
export const WORD_STYLES = {
  body: 'HNBody',
  title: 'HNTitle',
  subject: 'HNSubject',
  heading1: 'HNHeading1',
  heading2: 'HNHeading2',
  heading3: 'HNHeading3',
  table: 'HNTable',
  tableHeader: 'HNTableHeader',
  header: 'HNHeader',
  signer: 'HNSigner',
  recipientsLabel: 'HNRecipientsLabel',
  recipients: 'HNRecipients',
  nameCard: 'HNNameCard'
} as const

export interface WordOptions {
  measure: MeasureText
}

interface Geometry {
  /** Text width in points. */
  width: number
  pageHeight: number
}

/** One document as the bytes of a .docx file. */
export async function renderWord(model: DocumentModel, options: WordOptions): Promise<Uint8Array> {
  const docx = await loadDocx()
  const landscape = model.orientation === 'landscape'
  const page = landscape ? { width: A4.height, height: A4.width } : A4
  const margins = model.fullSheet ? { top: 0, bottom: 0, left: 0, right: 0 } : MARGINS
  const geometry: Geometry = {
    width: page.width - margins.left - margins.right,
    pageHeight: page.height - margins.top - margins.bottom
  }
  const draw = new WordBlocks(docx, geometry, options.measure)
  const children = model.blocks.flatMap((block) => draw.block(block))
  const { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } = docx

  const pageNumberHeader = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(13) })]
      })
    ]
  })
  const language = model.lang === 'en' ? 'en-GB' : 'vi-VN'
  const file = new Document({
    title: model.title,
    creator: model.author || 'HoiNghi',
    lastModifiedBy: 'HoiNghi',
    description: model.title,
    styles: wordStyles(docx, language),
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape section.
            size: {
              width: twips(A4.width),
              height: twips(A4.height),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT
            },
            margin: {
              top: twips(margins.top),
              bottom: twips(margins.bottom),
              left: twips(margins.left),
              right: twips(margins.right),
              header: twips(10 * MM),
              footer: twips(10 * MM)
            }
          },
          // Decree 30: numbers from the second page on, so the first page has its own (empty) header.
          titlePage: model.pageNumbers
        },
        headers: model.pageNumbers
          ? { default: pageNumberHeader, first: new Header({ children: [] }) }
          : undefined,
        children
      }
    ]
  })
  const buffer = await Packer.toBuffer(file)
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function wordStyles(docx: typeof Docx, language: string): Docx.IStylesOptions {
  const { AlignmentType } = docx
  const style = (
    id: string,
    name: string,
    run: Docx.IRunStylePropertiesOptions,
    paragraph: Docx.IParagraphStylePropertiesOptions = {}
  ): Docx.IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: id === WORD_STYLES.title || id === WORD_STYLES.subject ? WORD_STYLES.body : id,
    quickFormat: true,
    run,
    paragraph
  })
  return {
    default: {
      document: {
        run: { font: WORD_FONT, size: halfPoints(14), language: { value: language } },
        paragraph: { spacing: { before: 0, after: 0 } }
      }
    },
    paragraphStyles: [
      style(
        WORD_STYLES.body,
        'HoiNghi – Nội dung',
        { size: halfPoints(14) },
        {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: twips(10 * MM) },
          spacing: { after: twips(6), line: 276 }
        }
      ),
      style(
        WORD_STYLES.title,
        'HoiNghi – Tên văn bản',
        { size: halfPoints(14), bold: true },
        { alignment: AlignmentType.CENTER, keepNext: true }
      ),
      style(
        WORD_STYLES.subject,
        'HoiNghi – Trích yếu',
        { size: halfPoints(14), bold: true },
        { alignment: AlignmentType.CENTER, keepNext: true }
      ),
      style(
        WORD_STYLES.heading1,
        'HoiNghi – Mục I',
        { size: halfPoints(14), bold: true },
        {
          keepNext: true,
          spacing: { before: twips(6), after: twips(6) },
          indent: { firstLine: twips(10 * MM) }
        }
      ),
      style(
        WORD_STYLES.heading2,
        'HoiNghi – Mục 1',
        { size: halfPoints(14), bold: true },
        { keepNext: true, spacing: { after: twips(6) }, indent: { firstLine: twips(10 * MM) } }
      ),
      style(
        WORD_STYLES.heading3,
        'HoiNghi – Mục a',
        { size: halfPoints(14), bold: true, italics: true },
        { keepNext: true, spacing: { after: twips(6) }, indent: { firstLine: twips(10 * MM) } }
      ),
      style(WORD_STYLES.table, 'HoiNghi – Chữ trong bảng', { size: halfPoints(12) }),
      style(
        WORD_STYLES.tableHeader,
        'HoiNghi – Tiêu đề cột',
        { size: halfPoints(12), bold: true },
        { alignment: AlignmentType.CENTER }
      ),
      style(
        WORD_STYLES.header,
        'HoiNghi – Phần đầu văn bản',
        { size: halfPoints(13) },
        { alignment: AlignmentType.CENTER }
      ),
      style(
        WORD_STYLES.signer,
        'HoiNghi – Người ký',
        { size: halfPoints(14), bold: true },
        { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true }
      ),
      style(
        WORD_STYLES.recipientsLabel,
        'HoiNghi – Nơi nhận',
        { size: halfPoints(12), bold: true, italics: true },
        { keepNext: true }
      ),
      style(WORD_STYLES.recipients, 'HoiNghi – Danh sách nơi nhận', { size: halfPoints(11) }),
      style(
        WORD_STYLES.nameCard,
        'HoiNghi – Biển tên',
        { size: halfPoints(28), bold: true },
        { alignment: AlignmentType.CENTER }
      )
    ]
  }
}

/** Turns model blocks into Word paragraphs and tables. */
class WordBlocks {
  private cards = 0

  constructor(
    private readonly docx: typeof Docx,
    private readonly geometry: Geometry,
    private readonly measure: MeasureText
  ) {}

  block(block: DocumentBlock): Array<Docx.Paragraph | Docx.Table> {
    switch (block.type) {
      case 'header':
        return this.header(block)
      case 'title':
        return this.title(block.title, block.subject)
      case 'heading':
        return [this.paragraph(block.text, { style: headingStyle(block.level) })]
      case 'paragraph':
        return block.text
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) =>
            this.paragraph(line, {
              style: WORD_STYLES.body,
              bold: block.bold,
              italic: block.italic,
              align: block.align,
              size: block.size,
              noIndent: block.indent === false
            })
          )
      case 'table':
        return [this.table(block), this.spacer(6)]
      case 'signature':
        return [this.signature(block)]
      case 'page-break':
        return [new this.docx.Paragraph({ children: [new this.docx.PageBreak()] })]
      case 'name-card':
        return this.nameCard(block, this.cards++ === 0)
    }
  }

  private paragraph(
    text: string,
    options: {
      style: string
      bold?: boolean | undefined
      italic?: boolean | undefined
      align?: TextAlign | undefined
      size?: number | undefined
      noIndent?: boolean
      keepNext?: boolean
      spacing?: Docx.ISpacingProperties
      indent?: Docx.IIndentAttributesProperties
      border?: Docx.IBordersOptions
    }
  ): Docx.Paragraph {
    const { Paragraph } = this.docx
    return new Paragraph({
      style: options.style,
      children: this.runs(text, options),
      ...(options.align ? { alignment: this.alignment(options.align) } : {}),
      ...(options.noIndent ? { indent: { firstLine: 0 } } : {}),
      ...(options.indent ? { indent: options.indent } : {}),
      ...(options.keepNext ? { keepNext: true } : {}),
      ...(options.spacing ? { spacing: options.spacing } : {}),
      ...(options.border ? { border: options.border } : {})
    })
  }

  /** A line break the clerk typed stays a line break inside the paragraph. */
  private runs(
    text: string,
    options: { bold?: boolean | undefined; italic?: boolean | undefined; size?: number | undefined }
  ): Docx.TextRun[] {
    const { TextRun } = this.docx
    return text.split('\n').map(
      (line, index) =>
        new TextRun({
          text: line,
          ...(index > 0 ? { break: 1 } : {}),
          ...(options.bold !== undefined ? { bold: options.bold } : {}),
          ...(options.italic !== undefined ? { italics: options.italic } : {}),
          ...(options.size !== undefined ? { size: halfPoints(options.size) } : {})
        })
    )
  }

  private alignment(align: TextAlign): (typeof Docx.AlignmentType)[keyof typeof Docx.AlignmentType] {
    const { AlignmentType } = this.docx
    switch (align) {
      case 'left':
        return AlignmentType.LEFT
      case 'center':
        return AlignmentType.CENTER
      case 'right':
        return AlignmentType.RIGHT
      case 'justify':
        return AlignmentType.JUSTIFIED
    }
  }

  /** An empty paragraph `points` high: Word needs a paragraph after a table anyway. */
  private spacer(points: number): Docx.Paragraph {
    const { LineRuleType, Paragraph, TextRun } = this.docx
    return new Paragraph({
      spacing: { line: twips(points), lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: '', size: 2 })]
    })
  }

  /**
   * A centred rule `length` points long under the previous line: an empty paragraph whose bottom
   * border is narrowed by indents, which Word and LibreOffice both draw where it is put.
   */
  private rule(cellWidth: number, length: number): Docx.Paragraph {
    const { BorderStyle, LineRuleType, Paragraph, TextRun } = this.docx
    const side = Math.max(0, (cellWidth - length) / 2)
    return new Paragraph({
      indent: { left: twips(side), right: twips(side) },
      spacing: { line: twips(4), lineRule: LineRuleType.EXACT, after: twips(4) },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: [new TextRun({ text: '', size: 2 })]
    })
  }

  private noBorders(): Docx.ITableBordersOptions {
    const none = { style: this.docx.BorderStyle.NONE, size: 0, color: 'FFFFFF' }
    return {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none
    }
  }

  /** Decree 30's two-column header as a borderless table, the number and place-and-date in its second row. */
  private header(block: HeaderBlock): Docx.Table[] {
    const { Table, TableCell, TableLayoutType, TableRow, WidthType } = this.docx
    const width = this.geometry.width
    const leftWidth = Math.round(width * 0.4)
    const rightWidth = width - leftWidth
    const left: Docx.Paragraph[] = []
    if (block.governingBody.trim() !== '')
      left.push(this.paragraph(block.governingBody, { style: WORD_STYLES.header, size: 13 }))
    if (block.issuingBody.trim() !== '') {
      left.push(this.paragraph(block.issuingBody, { style: WORD_STYLES.header, bold: true, size: 13 }))
      const widest = Math.max(...block.issuingBody.split('\n').map((line) => this.measure(line, 'bold', 13)))
      left.push(this.rule(leftWidth, Math.max(40, widest / 3)))
    }
    if (left.length === 0) left.push(this.paragraph('', { style: WORD_STYLES.header }))
    const titleSize = this.measure(block.nationalTitle, 'bold', 13) <= rightWidth - 6 ? 13 : 12
    const right = [
      this.paragraph(block.nationalTitle, { style: WORD_STYLES.header, bold: true, size: titleSize }),
      this.paragraph(block.motto, { style: WORD_STYLES.header, bold: true, size: 14 }),
      this.rule(rightWidth, this.measure(block.motto, 'bold', 14))
    ]
    const cell = (children: Docx.Paragraph[], cellWidth: number): Docx.TableCell =>
      new TableCell({
        children,
        width: { size: twips(cellWidth), type: WidthType.DXA },
        margins: { left: 0, right: 0, top: 0, bottom: 0 }
      })
    const rows = [
      new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, rightWidth)] })
    ]
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [
              this.paragraph(block.numberLine ?? '', {
                style: WORD_STYLES.header,
                size: 13,
                spacing: { before: twips(6) }
              })
            ],
            leftWidth
          ),
          cell(
            [
              this.paragraph(block.dateLine, {
                style: WORD_STYLES.header,
                italic: true,
                size: 14,
                spacing: { before: twips(6) }
              })
            ],
            rightWidth
          )
        ]
      })
    )
    return [
      new Table({
        rows,
        columnWidths: [twips(leftWidth), twips(rightWidth)],
        width: { size: twips(width), type: WidthType.DXA },
        layout: TableLayoutType.FIXED,
        borders: this.noBorders()
      })
    ]
  }

  private title(title: string, subject: string): Docx.Paragraph[] {
    const out = [this.paragraph(title, { style: WORD_STYLES.title, spacing: { before: twips(14) } })]
    if (subject.trim() !== '') out.push(this.paragraph(subject, { style: WORD_STYLES.subject }))
    out.push(this.rule(this.geometry.width, Math.min(this.geometry.width / 3, 120)))
    out.push(this.spacer(10))
    return out
  }

  private columnWidths(columns: readonly ModelColumn[]): number[] {
    const total = columns.reduce((sum, column) => sum + column.weight, 0)
    return columns.map((column) => (column.weight / total) * this.geometry.width)
  }

  /**
   * A real Word table: fixed column widths, the header row repeated on every page, rows kept
   * whole except those the model lets break, group headings kept with their first row.
   */
  private table(block: TableBlock): Docx.Table {
    const { Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } = this.docx
    const widths = this.columnWidths(block.columns)
    const headerSize = block.headerSize ?? block.size
    const cellMargins = { left: twips(3), right: twips(3), top: twips(2), bottom: twips(2) }
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: block.columns.map(
        (column, index) =>
          new TableCell({
            width: { size: twips(widths[index] ?? 0), type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: cellMargins,
            children: [
              this.paragraph(column.header, {
                style: WORD_STYLES.tableHeader,
                size: headerSize,
                keepNext: true
              })
            ]
          })
      )
    })
    const rows = block.rows.map((row) => {
      if (row.type === 'group')
        return new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: block.columns.length,
              width: { size: twips(this.geometry.width), type: WidthType.DXA },
              margins: cellMargins,
              children: [
                this.paragraph(row.text, {
                  style: WORD_STYLES.table,
                  bold: true,
                  size: block.size,
                  keepNext: true
                })
              ]
            })
          ]
        })
      return new TableRow({
        cantSplit: row.mayBreak !== true,
        children: block.columns.map(
          (column, index) =>
            new TableCell({
              width: { size: twips(widths[index] ?? 0), type: WidthType.DXA },
              margins: cellMargins,
              children: (row.cells[index] ?? '').split('\n').map((line) =>
                this.paragraph(line, {
                  style: WORD_STYLES.table,
                  size: block.size,
                  bold: row.bold,
                  align: column.align ?? 'left'
                })
              )
            })
        )
      })
    })
    return new Table({
      rows: [header, ...rows],
      columnWidths: widths.map(twips),
      width: { size: twips(this.geometry.width), type: WidthType.DXA },
      layout: TableLayoutType.FIXED
    })
  }

  /** "Nơi nhận" on the left, signer's title and name on the right, never split across pages. */
  private signature(block: SignatureBlock): Docx.Table {
    const { Table, TableCell, TableLayoutType, TableRow, WidthType } = this.docx
    const width = this.geometry.width
    const leftWidth = width * 0.45
    const rightWidth = width - leftWidth
    const left = [
      this.paragraph(block.recipientsLabel, { style: WORD_STYLES.recipientsLabel, keepNext: true }),
      ...block.recipients.map((line) =>
        this.paragraph(line, { style: WORD_STYLES.recipients, keepNext: true })
      )
    ]
    const right = [
      this.paragraph(block.signerTitle, { style: WORD_STYLES.signer }),
      // Room for the signature and the seal, as the PDF leaves it.
      this.paragraph('', { style: WORD_STYLES.signer, spacing: { before: twips(80) } }),
      this.paragraph(block.signerName, { style: WORD_STYLES.signer })
    ]
    const cell = (children: Docx.Paragraph[], cellWidth: number): Docx.TableCell =>
      new TableCell({
        children,
        width: { size: twips(cellWidth), type: WidthType.DXA },
        margins: { left: 0, right: 0, top: twips(10), bottom: 0 }
      })
    return new Table({
      rows: [new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, rightWidth)] })],
      columnWidths: [twips(leftWidth), twips(rightWidth)],
      width: { size: twips(width), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: this.noBorders()
    })
  }

  /**
   * A name card's front half: the lower half of a landscape sheet, folded along the middle. Word
   * cannot turn text upside down without text boxes, so the back half is left for the PDF.
   */
  private nameCard(block: NameCardBlock, first: boolean): Docx.Paragraph[] {
    const { Paragraph } = this.docx
    const half = this.geometry.pageHeight / 2
    return block.lines.map(
      (line, index) =>
        new Paragraph({
          style: WORD_STYLES.nameCard,
          children: this.runs(line.text, { bold: line.bold, size: line.size }),
          ...(index === 0 ? { pageBreakBefore: !first, spacing: { before: twips(half + 36) } } : {})
        })
    )
  }
}

function headingStyle(level: 1 | 2 | 3): string {
  return level === 1 ? WORD_STYLES.heading1 : level === 2 ? WORD_STYLES.heading2 : WORD_STYLES.heading3
}

import PDFDocument from 'pdfkit'
import type { FontFace } from './fonts'

/*
 * Why this module exists: pdfkit parses a TrueType font again for every PDFDocument it is used in
 * (`PDFFontFactory.open` → `fontkit.create(buffer)`), and fontkit then decodes the cmap, glyph
 * metrics and the GSUB/GPOS lookups anew on first layout. For a 1,200-row list that was about a
 * third of each run. The parsed fontkit font is immutable for our purposes (pdfkit keeps the
 * per-document state — subset, widths, ToUnicode map, layout cache — on its EmbeddedFont wrapper),
 * so one parsed font per face per process is shared by every document.
 *
 * pdfkit 0.17 internals this relies on (checked at run time; anything unexpected falls back to
 * plain `registerFont`, which is slower but prints the same):
 * - `doc.font(buffer)` leaves the wrapper in `doc._font`; the wrapper is an `EmbeddedFont` whose
 *   `.font` is the fontkit font and whose constructor is `new EmbeddedFont(document, fontkitFont, id)`.
 * - `doc.font(name)` for a registered name looks in `doc._fontFamilies[name]` before opening anything.
 * - Font ids are `F${++doc._fontCount}`; `doc.end()` finalises (embeds) every wrapper in
 *   `_fontFamilies` that a page referenced, and skips the ones never used.
 * - fontkit keeps Glyph objects in `font._glyphs` with the code points of the first request, and
 *   the subset writer requests composite components with none. pdfkit builds the ToUnicode map from
 *   those code points, so a cache filled by an earlier document made "Đơn vị" extract as "Đ n vị".
 *   Each document therefore starts with an empty glyph cache, as a freshly parsed font would. That is
 *   sound because a document is drawn and ended (embedded) in one synchronous run — renderDocument
 *   awaits nothing between createWriter and pdf.end() — so two documents never interleave.
 * - Each EmbeddedFont memoises the shaped run of every word in `layoutCache` (text → glyphs and
 *   positions, never modified after shaping). Shaping a word through GSUB/GPOS costs ~25 µs and a
 *   conference's documents repeat the same names, ranks and units (the list, 90 venue sheets, the
 *   preview then the saved file), so the wrappers of one face share one memo per process — as a
 *   browser keeps its word-shape cache across pages. It is bounded: past MAX_SHAPED words a face
 *   starts a new memo. (A glyph can then carry the code points of an earlier document's layout;
 *   pdfkit's ToUnicode map takes the first code points it meets for a glyph either way.)
 * tests/pdf/fontCache.test.ts fails if a pdfkit upgrade changes any of this.
 */

/** Words per face kept shaped across documents: a 10,000-delegate conference has ~3,000. */
const MAX_SHAPED = 20_000

/** The parts of pdfkit's EmbeddedFont this engine touches (here and in contentOps.ts). */
export interface FontWrapper {
  font: object
  /** The resource name on the page ("F2"). */
  id: string
  /** In 1/1000 em. */
  ascender: number
  widthOfString(text: string, size: number): number
  /** Glyph ids as 4-digit hex and their positions in 1/1000 em; records the glyphs for the subset. */
  encode(text: string): [string[], GlyphPosition[]]
  ref(): object
}

export interface GlyphPosition {
  xAdvance: number
  xOffset: number
  yOffset: number
  advanceWidth: number
}

export type FontWrappers = Record<FontFace, FontWrapper>

type WrapperClass = new (document: PDFKit.PDFDocument, font: object, id: string) => FontWrapper

interface ParsedFace {
  Wrapper: WrapperClass
  font: { _glyphs: object }
  /** Shaped words shared by this face's wrappers in every document. */
  shaped: Record<string, unknown>
}

interface FontInternals {
  _font: unknown
  _fontFamilies: Record<string, unknown>
  _fontCount: number
}

function hasFontInternals(doc: object): doc is FontInternals {
  const fields = doc as Partial<Record<keyof FontInternals, unknown>>
  return (
    typeof fields._fontFamilies === 'object' &&
    fields._fontFamilies !== null &&
    typeof fields._fontCount === 'number' &&
    '_font' in doc
  )
}

function isWrapper(value: unknown): value is FontWrapper {
  if (typeof value !== 'object' || value === null) return false
  const wrapper = value as Partial<Record<keyof FontWrapper | 'embed', unknown>>
  const font = wrapper.font as
    { createSubset?: unknown; layout?: unknown; _glyphs?: unknown } | null | undefined
  return (
    typeof wrapper.id === 'string' &&
    typeof wrapper.ascender === 'number' &&
    typeof wrapper.widthOfString === 'function' &&
    typeof wrapper.encode === 'function' &&
    typeof wrapper.ref === 'function' &&
    typeof wrapper.embed === 'function' &&
    typeof font === 'object' &&
    font !== null &&
    typeof font.createSubset === 'function' &&
    typeof font.layout === 'function' &&
    typeof font._glyphs === 'object' &&
    font._glyphs !== null
  )
}

function newMemo(): Record<string, unknown> {
  // pdfkit's own memo is a prototype-less object; a word like "constructor" must not hit Object.prototype.
  return Object.create(null) as Record<string, unknown>
}

function hasLayoutCache(wrapper: object): wrapper is { layoutCache: Record<string, unknown> } {
  const memo = (wrapper as { layoutCache?: unknown }).layoutCache
  return typeof memo === 'object' && memo !== null
}

/** Keyed by the buffer read once per process in fonts.ts, so a different fonts folder gets its own parse. */
const parsed = new WeakMap<Buffer, ParsedFace | null>()

/** Opens a face once through pdfkit itself, so the font object is exactly what pdfkit would build. */
function parseFace(buffer: Buffer): ParsedFace | null {
  if (parsed.has(buffer)) return parsed.get(buffer) ?? null
  let face: ParsedFace | null = null
  try {
    const probe = new PDFDocument({ autoFirstPage: false })
    probe.font(buffer)
    const wrapper: unknown = hasFontInternals(probe) ? probe._font : null
    if (isWrapper(wrapper)) {
      const Wrapper = wrapper.constructor as WrapperClass
      face = { Wrapper, font: wrapper.font as ParsedFace['font'], shaped: newMemo() }
    }
  } catch {
    face = null
  }
  parsed.set(buffer, face)
  return face
}

/** pdfkit numbers its fonts in order of first use; registering in the usual order of use keeps the same names. */
const FACE_ORDER: readonly FontFace[] = ['regular', 'bold', 'italic', 'boldItalic']

/**
 * Registers the four faces on `pdf` under their engine names, reusing fonts parsed by earlier
 * documents, and returns this document's font wrappers. Returns null when pdfkit's internals are
 * not as expected; the faces are then registered the ordinary way and pdfkit parses them itself.
 */
export function registerCachedFonts(
  pdf: PDFKit.PDFDocument,
  fonts: Record<FontFace, Buffer>
): FontWrappers | null {
  // Ordinary registration first: whatever happens below, pdfkit can still find every face by name.
  for (const face of FACE_ORDER) pdf.registerFont(face, fonts[face])
  if (!hasFontInternals(pdf)) return null
  const parsedFaces = FACE_ORDER.map((face) => parseFace(fonts[face]))
  if (parsedFaces.some((parsedFace) => parsedFace === null)) return null
  const wrappers: Partial<FontWrappers> = {}
  for (const [index, face] of FACE_ORDER.entries()) {
    const parsedFace = parsedFaces[index]
    if (!parsedFace) return null
    parsedFace.font._glyphs = {}
    const wrapper = new parsedFace.Wrapper(pdf, parsedFace.font, `F${pdf._fontCount + 1}`)
    if (!isWrapper(wrapper) || wrapper.font !== parsedFace.font) return null
    wrappers[face] = wrapper
  }
  const { regular, bold, italic, boldItalic } = wrappers
  if (!regular || !bold || !italic || !boldItalic) return null
  // Only now touch the document, so a failed check above leaves it exactly as pdfkit made it.
  for (const face of FACE_ORDER) {
    const wrapper = wrappers[face]
    if (!wrapper) return null
    wrapper.id = `F${++pdf._fontCount}`
    const parsedFace = parsedFaces[FACE_ORDER.indexOf(face)]
    if (parsedFace && hasLayoutCache(wrapper)) {
      if (Object.keys(parsedFace.shaped).length > MAX_SHAPED) parsedFace.shaped = newMemo()
      wrapper.layoutCache = parsedFace.shaped
    }
    pdf._fontFamilies[face] = wrapper
  }
  return { regular, bold, italic, boldItalic }
}

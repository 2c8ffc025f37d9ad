import { removeInvisibleCharacters, removeUnsafeCharacters } from './unsafeCharacters'

/**
 * Text made only of characters NFC never changes: Latin with Vietnamese precomposed letters
 * (U+0000–02FF, U+1E00–1EFF), dashes, quotes and currency signs such as ₫, and none of the
 * control or invisible characters. Anything else (combining marks, CJK compatibility ideographs,
 * other scripts, DEL, C1, the soft hyphen, zero-width and bidi marks) takes the slow path.
 * The check lets the common, clean string skip the costly call: a 5,000-delegate save walks
 * ~65,000 strings.
 */
const NFC_STABLE =
  /^[\t\n\r\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*$/
/** Leading or trailing blanks, doubled blanks, or any blank other than a plain space (tab, NBSP, U+2028 …). */
const UNTIDY_SPACE = /^\s|\s$|\s\s|[^\S ]/
const UNTIDY_MULTILINE = /^\s|\s$|[^\S \n]|\s\n|\n\s| {2}|\n{3}/

/** NFC without control characters or lone surrogates; `invisible` also drops zero-width and bidi marks. */
function toNfc(value: string, invisible = false): string {
  if (NFC_STABLE.test(value)) return value
  // Removed before composing: a joiner between a letter and its mark would keep them apart.
  const clean = removeUnsafeCharacters(value)
  return (invisible ? removeInvisibleCharacters(clean) : clean).normalize('NFC')
}

/**
 * Text as the store keeps it: Unicode NFC (pdfkit misplaces tone marks on decomposed text),
 * no leading or trailing blanks, and no runs of spaces that a paste from Word leaves behind.
 */
export function normalizeText(value: string): string {
  // One-line fields are names, units, titles: a zero-width or bidi mark there only makes two
  // equal names differ (and defeats the duplicate finder), so it goes.
  const nfc = toNfc(value, true)
  return UNTIDY_SPACE.test(nfc) ? nfc.replace(/[\s\u00a0]+/g, ' ').trim() : nfc
}

/** Like normalizeText, but keeps line breaks for paragraphs (outline text, notes, achievements). */
export function normalizeMultilineText(value: string): string {
  const nfc = toNfc(value)
  if (!UNTIDY_MULTILINE.test(nfc)) return nfc
  return nfc
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

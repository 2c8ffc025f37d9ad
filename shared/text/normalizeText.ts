/**
 * Text as the store keeps it: Unicode NFC (pdfkit misplaces tone marks on decomposed text),
 * no leading or trailing blanks, and no runs of spaces that a paste from Word leaves behind.
 */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim()
}

/** Like normalizeText, but keeps line breaks for paragraphs (outline text, notes, achievements). */
export function normalizeMultilineText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

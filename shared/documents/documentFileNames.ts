/**
 * File names are ASCII so they survive zip tools, USB sticks formatted FAT32 and e-mail
 * gateways that mangle Vietnamese names; the document itself keeps every diacritic.
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFC')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
  return slug === '' ? 'khong-ten' : slug
}

/** "01", "02" … so the files sort in venue order in any file manager. */
export function twoDigits(index: number): string {
  return String(index).padStart(2, '0')
}

/** venues/NN-<slug>.pdf, NN counted from 1 in venue order. */
export function venueSheetFileName(position: number, venueName: string): string {
  return `venues/${twoDigits(position)}-${slugify(venueName)}.pdf`
}

export function outlineFileName(position: number): string {
  return `outline-${twoDigits(position)}.pdf`
}

/** The Word file beside a PDF: the same base name, `.docx` ("venues/01-nghe-an.docx"). */
export function wordFileName(pdfFileName: string): string {
  return pdfFileName.replace(/\.pdf$/i, '') + '.docx'
}

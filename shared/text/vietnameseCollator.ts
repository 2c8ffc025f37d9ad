/**
 * Vietnamese alphabetical order: a ă â b c d đ e ê … with tones after the bare letter and case
 * ignored. Code-point order is wrong (it puts "Ánh" after "Yến"); ICU's 'vi' tailoring is right.
 * sensitivity 'accent' keeps letters with diacritics and tones apart (An < Ánh < Ân) while
 * treating "an" and "An" as equal; numeric makes "Quân khu 4" sort before "Quân khu 10".
 * One collator is built and reused: constructing one per comparison is ~100× slower.
 */
const collator = new Intl.Collator('vi', { sensitivity: 'accent', numeric: true })

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a.normalize('NFC'), b.normalize('NFC'))
}

/** For callers that have already normalised to NFC and sort large lists. */
export const compareVietnameseNfc: (a: string, b: string) => number = collator.compare

/**
 * Vietnamese writes the tone of an open "oa", "oe" or "uy" in two accepted places: the older
 * style on the second vowel ("hoà", "khoẻ", "thuỷ"), the newer on the first ("hòa", "khỏe",
 * "thủy"). Both spell the same name, so names are compared with the tone moved to one place (the
 * second vowel). Only at the end of a syllable: before a final consonant both styles agree
 * ("hoàng", "thuyết"); and after "q" the "u" belongs to the consonant ("quý").
 */
const TONE = '[\u0300\u0301\u0303\u0309\u0323]'
const AT_SYLLABLE_END = '(?![\\p{L}\\p{M}])'
const TONE_ON_FIRST_VOWEL = new RegExp(
  `(?<!q)(o)(${TONE})([ae])${AT_SYLLABLE_END}|(?<!q)(u)(${TONE})(y)${AT_SYLLABLE_END}`,
  'giu'
)

export function canonicalTonePlacement(value: string): string {
  return value
    .normalize('NFD')
    .replace(TONE_ON_FIRST_VOWEL, (...groups: (string | undefined)[]) =>
      groups[1] !== undefined
        ? `${groups[1]}${groups[3] ?? ''}${groups[2] ?? ''}`
        : `${groups[4] ?? ''}${groups[6] ?? ''}${groups[5] ?? ''}`
    )
    .normalize('NFC')
}

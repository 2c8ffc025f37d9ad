const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/

/** The vowel groups Vietnamese writes; "ou", "aư", "eoe" and the like come only from a wrong table. */
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu iê oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê ' +
    'iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu'
  ).split(' ')
)
/** Groups that end in a glide take no final consonant ("eon" is not a syllable). */
const OPEN_ONLY = /^(?!oo$|uy$).*[iouy]$|^(ia|ua|ưa)$/

/**
 * Whether a word can be one Vietnamese syllable: an initial, one to three vowels, a final, at most
 * one tone. Text decoded with the wrong legacy table breaks this rule in most words, which is how
 * the encoding is told apart.
 */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD')
  const tones = decomposed.match(TONES)
  if (tones !== null && tones.length > 1) return false
  const match = SYLLABLE.exec(decomposed.replace(TONES, '').normalize('NFC'))
  if (!match) return false
  const nucleus = match[2] ?? ''
  const final = match[3] ?? ''
  if (!NUCLEI.has(nucleus)) return false
  return final === '' || nucleus.length === 1 || !OPEN_ONLY.test(nucleus)
}

// Splits on blanks, digits and ASCII punctuation only: stray legacy symbols (§, ¸, ·) stay inside
// the word and spoil it, as they should.
const SEPARATORS = /[\s\d!-/:-@[-`{-~]+/

export interface VietnameseScore {
  /** Words with a non-ASCII character that read as Vietnamese, minus those that do not. */
  score: number
  /** Words with a non-ASCII character. */
  words: number
}

export function scoreVietnamese(text: string): VietnameseScore {
  let score = 0
  let words = 0
  for (const word of text.split(SEPARATORS)) {
    if (!/\P{ASCII}/u.test(word)) continue
    words++
    score += isVietnameseSyllable(word) ? 1 : -1
  }
  return { score, words }
}

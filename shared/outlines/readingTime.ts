import type { Outline, OutlineSection } from '../model/conference'
import { walkSections } from './walkSections'

/** Words as a speaker reads them: any run of characters holding a letter or digit ("20.629" is one). */
export function countWords(text: string): number {
  let count = 0
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++
  return count
}

/** Words of one section without its subsections (walkSections visits those). */
function ownWords(section: OutlineSection): number {
  let words = countWords(section.heading) + countWords(section.text)
  for (const figure of section.figures) words += countWords(`${figure.label} ${figure.value} ${figure.unit}`)
  return words
}

/**
 * How long the outline takes to read aloud. Vietnamese official speeches run about 110–130 words
 * a minute; the default is the middle and the range is ±10 words a minute around the rate given.
 * Minutes are rounded up: a speaker given 11 minutes for 11.2 minutes of text overruns.
 */
export function estimateReadingMinutes(
  outline: Pick<Outline, 'sections' | 'title'>,
  wordsPerMinute = 120
): { words: number; minutes: number; minMinutes: number; maxMinutes: number } {
  const rate = Math.max(20, wordsPerMinute)
  let words = countWords(outline.title)
  for (const { section } of walkSections(outline.sections)) words += ownWords(section)
  const at = (wpm: number) => Math.ceil(words / wpm)
  return { words, minutes: at(rate), minMinutes: at(rate + 10), maxMinutes: at(rate - 10) }
}

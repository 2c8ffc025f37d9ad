import type { OutlineSection } from '../model/conference'
import { walkSections } from './walkSections'

export interface NumberedSection {
  id: string
  /** "I", "1", "a" or "-" without punctuation; see sectionLabel for how documents print it. */
  number: string
  depth: number
  section: OutlineSection
  /** Child indices from the top ([1, 0] = first child of the second top-level section). */
  path: number[]
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I']
]

/** Roman numeral of 1–3999; '' for anything else (there is no zero or negative part I). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return ''
  let rest = n
  let out = ''
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol
      rest -= value
    }
  }
  return out
}

/**
 * Points of a Vietnamese administrative text use the Vietnamese alphabet (Decree 30/2020:
 * a, b, c, d, đ, e, g …), which has no f, j, w, z. Past y, letters double (aa, bb …).
 */
const POINT_LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y'
]

export function toPointLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) return ''
  const letter = POINT_LETTERS[(n - 1) % POINT_LETTERS.length] ?? ''
  return letter.repeat(Math.floor((n - 1) / POINT_LETTERS.length) + 1)
}

function numberAt(depth: number, position: number): string {
  if (depth === 0) return toRoman(position)
  if (depth === 1) return String(position)
  if (depth === 2) return toPointLetter(position)
  return '-'
}

/** Every section in reading order (pre-order) with its number: I, 1, a, then dashes below. */
export function numberSections(sections: readonly OutlineSection[]): NumberedSection[] {
  const out: NumberedSection[] = []
  const paths = new Map<OutlineSection, number[]>()
  for (const visit of walkSections(sections)) {
    const { section, depth, index, parent } = visit
    const path = [...((parent && paths.get(parent.section)) ?? []), index]
    paths.set(section, path)
    out.push({ id: section.id, number: numberAt(depth, index + 1), depth, section, path })
  }
  return out
}

/** The number as printed before a heading: "I.", "1.", "a)", "-". */
export function sectionLabel(numbered: Pick<NumberedSection, 'number' | 'depth'>): string {
  if (numbered.depth <= 1) return `${numbered.number}.`
  if (numbered.depth === 2) return `${numbered.number})`
  return '-'
}

import type { OutlineSection } from '../model/conference'

/** A section for tests: s('i', 'Kết quả đạt được', [children]). */
export function s(id: string, heading = id, children: OutlineSection[] = [], text = ''): OutlineSection {
  return { id, heading, text, figures: [], children }
}

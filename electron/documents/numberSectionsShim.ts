import type { OutlineSection } from '../../shared/model/conference'
export function numberSections(sections: OutlineSection[]) {
  const out: { id: string; number: string; depth: number; section: OutlineSection; path: string[] }[] = []
  const walk = (list: OutlineSection[], depth: number, path: string[]) => list.forEach((s, i) => { const n = depth === 0 ? ['I','II','III','IV','V'][i] ?? String(i+1) : depth === 1 ? String(i + 1) : String.fromCharCode(97 + i); out.push({ id: s.id, number: n, depth, section: s, path: [...path, n] }); walk(s.children, depth + 1, [...path, n]) })
  walk(sections, 0, [])
  return out
}

import type { OutlineSection } from '../model/conference'

/**
 * Tree walks without recursion: the schema caps an outline at MAX_OUTLINE_DEPTH levels, but a
 * walk must not depend on that to keep its stack (a 1,000-deep file crashed with "Maximum call
 * stack size exceeded" before any check could name it).
 */

export interface VisitedSection {
  section: OutlineSection
  /** 0 at the top level. */
  depth: number
  /** Position among its siblings. */
  index: number
  parentId: string | null
  /** The visit of its parent (null at the top level): paths are built from these, never copied per level. */
  parent: VisitedSection | null
}

/** Every section in reading order (pre-order), with its depth, place and parent. */
export function* walkSections(sections: readonly OutlineSection[]): Generator<VisitedSection> {
  const stack: VisitedSection[] = []
  const pushChildren = (list: readonly OutlineSection[], parent: VisitedSection | null) => {
    for (let index = list.length - 1; index >= 0; index--) {
      const section = list[index]
      if (section)
        stack.push({
          section,
          depth: parent ? parent.depth + 1 : 0,
          index,
          parentId: parent?.section.id ?? null,
          parent
        })
    }
  }
  pushChildren(sections, null)
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    yield visit
    pushChildren(visit.section.children, visit)
  }
}

/**
 * The tree rebuilt bottom-up: `change` sees each section with its children already rebuilt and
 * returns it, a changed copy, or null to leave it out. Every section is a new object.
 */
export function rebuildSections(
  sections: readonly OutlineSection[],
  change: (section: OutlineSection) => OutlineSection | null
): OutlineSection[] {
  interface Frame {
    list: readonly OutlineSection[]
    next: number
    out: OutlineSection[]
    section: OutlineSection | null
  }
  const root: Frame = { list: sections, next: 0, out: [], section: null }
  const stack: Frame[] = [root]
  for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
    const child = frame.list[frame.next]
    if (frame.next < frame.list.length) {
      frame.next++
      if (child) stack.push({ list: child.children, next: 0, out: [], section: child })
      continue
    }
    stack.pop()
    const parent = stack.at(-1)
    if (!parent || !frame.section) break
    const changed = change({ ...frame.section, children: frame.out })
    if (changed) parent.out.push(changed)
  }
  return root.out
}

import { AppError } from '../errors/appError'
import type { OutlineSection } from '../model/conference'
import { rebuildSections, walkSections } from './walkSections'

/**
 * Pure edits of an outline's section tree by id. Every function returns a new tree and never
 * changes its input, so the renderer can keep the previous tree for undo.
 */

export interface SectionLocation {
  parentId: string | null
  index: number
  section: OutlineSection
}

export function locateSection(
  sections: readonly OutlineSection[],
  id: string,
  parentId: string | null = null
): SectionLocation | null {
  for (const visit of walkSections(sections))
    if (visit.section.id === id)
      return { parentId: visit.parentId ?? parentId, index: visit.index, section: visit.section }
  return null
}

export function findSection(sections: readonly OutlineSection[], id: string): OutlineSection | null {
  return locateSection(sections, id)?.section ?? null
}

export type SectionPatch = Partial<Omit<OutlineSection, 'id'>>

/** The tree with the section's fields replaced by the patch; unchanged if the id is not there. */
export function updateSection(
  sections: readonly OutlineSection[],
  id: string,
  patch: SectionPatch
): OutlineSection[] {
  return rebuildSections(sections, (section) => (section.id === id ? { ...section, ...patch } : section))
}

function notFound(id: string): AppError {
  return new AppError({
    code: 'not-found',
    message: `Không tìm thấy mục "${id}" trong đề cương.`,
    field: 'sections'
  })
}

/** Inserts under parentId (null: top level) at index, clamped to the ends of the list. */
export function insertSection(
  sections: readonly OutlineSection[],
  parentId: string | null,
  index: number,
  section: OutlineSection
): OutlineSection[] {
  const insertInto = (list: readonly OutlineSection[]) => {
    const copy = [...list]
    copy.splice(Math.min(Math.max(Math.trunc(index), 0), copy.length), 0, section)
    return copy
  }
  if (parentId === null) return insertInto(sections)
  if (!findSection(sections, parentId)) throw notFound(parentId)
  return rebuildSections(sections, (item) =>
    item.id === parentId ? { ...item, children: insertInto(item.children) } : item
  )
}

/** The tree without the section (and its subsections); unchanged if the id is not there. */
export function removeSection(sections: readonly OutlineSection[], id: string): OutlineSection[] {
  return rebuildSections(sections, (section) => (section.id === id ? null : section))
}

function containsId(section: OutlineSection, id: string): boolean {
  if (section.id === id) return true
  for (const visit of walkSections(section.children)) if (visit.section.id === id) return true
  return false
}

/**
 * Moves a section with its subsections under newParentId (null: top level) at newIndex, counted
 * in the target list after the section has been taken out. Refuses a move into the section itself
 * or one of its own subsections, which would cut the branch off the tree.
 */
export function moveSection(
  sections: readonly OutlineSection[],
  id: string,
  newParentId: string | null,
  newIndex: number
): OutlineSection[] {
  const location = locateSection(sections, id)
  if (!location) throw notFound(id)
  if (newParentId !== null && containsId(location.section, newParentId)) {
    throw new AppError({
      code: 'invalid-input',
      message: `Không thể chuyển mục "${location.section.heading || id}" vào chính nó hoặc vào mục con của nó.`,
      field: 'sections'
    })
  }
  return insertSection(removeSection(sections, id), newParentId, newIndex, location.section)
}

/** Tab: the section becomes the last subsection of the sibling above it; unchanged when there is none. */
export function indentSection(sections: readonly OutlineSection[], id: string): OutlineSection[] {
  const location = locateSection(sections, id)
  if (!location || location.index === 0) return [...sections]
  const siblings =
    location.parentId === null ? sections : (findSection(sections, location.parentId)?.children ?? [])
  const previous = siblings[location.index - 1]
  if (!previous) return [...sections]
  return moveSection(sections, id, previous.id, previous.children.length)
}

/** Shift+Tab: the section moves out to sit right after its parent; unchanged at the top level. */
export function outdentSection(sections: readonly OutlineSection[], id: string): OutlineSection[] {
  const location = locateSection(sections, id)
  if (!location || location.parentId === null) return [...sections]
  const parent = locateSection(sections, location.parentId)
  if (!parent) return [...sections]
  return moveSection(sections, id, parent.parentId, parent.index + 1)
}

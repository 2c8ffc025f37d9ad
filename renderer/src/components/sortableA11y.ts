import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'

export interface SortableA11y {
  announcements: Announcements
  screenReaderInstructions: ScreenReaderInstructions
}

/**
 * dnd-kit speaks English by default ("To pick up a draggable item…"); these give screen-reader
 * users the same instructions and announcements in the clerk's language. `nameOf` turns a dragged
 * id into what the row is called; without a name the row is "mục N".
 */
export function sortableA11y(
  t: TFunction,
  nameOf: (id: string) => string,
  positionOf: (id: string) => number
): SortableA11y {
  const position = (id: string | number) => positionOf(String(id)) + 1
  const name = (id: string | number) => nameOf(String(id)) || t('dnd.item', { position: position(id) })
  return {
    screenReaderInstructions: { draggable: t('dnd.instructions') },
    announcements: {
      onDragStart: ({ active }) => t('dnd.picked', { name: name(active.id), position: position(active.id) }),
      onDragOver: ({ active, over }) =>
        over ? t('dnd.over', { name: name(active.id), position: position(over.id) }) : undefined,
      onDragEnd: ({ active, over }) =>
        over ? t('dnd.dropped', { name: name(active.id), position: position(over.id) }) : undefined,
      onDragCancel: ({ active }) => t('dnd.cancelled', { name: name(active.id) })
    }
  }
}

/** The same, with the interface language's strings; re-rendered when the language changes. */
export function useSortableA11y(
  nameOf: (id: string) => string,
  positionOf: (id: string) => number
): SortableA11y {
  const { t } = useTranslation('common')
  return sortableA11y(t, nameOf, positionOf)
}

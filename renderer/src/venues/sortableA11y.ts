import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import type { TFunction } from 'i18next'

/**
 * dnd-kit speaks English by default; these give screen-reader users the same instructions in
 * the clerk's language. `nameOf` turns a dragged id into the row's name.
 */
export function sortableA11y(
  t: TFunction<'venues'>,
  nameOf: (id: string) => string,
  positionOf: (id: string) => number
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const name = (id: string | number) => nameOf(String(id))
  const position = (id: string | number) => positionOf(String(id)) + 1
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

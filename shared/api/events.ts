import { z } from 'zod'

/** Messages the main side pushes to the window. Declared once, like the channels. */
export const events = {
  /** Menu and shortcut commands handled by the renderer (undo, redo, new conference…). */
  'menu:command': z.object({
    command: z.enum(['new', 'open-external', 'undo', 'redo', 'save-copy', 'language-vi', 'language-en'])
  }),
  /** Progress of long work such as printing every document. */
  'task:progress': z.object({
    taskId: z.string(),
    done: z.number().int(),
    total: z.number().int(),
    label: z.string()
  })
} as const

export type EventName = keyof typeof events
export type EventPayload<N extends EventName> = z.infer<(typeof events)[N]>
export const eventNames = Object.keys(events) as EventName[]

import { z } from 'zod'
import { channel } from './channel'

export const languages = ['vi', 'en'] as const
export type Language = (typeof languages)[number]

export const uiSettingsSchema = z.object({ language: z.enum(languages) })
export type UiSettings = z.infer<typeof uiSettingsSchema>

export const appInfoSchema = z.object({ version: z.string(), dataDir: z.string(), platform: z.string() })

export const settingsChannels = {
  'app:info': channel(z.object({}), appInfoSchema),
  'settings:get': channel(z.object({}), uiSettingsSchema),
  'settings:set': channel(uiSettingsSchema.partial(), uiSettingsSchema)
} as const

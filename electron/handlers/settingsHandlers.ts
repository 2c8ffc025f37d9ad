import type { HandlerMap } from '../api/handlers'

export const settingsHandlers: HandlerMap<'app:info' | 'settings:get' | 'settings:set'> = {
  'app:info': async (_input, ctx) => ({
    version: ctx.appVersion,
    dataDir: ctx.dataDir,
    platform: ctx.platform
  }),
  'settings:get': async (_input, ctx) => ({ language: ctx.settings.data.language }),
  'settings:set': async (input, ctx) => {
    const next = await ctx.settings.update(input.language ? { language: input.language } : {})
    return { language: next.language }
  }
}

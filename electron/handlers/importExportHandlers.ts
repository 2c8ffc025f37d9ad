import type { HandlerMap } from '../api/handlers'

/** Handlers for the channels in shared/api/importExportChannels.ts. */
export const importExportHandlers: HandlerMap<never> = {}

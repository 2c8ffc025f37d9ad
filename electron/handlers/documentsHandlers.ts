import type { HandlerMap } from '../api/handlers'

/** Handlers for the channels in shared/api/documentsChannels.ts. */
export const documentsHandlers: HandlerMap<never> = {}

import type { HandlerMap } from '../api/handlers'

/** Handlers for the channels in shared/api/safetyChannels.ts. */
export const safetyHandlers: HandlerMap<never> = {}

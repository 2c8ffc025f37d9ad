import type { HandlerMap } from '../api/handlers'
import { collectHandlers } from './collectHandlers'
import { conferenceHandlers } from './conferenceHandlers'
import { documentsHandlers } from './documentsHandlers'
import { importExportHandlers } from './importExportHandlers'
import { recoveryHandlers } from './recoveryHandlers'
import { safetyHandlers } from './safetyHandlers'
import { settingsHandlers } from './settingsHandlers'
import { shipHandlers } from './shipHandlers'

/** Every channel's handler; the type fails to compile if a declared channel has none. */
export const allHandlers: HandlerMap = {
  ...settingsHandlers,
  ...conferenceHandlers,
  ...importExportHandlers,
  ...documentsHandlers,
  ...safetyHandlers,
  ...collectHandlers,
  ...shipHandlers,
  ...recoveryHandlers
}

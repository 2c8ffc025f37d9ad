import type { z } from 'zod'
import type { Envelope } from './channel'
import { collectChannels } from './collectChannels'
import { conferenceChannels } from './conferenceChannels'
import { documentsChannels } from './documentsChannels'
import type { EventName, EventPayload } from './events'
import { importExportChannels } from './importExportChannels'
import { recoveryChannels } from './recoveryChannels'
import { safetyChannels } from './safetyChannels'
import { settingsChannels } from './settingsChannels'
import { shipChannels } from './shipChannels'

/** Every operation the renderer may ask of the main side. Nothing else crosses the bridge. */
export const channels = {
  ...settingsChannels,
  ...conferenceChannels,
  ...importExportChannels,
  ...documentsChannels,
  ...safetyChannels,
  ...collectChannels,
  ...shipChannels,
  ...recoveryChannels
} as const

export type Channels = typeof channels
export type ChannelName = keyof Channels
export type ChannelInput<N extends ChannelName> = z.input<Channels[N]['input']>
export type ChannelOutput<N extends ChannelName> = z.output<Channels[N]['output']>
export const channelNames = Object.keys(channels) as ChannelName[]

/** The object the preload exposes as window.api (and the test transport imitates). */
export interface HoiNghiApi {
  invoke<N extends ChannelName>(name: N, input: ChannelInput<N>): Promise<Envelope<ChannelOutput<N>>>
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

import type { z } from 'zod'
import type { ChannelName, ChannelOutput, Channels } from '../../shared/api/channels'
import type { HandlerContext } from './handlerContext'

/** Input after zod has parsed it (defaults applied, text checked). */
export type ParsedInput<N extends ChannelName> = z.output<Channels[N]['input']>

export type Handler<N extends ChannelName> = (
  input: ParsedInput<N>,
  ctx: HandlerContext
) => Promise<ChannelOutput<N>>

/** A set of handlers for some channels; the full map must cover every channel. */
export type HandlerMap<N extends ChannelName = ChannelName> = { [K in N]: Handler<K> }

import { channels, type ChannelName } from '../../shared/api/channels'
import type { Envelope } from '../../shared/api/channel'
import { AppError } from '../../shared/errors/appError'
import type { HandlerContext } from './handlerContext'
import type { HandlerMap } from './handlers'

export type Dispatch = (name: string, rawInput: unknown) => Promise<Envelope<unknown>>

function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name)
}

/**
 * The one place where a request from outside becomes a handler call: unknown channels are
 * refused, input is validated with the channel's zod schema, and every failure comes back as
 * a typed error instead of an exception crossing the bridge.
 */
export function createDispatch(handlers: HandlerMap, ctx: HandlerContext): Dispatch {
  return async (name, rawInput) => {
    if (!isChannelName(name)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: `kênh không tồn tại: ${String(name).slice(0, 80)}` }
      }
    }
    const spec = channels[name]
    const parsed = spec.input.safeParse(rawInput)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return {
        ok: false,
        error: {
          code: 'invalid-input',
          message: `dữ liệu gửi lên không hợp lệ: ${issue ? `${issue.path.join('.') || '(gốc)'}: ${issue.message}` : ''}`,
          field: issue?.path.join('.')
        }
      }
    }
    try {
      const handler = handlers[name] as (input: unknown, ctx: HandlerContext) => Promise<unknown>
      const value = await handler(parsed.data, ctx)
      return { ok: true, value }
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() }
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, error: { code: 'internal', message: `lỗi không mong đợi: ${message}` } }
    }
  }
}

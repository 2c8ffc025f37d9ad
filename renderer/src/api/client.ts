import type { ChannelInput, ChannelName, ChannelOutput, HoiNghiApi } from '../../../shared/api/channels'
import type { EventName, EventPayload } from '../../../shared/api/events'
import { formatAppError, type AppErrorData } from '../../../shared/errors/appError'

declare global {
  interface Window {
    api: HoiNghiApi
  }
}

/** A failed main-side operation, with the file, row and field the clerk needs to see. */
export class ApiError extends Error {
  constructor(readonly data: AppErrorData) {
    super(formatAppError(data))
    this.name = 'ApiError'
  }
}

/** Calls one declared channel and unwraps the envelope; failures throw ApiError. */
export async function call<N extends ChannelName>(
  name: N,
  input: ChannelInput<N>
): Promise<ChannelOutput<N>> {
  const result = await window.api.invoke(name, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void
): () => void {
  return window.api.on(event, listener)
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return error instanceof Error ? error.message : String(error)
}

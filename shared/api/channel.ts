import type { z } from 'zod'
import { appErrorSchema, type AppErrorData } from '../errors/appError'
import { z as zod } from 'zod'

/** One main-process operation: its zod input and output. Declared once, used by preload, main and tests. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
}

export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelSpec<I, O> {
  return { input, output }
}

/** What every invoke resolves to: IPC drops Error classes, so failures travel as data. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }

export const envelopeErrorSchema = zod.object({ ok: zod.literal(false), error: appErrorSchema })

import { basename } from 'node:path'
import { AppError } from '../../shared/errors/appError'
import type { HandlerMap } from '../api/handlers'
import { conferenceIdFor, listRecoveryCandidates, restoreConference } from '../storage/recoverConference'
import { resolveExternalChange } from '../storage/resolveExternalChange'
import { readConferenceFile } from '../storage/readConferenceFile'
import { resolveConferenceFile } from './resolveConferenceFile'

/** Handlers for the channels in shared/api/safetyChannels.ts: history (snapshots) and recovery. */
export const safetyHandlers: HandlerMap<
  | 'history:list'
  | 'history:snapshot'
  | 'history:restore'
  | 'recovery:listCandidates'
  | 'recovery:restore'
  | 'conflict:resolve'
> = {
  'history:list': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    const conferenceId = await conferenceIdFor(ctx.store, file, input.key)
    return conferenceId === null
      ? []
      : ctx.store.snapshots.list(await ctx.store.snapshotKey(file, conferenceId))
  },

  'history:snapshot': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    // Let the saves in flight land first: the snapshot is of what is on disk, validated.
    await ctx.store.flushAll()
    const current = await readConferenceFile(file)
    if (!current)
      throw new AppError({ code: 'not-found', message: 'không tìm thấy tệp', file: basename(file) })
    const owner = await ctx.store.snapshotKey(file, current.doc.id)
    const { snapshotId } = await ctx.store.snapshots.take(
      owner,
      current.raw,
      input.reason,
      input.note ?? null
    )
    return { snapshotId }
  },

  'history:restore': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    await ctx.store.flushAll()
    const doc = await restoreConference(ctx.store, file, input.key, 'snapshot', input.snapshotId, ctx.now())
    return { doc }
  },

  'recovery:listCandidates': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    return listRecoveryCandidates(ctx.store, file, await conferenceIdFor(ctx.store, file, input.key))
  },

  'recovery:restore': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    await ctx.store.flushAll()
    await restoreConference(ctx.store, file, input.key, input.source, input.id, ctx.now())
    return { key: input.key }
  },

  'conflict:resolve': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    await ctx.store.flushAll()
    return resolveExternalChange(ctx.store, file, input.key, input.doc, input.keep, ctx.now())
  }
}

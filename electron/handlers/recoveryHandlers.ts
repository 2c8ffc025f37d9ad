import { promises as fs } from 'node:fs'
import { basename } from 'node:path'
import type { HandlerMap } from '../api/handlers'
import { durableWrite } from '../storage/durableWrite'
import { resolveConferenceFile } from './resolveConferenceFile'

/** The recovery file of a conference file: beside it, so it travels with a USB stick too. */
export function recoveryFileOf(conferenceFile: string): string {
  return `${conferenceFile}.recovery.json`
}

/** Handlers for shared/api/recoveryChannels.ts. */
export const recoveryHandlers: HandlerMap<'conferences:keepUnsaved'> = {
  'conferences:keepUnsaved': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    const target = recoveryFileOf(file)
    if (input.doc === null) {
      await fs.rm(target, { force: true })
      return { fileName: null }
    }
    await durableWrite(target, JSON.stringify(input.doc))
    return { fileName: basename(target) }
  }
}

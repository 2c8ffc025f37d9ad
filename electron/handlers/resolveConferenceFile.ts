import { isPlainConferenceKey } from '../../shared/api/conferenceChannels'
import { AppError } from '../../shared/errors/appError'
import type { HandlerContext } from '../api/handlerContext'

/**
 * Turns a conference key into the file it stands for. Keys are checked by the channel schema
 * ([a-z0-9-] only), so a plain key can only name a file inside the data folder; "ext-" keys
 * are looked up in the registry the main side filled after an open dialog.
 */
export function resolveConferenceFile(ctx: HandlerContext, key: string): { file: string; external: boolean } {
  if (key.startsWith('ext-')) {
    const file = ctx.settings.data.externalFiles[key]
    if (!file) throw new AppError({ code: 'not-found', message: 'tệp ngoài không còn trong danh sách đã mở' })
    return { file, external: true }
  }
  if (!isPlainConferenceKey(key))
    throw new AppError({ code: 'forbidden', message: 'khóa hội nghị không hợp lệ' })
  return { file: ctx.store.paths.conferenceFile(key), external: false }
}

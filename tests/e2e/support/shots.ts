import { join } from 'node:path'
import { SCREENSHOT_DIR } from './fixtures'

/**
 * Where a before/after screenshot goes: SHOT_SUFFIX=before when the same spec runs against the
 * code before a fix (its assertions then fail after the picture is taken), "after" otherwise.
 */
export function shot(name: string): string {
  return join(SCREENSHOT_DIR, `${name}-${process.env['SHOT_SUFFIX'] ?? 'after'}.png`)
}

// A stand-in for Electron's linux-x64 distribution, enough for electron-builder's `dir` target
// (electronDist) on machines that cannot download Electron. The "binary" is a shell script that
// refuses to run but carries Electron's fuse wire (sentinel, version 1, eight fuses in their
// default states), so the afterPack hook flips fuses exactly as it would in the real file.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on, … */
export const DEFAULT_WIRE = '10110001'

/** @param {string} dir @returns {string} dir */
export function makeStandInElectron(dir) {
  mkdirSync(join(dir, 'locales'), { recursive: true })
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const script = Buffer.concat([
    Buffer.from(
      '#!/bin/sh\n# Stand-in for the Electron binary (packaging tests only).\necho "stand-in Electron: not runnable" >&2\nexit 1\n# '
    ),
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(`${DEFAULT_WIRE}\n`, 'ascii')
  ])
  writeFileSync(join(dir, 'electron'), script, { mode: 0o755 })
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '')
  writeFileSync(join(dir, 'locales', 'vi.pak'), '')
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for Electron’s MIT licence.\n')
  return dir
}

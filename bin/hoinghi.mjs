#!/usr/bin/env node
// Runs the prebuilt bundle (npm run build:cli) while it is up to date, else the TypeScript
// sources through tsx: either way the CLI is the same code as the app's handlers, never stale.
import { readFileSync, statSync } from 'node:fs'
import module from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// Node 22.1 and later keep the compiled code of the bundle on disk between runs (compiling it is
// most of a start); older versions have no such cache and skip this.
module.enableCompileCache?.()

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'out', 'cli')

/**
 * The bundle is fresh while every file it was built from (out/cli/manifest.json, written by
 * scripts/build-cli.mjs) has the size and modification time it had then: an edit, a checkout of
 * another branch, a deleted file or a zod upgrade makes it stale. That is one stat per source
 * (about a hundred, a millisecond), not a walk of the tree; a file nobody imports yet cannot
 * change what the bundle does. An installed copy ships the bundle without the TypeScript
 * sources, and runs the bundle.
 */
function bundleIsFresh() {
  if (!statSync(join(root, 'electron', 'cli', 'main.ts'), { throwIfNoEntry: false })) return true
  let manifest
  try {
    manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'))
  } catch {
    return false
  }
  for (const [path, built] of Object.entries(manifest.files)) {
    const now = statSync(join(root, path), { throwIfNoEntry: false })
    if (!now || now.size !== built.size || now.mtimeMs !== built.mtimeMs) return false
  }
  return true
}

if (bundleIsFresh()) {
  await import(pathToFileURL(join(outDir, 'hoinghi.mjs')).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(pathToFileURL(join(root, 'electron', 'cli', 'main.ts')).href)
}

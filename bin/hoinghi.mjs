#!/usr/bin/env node
// Runs the prebuilt bundle (npm run build:cli) when it is up to date, else the TypeScript
// sources through tsx: either way the CLI is the same code as the app's handlers.
import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bundle = join(root, 'out', 'cli', 'hoinghi.mjs')

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

function bundleIsFresh() {
  try {
    const built = statSync(bundle).mtimeMs
    return built >= Math.max(newestSource(join(root, 'electron')), newestSource(join(root, 'shared')))
  } catch {
    return false
  }
}

if (bundleIsFresh()) {
  await import(pathToFileURL(bundle).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(pathToFileURL(join(root, 'electron', 'cli', 'main.ts')).href)
}

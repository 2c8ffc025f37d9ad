import { mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Bundles a TypeScript child-process entry into `out/test-bundles/` (inside the repository, so its
 * packages resolve from node_modules): a child then starts in a fraction of a second instead of
 * compiling through tsx, and a test can afford dozens of real processes.
 */
export async function bundleForChild(entry: string): Promise<string> {
  const dir = join(root, 'out', 'test-bundles')
  mkdirSync(dir, { recursive: true })
  const outfile = join(dir, `${basename(entry, '.ts')}.${process.pid}.mjs`)
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning'
  })
  return outfile
}

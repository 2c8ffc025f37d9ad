// Bundles the hoinghi CLI into one ES module so a new process starts without compiling
// TypeScript (tsx costs most of a second per run on these machines). bin/hoinghi.mjs uses the
// bundle only while it is newer than every source file, so a stale bundle never runs.
import { build } from 'esbuild'

await build({
  entryPoints: ['electron/cli/main.ts'],
  outfile: 'out/cli/hoinghi.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning'
})
console.log('out/cli/hoinghi.mjs')

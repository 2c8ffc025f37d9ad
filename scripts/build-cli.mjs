// Bundles the hoinghi CLI so a new process starts without compiling TypeScript (tsx costs most
// of a second per run on these machines), and writes out/cli/manifest.json: every source file
// the bundle was built from, with its size and modification time. bin/hoinghi.mjs runs the bundle
// only while each of those files is unchanged (a few dozen stat calls, no walk of the tree).
//
// Code splitting keeps lazy imports lazy: each command's module and each heavy library
// (pdfkit, SheetJS, ExcelJS, Papa Parse…) is loaded only when a command reaches for it.
import { build } from 'esbuild'
import { rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
// Tests build into a folder of their own (inside the repository, so packages still resolve).
const outdir = resolve(root, process.argv[2] ?? join('out', 'cli'))

rmSync(outdir, { recursive: true, force: true })
const result = await build({
  absWorkingDir: root,
  entryPoints: { hoinghi: 'electron/cli/main.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  // Chunks beside the entry: code that finds resources/ from its own file (fontsDir.ts) sees the
  // same folder depth as before the split.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages stay in node_modules and load at run time (lazily where the code says so); zod is
  // the exception: every command needs it, and one bundled file loads in half the time of its
  // hundred-odd module files.
  plugins: [bundleZod(), zodLocales(['en', 'vi'])],
  // Fewer bytes to parse at every start; the source maps give the names back.
  minify: true,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning'
})

/** What the bundle was built from: a change to any of them makes it stale. */
const inputs = [
  ...Object.keys(result.metafile.inputs).filter((path) => !path.includes('node_modules/')),
  'scripts/build-cli.mjs',
  'package.json',
  // zod is inside the bundle: an upgrade must rebuild it.
  'node_modules/zod/package.json'
]
const files = Object.fromEntries(
  inputs.sort().map((path) => {
    const stat = statSync(join(root, path))
    return [path, { size: stat.size, mtimeMs: stat.mtimeMs }]
  })
)
writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify({ entry: 'hoinghi.mjs', files }, null, 1)}\n`)
console.log(
  `${relative(root, join(outdir, 'hoinghi.mjs'))} (${Object.keys(result.metafile.outputs).filter((o) => o.endsWith('.mjs')).length} files, ${inputs.length} sources)`
)

/** Marks every package but zod external, so zod is bundled and the rest loads from node_modules. */
function bundleZod() {
  return {
    name: 'bundle-zod',
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path === 'zod' || args.path.startsWith('zod/')) return undefined
        if (args.importer.includes('/node_modules/zod/')) return undefined
        return { path: args.path, external: true }
      })
    }
  }
}

/**
 * zod exports all its 50-odd message languages as `z.locales`, which no bundler can leave out;
 * parsing them is a third of zod's start-up. The bundle keeps English (zod's default) and
 * Vietnamese: `z.locales.vi` still works, any other language is undefined in the CLI.
 */
function zodLocales(kept) {
  return {
    name: 'zod-locales',
    setup(builder) {
      builder.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
        args.importer.includes('/node_modules/zod/')
          ? { path: join(args.resolveDir, args.path), namespace: 'zod-locales' }
          : undefined
      )
      builder.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
        contents: kept.map((name) => `export { default as ${name} } from './${name}.js'`).join('\n'),
        resolveDir: dirname(args.path)
      }))
    }
  }
}

import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

const pdfWorker = resolve(__dirname, 'electron/documents/worker.ts')
const tableWorker = resolve(__dirname, 'electron/importExport/tableWorker.ts')

/**
 * zod exports its 50-odd message languages as `z.locales`, which no bundler can leave out; parsing
 * them is a third of zod's start-up. The main bundle keeps English (zod's default) and Vietnamese.
 */
function zodLocales(kept: string[]): Plugin {
  const prefix = '\0zod-locales:'
  return {
    name: 'zod-locales',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('/node_modules/zod/') || !source.endsWith('/locales/index.js')) return null
      return prefix + resolve(dirname(importer), source)
    },
    load(id) {
      if (!id.startsWith(prefix)) return null
      const dir = dirname(id.slice(prefix.length))
      return kept
        .map((name) => `export { default as ${name} } from ${JSON.stringify(join(dir, `${name}.js`))}`)
        .join('\n')
    }
  }
}

// Sources do not live under src/, so every entry is named explicitly.
export default defineConfig({
  main: {
    // zod is bundled: every start needs it, and one file loads several times faster than its
    // hundred-odd modules. Every other package stays external and loads when first used; the
    // heavy ones (SheetJS, ExcelJS, pdfkit…) only through the lazy helpers.
    plugins: [zodLocales(['en', 'vi'])],
    build: {
      outDir: 'out/main',
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          ...(existsSync(pdfWorker) ? { 'pdf-worker': pdfWorker } : {}),
          'table-worker': tableWorker
        }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot require packages: bundle everything except electron itself.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot require anything: it must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true }
      }
    }
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } }
    }
  }
})

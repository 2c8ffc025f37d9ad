import { build } from 'esbuild'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

describe('the preload', () => {
  // Every window parses it before the page starts; the zod contract alone made it 303 KB.
  it('bundles to under 5 KB, without zod', async () => {
    const result = await build({
      entryPoints: [join(import.meta.dirname, 'index.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      metafile: true,
      logLevel: 'silent'
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((path) => path.includes('node_modules'))).toEqual([])
    expect(result.outputFiles[0]?.contents.byteLength).toBeLessThan(5 * 1024)
  })
})

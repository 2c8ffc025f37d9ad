import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { describe, expect, it } from 'vitest'
// Plain JavaScript shared with the packaging script and the icon generator.
import { checkAsarContents, entryFiles, packageImports, REQUIRED } from '../packaging/asarRules.mjs'
import { buildIcns, buildIco, pngSize, readIcoDirectory } from '../../scripts/iconFiles.mjs'

const project = { name: 'hoinghi', version: '0.1.0' }
const goodListing = [
  ...REQUIRED,
  '/out/renderer/assets/index-abc.js',
  '/node_modules/zod/package.json',
  '/node_modules/zod/index.js'
]
const manifests: Record<string, unknown> = {
  'package.json': { name: 'hoinghi', version: '0.1.0', main: 'out/main/index.js' },
  'node_modules/zod/package.json': {
    name: 'zod',
    main: './index.js',
    exports: { '.': { '@zod/source': './src/index.ts', import: './index.js' } }
  }
}
const read = (path: string) => manifests[path]

describe('app.asar rules', () => {
  it('accept a listing with the app, its fonts and the packages out/main imports', () => {
    expect(checkAsarContents(goodListing, read, project, ['zod'])).toEqual([])
  })

  it('name what is missing, what must not ship and a package whose entry file is gone', () => {
    const problems = checkAsarContents(
      [
        ...goodListing.filter(
          (entry) => entry !== '/resources/fonts/OFL.txt' && entry !== '/node_modules/zod/index.js'
        ),
        '/electron/main/index.ts',
        '/out/main/index.js.map',
        '/node_modules/react/index.js',
        '/node_modules/pdfkit/tests/unit.spec.js'
      ],
      read,
      project,
      ['zod', 'lowdb']
    )
    expect(problems).toEqual([
      '/resources/fonts/OFL.txt is missing',
      '/electron/main/index.ts: TypeScript source must not ship',
      '/out/main/index.js.map: source map must not ship',
      '/node_modules/react/index.js: package the app does not load at run time must not ship',
      '/node_modules/pdfkit/tests/unit.spec.js: tests or benchmarks must not ship',
      'zod: its entry ./index.js is missing',
      'lowdb (imported by out/main) is not in node_modules'
    ])
  })

  it('refuse a package.json with another version or a productName (the data folder would move)', () => {
    const problems = checkAsarContents(
      goodListing,
      (path) =>
        path === 'package.json' ? { name: 'hoinghi', version: '9.9.9', productName: 'HoiNghi' } : read(path),
      project,
      []
    )
    expect(problems).toEqual([
      'package.json version is 9.9.9, want 0.1.0',
      'package.json has a productName: the data folder would move'
    ])
  })

  it('read the bare imports of a bundle and the entry files of a package', () => {
    const code =
      'import { z } from "zod";\nimport x from "xlsx/dist/cpexcel.full.mjs";\nimport fs from "node:fs";\nimport path from "path";\nconst a = await import("@scope/pkg/sub");\nimport "./chunks/a.js";'
    expect(packageImports(code, builtinModules)).toEqual(['@scope/pkg', 'xlsx', 'zod'])
    expect(
      entryFiles({
        main: 'a.js',
        exports: { '.': { types: 'a.d.ts', import: './a.mjs', require: './a.cjs' }, './x': './x.js' }
      })
    ).toEqual(['a.js', './a.mjs', './a.cjs'])
  })
})

describe('icon files', () => {
  const png16 = readFileSync(new URL('../../resources/icon/png/16x16.png', import.meta.url))
  const png256 = readFileSync(new URL('../../resources/icon/png/256x256.png', import.meta.url))

  it('the committed PNGs have the sizes their names say', () => {
    expect(pngSize(png16)).toEqual({ width: 16, height: 16 })
    expect(pngSize(png256)).toEqual({ width: 256, height: 256 })
  })

  it('an ICO holds each PNG with its size (256 written as 0) and reads back', () => {
    const ico = buildIco([
      { size: 16, png: png16 },
      { size: 256, png: png256 }
    ])
    expect(ico.readUInt8(6 + 16)).toBe(0)
    const { type, entries } = readIcoDirectory(ico)
    expect(type).toBe(1)
    expect(
      entries.map((entry) => [entry.width, entry.png.equals(entry.width === 16 ? png16 : png256)])
    ).toEqual([
      [16, true],
      [256, true]
    ])
    const committed = readIcoDirectory(
      readFileSync(new URL('../../resources/icon/icon.ico', import.meta.url))
    )
    expect(committed.entries.map((entry) => entry.width)).toEqual([16, 24, 32, 48, 64, 128, 256])
    for (const entry of committed.entries) expect(pngSize(entry.png).width).toBe(entry.width)
  })

  it('an ICNS is "icns", its total length, then typed PNG elements', () => {
    const icns = buildIcns([{ type: 'ic07', png: png16 }])
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    expect(icns.subarray(8, 12).toString('ascii')).toBe('ic07')
    expect(icns.readUInt32BE(12)).toBe(png16.length + 8)
  })
})

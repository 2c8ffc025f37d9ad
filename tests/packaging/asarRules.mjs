// What may and must be inside app.asar. Pure, so tests/packaging/asarRules.test.ts can show each
// rule failing on a listing that breaks it.

/** app.asar size budget, also stated in the README ("Cài đặt / Install"). */
export const ASAR_BUDGET_BYTES = 45 * 1024 * 1024

export const REQUIRED = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
  '/resources/fonts/Tinos_400Regular.ttf',
  '/resources/fonts/Tinos_700Bold.ttf',
  '/resources/fonts/OFL.txt'
]

/** Sources, tests, maps and benchmarks never ship. */
export const FORBIDDEN = [
  { rule: /\.tsx?$/, why: 'TypeScript source' },
  { rule: /\.map$/, why: 'source map' },
  { rule: /^\/(electron|shared|renderer|tests|bench|scripts|security)\//, why: 'source folder' },
  { rule: /^\/out\/cli\//, why: 'CLI bundle (not part of the app)' },
  { rule: /(^|\/)(tests?|__tests__|bench|benchmarks?)\//, why: 'tests or benchmarks' },
  { rule: /\.(test|spec)\.[cm]?js$/, why: 'test file' },
  { rule: /^\/resources\/icon\//, why: 'icon sources (the installers carry the icon)' },
  {
    rule: /^\/node_modules\/(react|react-dom|pdfjs-dist|@napi-rs|tsx|esbuild|electron|electron-builder|vitest|typescript|@playwright)\//,
    why: 'package the app does not load at run time'
  }
]

/**
 * @param {string[]} entries app.asar listing, '/'-separated, each starting with '/'
 * @param {(path: string) => unknown} readJson reads a JSON file from the archive (path without '/')
 * @param {{ name: string, version: string }} projectPackage
 * @param {string[]} mainImports bare package names out/main imports (see packageImports)
 * @returns {string[]} one line per problem
 */
export function checkAsarContents(entries, readJson, projectPackage, mainImports) {
  const problems = []
  const present = new Set(entries)
  for (const path of REQUIRED) if (!present.has(path)) problems.push(`${path} is missing`)
  if (!entries.some((entry) => entry.startsWith('/out/renderer/assets/') && entry.endsWith('.js')))
    problems.push('/out/renderer/assets/*.js (the renderer bundle) is missing')
  for (const entry of entries) {
    const hit = FORBIDDEN.find(({ rule }) => rule.test(entry))
    if (hit) problems.push(`${entry}: ${hit.why} must not ship`)
  }
  if (present.has('/package.json')) {
    const pkg = /** @type {{ name?: string, version?: string, productName?: string }} */ (
      readJson('package.json')
    )
    if (pkg.name !== projectPackage.name)
      problems.push(`package.json name is ${pkg.name}, want ${projectPackage.name}`)
    if (pkg.version !== projectPackage.version)
      problems.push(`package.json version is ${pkg.version}, want ${projectPackage.version}`)
    // Electron names the data folder after productName when there is one: it must stay "hoinghi".
    if (pkg.productName !== undefined)
      problems.push('package.json has a productName: the data folder would move')
  }
  // Every package the main process imports is there, with the file its package.json points at.
  for (const name of mainImports) {
    const manifest = `/node_modules/${name}/package.json`
    if (!present.has(manifest)) {
      problems.push(`${name} (imported by out/main) is not in node_modules`)
      continue
    }
    for (const file of entryFiles(readJson(manifest.slice(1)))) {
      const path = `/node_modules/${name}/${file.replace(/^\.\//, '')}`
      if (!present.has(path) && !present.has(`${path}.js`) && !present.has(`${path}/index.js`))
        problems.push(`${name}: its entry ${file} is missing`)
    }
  }
  return problems
}

/**
 * Files a package.json names as its entry points for Node (main, and the import/require/default
 * targets of "."), wildcards and browser-only targets left out.
 * @param {unknown} manifest
 * @returns {string[]}
 */
export function entryFiles(manifest) {
  if (!manifest || typeof manifest !== 'object') return []
  const files = new Set()
  const { main, exports } = /** @type {{ main?: unknown, exports?: unknown }} */ (manifest)
  if (typeof main === 'string') files.add(main)
  const dot =
    exports && typeof exports === 'object' && !Array.isArray(exports) && '.' in exports
      ? exports['.']
      : exports
  collect(dot, files)
  // Conditions such as zod's "@zod/source" point at TypeScript sources for bundlers, not Node.
  return [...files].filter((file) => !file.includes('*') && !/\.tsx?$/.test(file))
}

function collect(target, files) {
  if (typeof target === 'string') {
    files.add(target)
    return
  }
  if (!target || typeof target !== 'object' || Array.isArray(target)) return
  for (const [condition, value] of Object.entries(target)) {
    if (condition === 'types' || condition === 'browser' || condition.startsWith('./')) continue
    collect(value, files)
  }
}

/**
 * Package names a bundled ES module imports (static and dynamic), without Node's built-ins.
 * @param {string} code
 * @param {readonly string[]} builtins
 * @returns {string[]}
 */
export function packageImports(code, builtins) {
  const names = new Set()
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"'./][^"']*)["']/g)) {
    const specifier = match[1]
    if (specifier.startsWith('node:') || specifier === 'electron') continue
    const parts = specifier.split('/')
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
    if (!builtins.includes(name)) names.add(name)
  }
  return [...names].sort()
}

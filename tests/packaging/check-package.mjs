// Packs the app offline with electron-builder (linux `dir`, a stand-in Electron from
// makeStandInElectron) and checks what a clerk would receive: the contents and size of app.asar,
// the licences beside it and the fuses in the binary. Run by `npm test` (test:package).
//
// It packs a staging copy: the worktree's node_modules is a link that `npm ls` misreads, so the
// staging copy has no lockfile and electron-builder's traversal collector walks node_modules the
// way Node resolves it. Every download electron-builder could attempt points at a closed port.
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import asar from '@electron/asar'
import { getCurrentFuseWire } from '@electron/fuses'
import { hoinghiFuses } from '../../security/fuses.config.mjs'
import { builtinModules } from 'node:module'
import { ASAR_BUDGET_BYTES, checkAsarContents, packageImports } from './asarRules.mjs'
import { makeStandInElectron } from './standInElectron.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(import.meta.url)
const started = Date.now()

if (!existsSync(join(root, 'out/main/index.js')) || !existsSync(join(root, 'out/renderer/index.html'))) {
  const built = spawnSync(
    process.execPath,
    [join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'inherit'
    }
  )
  if (built.status !== 0) throw new Error('electron-vite build failed')
}

const work = mkdtempSync(join(tmpdir(), 'hoinghi-pack-'))
try {
  const stage = join(work, 'stage')
  mkdirSync(join(stage, 'scripts'), { recursive: true })
  mkdirSync(join(stage, 'security'), { recursive: true })
  for (const file of [
    'package.json',
    'electron-builder.yml',
    'scripts/afterPack.mjs',
    'security/fuses.config.mjs'
  ])
    cpSync(join(root, file), join(stage, file))
  cpSync(join(root, 'out'), join(stage, 'out'), { recursive: true })
  cpSync(join(root, 'resources'), join(stage, 'resources'), { recursive: true })
  symlinkSync(realpathSync(join(root, 'node_modules')), join(stage, 'node_modules'), 'junction')
  const electronDist = makeStandInElectron(join(work, 'electron-dist'))
  const output = join(work, 'dist')

  const closed = 'http://127.0.0.1:9'
  const result = spawnSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`
    ],
    {
      cwd: stage,
      encoding: 'utf8',
      env: {
        ...process.env,
        npm_config_user_agent: 'traversal',
        npm_execpath: '',
        ELECTRON_MIRROR: `${closed}/`,
        ELECTRON_BUILDER_BINARIES_MIRROR: `${closed}/`,
        ELECTRON_GET_USE_PROXY: '1',
        GLOBAL_AGENT_HTTPS_PROXY: closed,
        HTTPS_PROXY: closed,
        HTTP_PROXY: closed,
        ELECTRON_BUILDER_CACHE: join(work, 'empty-cache'),
        CSC_IDENTITY_AUTO_DISCOVERY: 'false'
      }
    }
  )
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr)
    throw new Error(`electron-builder failed (exit ${result.status})`)
  }
  const unpacked = join(output, 'linux-unpacked')
  const asarFile = join(unpacked, 'resources/app.asar')
  const entries = asar.listPackage(asarFile, { isPack: false }).map((entry) => entry.replace(/\\/g, '/'))
  const readJson = (path) => JSON.parse(asar.extractFile(asarFile, path).toString('utf8'))
  const mainCode = entries
    .filter((entry) => entry.startsWith('/out/main/') && entry.endsWith('.js'))
    .map((entry) => asar.extractFile(asarFile, entry.slice(1)).toString('utf8'))
    .join('\n')
  const problems = checkAsarContents(
    entries,
    readJson,
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')),
    packageImports(mainCode, builtinModules)
  )
  const size = statSync(asarFile).size

  if (!existsSync(join(unpacked, 'resources/licenses/Tinos-OFL.txt')))
    problems.push('resources/licenses/Tinos-OFL.txt (the font licence) is missing')
  const wire = await getCurrentFuseWire(join(unpacked, 'hoinghi'))
  for (const [fuse, enabled] of Object.entries(hoinghiFuses())) {
    if (!/^\d+$/.test(fuse)) continue
    const want = enabled ? 49 : 48
    if (wire[Number(fuse)] !== want)
      problems.push(
        `fuse ${fuse} is ${String.fromCharCode(wire[Number(fuse)])}, want ${String.fromCharCode(want)}`
      )
  }
  if (size > ASAR_BUDGET_BYTES)
    problems.push(`app.asar is ${mb(size)}, over the ${mb(ASAR_BUDGET_BYTES)} budget stated in the README`)

  console.log(
    `app.asar: ${mb(size)} (budget ${mb(ASAR_BUDGET_BYTES)}), ${entries.length} entries; packed in ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
  const byPackage = new Map()
  for (const entry of entries) {
    const match = /^\/(node_modules\/(?:@[^/]+\/)?[^/]+|out\/[^/]+|resources\/[^/]+)\//.exec(entry)
    if (!match) continue
    const stat = asar.statFile(asarFile, entry.slice(1))
    if ('size' in stat && typeof stat.size === 'number')
      byPackage.set(match[1], (byPackage.get(match[1]) ?? 0) + stat.size)
  }
  const largest = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8)
  console.log(`largest: ${largest.map(([name, bytes]) => `${name} ${mb(bytes)}`).join(', ')}`)
  if (problems.length > 0) {
    for (const problem of problems) console.error(`✗ ${problem}`)
    process.exitCode = 1
  } else {
    console.log('✓ contents, licences and fuses as expected')
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildLongConference } from '../tests/pdf/conferenceFixtures'
import { heavyLibrariesIn } from '../tests/support/moduleLog/heavyModules'
import { median, type BenchResult } from './benchResult'
import { CHROMIUM, CHROMIUM_ARGS, delegateListHtml } from './delegateListHtml'

/**
 * Whole processes, as a clerk's script or the app's launcher starts them (issue 15): the CLI's
 * validate and render of a 1,200-delegate, 90-venue conference against Chromium printing the same
 * list, the built main process's start up to its handlers, and the preload's size. Runs alternate
 * between the contenders so a busy machine slows both alike; CPU time (user + sys of the process
 * and the children it waited for, from /usr/bin/time) is the figure least moved by other load.
 */
const ROOT = resolve(import.meta.dirname, '..')
const WORK = join(ROOT, '.tmp', 'startup-bench')
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5)
const TIME = '/usr/bin/time'

interface ProcessRun {
  wallMs: number
  cpuMs: number
}

/** One run of a command: wall time measured here, CPU time from GNU time (process and children). */
function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ProcessRun {
  const timing = join(WORK, 'time.txt')
  const started = performance.now()
  const result = spawnSync(TIME, ['-f', '%U %S', '-o', timing, command, ...args], {
    cwd: WORK,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8'
  })
  const wallMs = performance.now() - started
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  const [user = NaN, sys = NaN] =
    readFileSync(timing, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? []
  return { wallMs, cpuMs: (user + sys) * 1000 }
}

/** Medians of RUNS runs of each contender, their runs interleaved. */
function sideBySide(contenders: Record<string, () => ProcessRun>): Record<string, ProcessRun> {
  const runs: Record<string, ProcessRun[]> = {}
  for (const name of Object.keys(contenders)) runs[name] = []
  for (let i = 0; i < RUNS; i++)
    for (const [name, once] of Object.entries(contenders)) runs[name]?.push(once())
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      { wallMs: median(list.map((run) => run.wallMs)), cpuMs: median(list.map((run) => run.cpuMs)) }
    ])
  )
}

const ms = (value: number) => Math.round(value)
const ratio = (a: number, b: number) => +(a / b).toFixed(3)

interface Milestone {
  at: number
  cpu: number
  modules: string[]
}

/**
 * The built main process in a copy of out/main whose `electron` package is the fake
 * (tests/main/fake-electron): it resolves the way the app does, without the loader hooks the
 * end-to-end test uses to swap and to log modules, which would add their own cost to every import.
 */
function mainStartCopy(): string {
  const app = join(WORK, 'app')
  rmSync(app, { recursive: true, force: true })
  cpSync(join(ROOT, 'out', 'main'), join(app, 'main'), { recursive: true })
  const fake = join(ROOT, 'tests', 'main', 'fake-electron', 'electron.mjs')
  mkdirSync(join(app, 'node_modules', 'electron'), { recursive: true })
  writeFileSync(
    join(app, 'node_modules', 'electron', 'package.json'),
    JSON.stringify({ name: 'electron', type: 'module', main: 'index.mjs' })
  )
  writeFileSync(
    join(app, 'node_modules', 'electron', 'index.mjs'),
    `export * from ${JSON.stringify(fake)}\nexport { default } from ${JSON.stringify(fake)}\n`
  )
  return join(app, 'main', 'index.js')
}

function startMain(args: string[], env: NodeJS.ProcessEnv): Record<string, Milestone> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hoinghi-bench-start-'))
  try {
    const result = spawnSync(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env, HOINGHI_DATA_DIR: dataDir },
      encoding: 'utf8'
    })
    if (result.status !== 0) throw new Error(`main start exited ${result.status}: ${result.stderr}`)
    return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, Milestone>
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export async function startupBenches(): Promise<BenchResult[]> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed for CPU times (apt-get install time)`)
  for (const built of ['out/cli/hoinghi.mjs', 'out/main/index.js', 'out/preload/index.cjs'])
    if (!existsSync(join(ROOT, built)))
      throw new Error(`${built} missing: run npm run bench (it builds first)`)
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(WORK, { recursive: true })
  const doc = buildLongConference(1200, 90)
  const conference = join(WORK, 'hoi-nghi-1200.hoinghi.json')
  writeFileSync(conference, JSON.stringify(doc))
  const html = join(WORK, 'dai-bieu-1200.html')
  writeFileSync(html, delegateListHtml(doc))
  const cliEnv = { ...process.env, HOINGHI_DATA_DIR: join(WORK, 'data') }
  const bin = join(ROOT, 'bin', 'hoinghi.mjs')
  const ours = join(WORK, 'in', 'delegates.pdf')
  const theirs = join(WORK, 'chromium.pdf')

  const processes = sideBySide({
    empty: () => runProcess(process.execPath, ['-e', '0']),
    validate: () => runProcess(process.execPath, [bin, 'validate', conference], cliEnv),
    render: () =>
      runProcess(
        process.execPath,
        [bin, 'render', conference, '--out', join(WORK, 'in'), '--docs', 'delegates'],
        cliEnv
      ),
    chromium: () =>
      runProcess(CHROMIUM, [
        '--headless',
        ...CHROMIUM_ARGS,
        '--no-pdf-header-footer',
        `--print-to-pdf=${theirs}`,
        `file://${html}`
      ])
  })
  const { empty, validate, render, chromium } = processes as Record<string, ProcessRun>
  if (!empty || !validate || !render || !chromium) throw new Error('a contender did not run')

  const main = mainStartCopy()
  const starts: Record<string, Milestone>[] = []
  for (let i = 0; i < RUNS; i++) starts.push(startMain(['tests/main/fake-electron/startup.mjs', main], {}))
  const at = (name: string, field: 'at' | 'cpu') => median(starts.map((start) => start[name]?.[field] ?? NaN))
  // Once more with every module logged (through loader hooks: not timed) to name what was loaded.
  const logged = startMain(
    [
      '--import',
      './tests/support/moduleLog/register.mjs',
      '--import',
      './tests/main/fake-electron/register.mjs',
      'tests/main/fake-electron/startup.mjs',
      join(ROOT, 'out', 'main', 'index.js')
    ],
    { MODULE_LOG: join(WORK, 'main-modules.log') }
  )
  const heavyAtHandlers = heavyLibrariesIn(logged['handlersRegistered']?.modules ?? [])

  const ourBytes = statSync(ours).size
  const theirBytes = statSync(theirs).size
  const preload = statSync(join(ROOT, 'out', 'preload', 'index.cjs')).size
  const median5 = `median of ${RUNS}`

  const results: BenchResult[] = [
    {
      name: `startup: node -e 0, an empty process for scale (${median5})`,
      value: ms(empty.cpuMs),
      unit: 'ms CPU'
    },
    {
      name: `startup: hoinghi validate, 1,200 delegates, whole process (${median5}; target ≤ 300)`,
      value: ms(validate.cpuMs),
      unit: 'ms CPU',
      peer: 'target 300 ms CPU',
      ratio: ratio(validate.cpuMs, 300)
    },
    { name: `startup: hoinghi validate, wall (${median5})`, value: ms(validate.wallMs), unit: 'ms' },
    {
      name: `startup: hoinghi render --docs delegates, CPU (${median5})`,
      value: ms(render.cpuMs),
      unit: 'ms CPU',
      peer: 'chromium --print-to-pdf CPU',
      ratio: ratio(render.cpuMs, chromium.cpuMs)
    },
    {
      name: `startup: hoinghi render --docs delegates, wall (${median5})`,
      value: ms(render.wallMs),
      unit: 'ms',
      peer: 'chromium --print-to-pdf wall',
      ratio: ratio(render.wallMs, chromium.wallMs)
    },
    {
      name: `startup: chromium --headless --print-to-pdf, same list, CPU incl. children (${median5})`,
      value: ms(chromium.cpuMs),
      unit: 'ms CPU'
    },
    {
      name: `startup: chromium --headless --print-to-pdf, wall (${median5})`,
      value: ms(chromium.wallMs),
      unit: 'ms'
    },
    {
      name: 'startup: render speed-up over Chromium, CPU (target ≥ 2.5)',
      value: +(chromium.cpuMs / render.cpuMs).toFixed(2),
      unit: '×'
    },
    {
      name: 'startup: render speed-up over Chromium, wall (target ≥ 2.5)',
      value: +(chromium.wallMs / render.wallMs).toFixed(2),
      unit: '×'
    },
    {
      name: 'startup: delegates.pdf size (target ≤ Chromium’s)',
      value: ourBytes,
      unit: 'bytes',
      peer: 'chromium --print-to-pdf',
      ratio: ratio(ourBytes, theirBytes)
    },
    { name: 'startup: chromium --print-to-pdf size', value: theirBytes, unit: 'bytes' },
    {
      name: `startup: main process, start → handlers registered, wall (${median5}; target < 150)`,
      value: ms(at('handlersRegistered', 'at')),
      unit: 'ms',
      peer: 'target 150 ms',
      ratio: ratio(at('handlersRegistered', 'at'), 150)
    },
    {
      name: `startup: main process, start → handlers registered, CPU (${median5})`,
      value: ms(at('handlersRegistered', 'cpu')),
      unit: 'ms CPU'
    },
    {
      name: `startup: main process, start → window shown, wall (${median5})`,
      value: ms(at('windowShown', 'at')),
      unit: 'ms'
    },
    {
      name: `startup: heavy libraries loaded when handlers are registered (target 0)${heavyAtHandlers.length > 0 ? `: ${heavyAtHandlers.join(', ')}` : ''}`,
      value: heavyAtHandlers.length,
      unit: 'libraries'
    },
    {
      name: 'startup: out/preload/index.cjs size (target < 5 KB)',
      value: preload,
      unit: 'bytes',
      peer: 'target 5120 bytes',
      ratio: ratio(preload, 5120)
    }
  ]
  return results
}

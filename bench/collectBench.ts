import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { expandReplyPaths, readReplies, type ReadTableFn } from '../electron/collect/readReply'
import { writeTemplates } from '../electron/collect/writeTemplates'
import { forkReaderProcess } from '../electron/importExport/forkReaderProcess'
import { newRecordId } from '../electron/importExport/previewImport'
import { readTable } from '../electron/importExport/readTable'
import { processTableReader } from '../electron/importExport/tableReader'
import { applyCollected } from '../shared/collect/applyCollected'
import { planCollection } from '../shared/collect/planCollection'
import { fillReplies } from '../tests/support/fillReplies'
import { generateConference } from '../tests/support/generateConference'
import { median, type BenchResult } from './benchResult'

const RUNS = 3

async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

/**
 * The collection round trip at its real size: 90 venues' returned files of about 13 rows each
 * (edited, reordered, one copied without its identity, one CSV in Windows-1258, one sent twice),
 * recognised and previewed (target under 3 s), then applied (target under 300 ms).
 */
export async function collectBenches(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'hoinghi-bench-collect-'))
  try {
    const doc = generateConference(90 * 13, 90)
    const venueIds = doc.venues.map((venue) => venue.id)
    const templates = join(dir, 'mau')
    const templateMs = await timed(() =>
      writeTemplates(doc, venueIds, templates, {
        deadline: '2023-12-20',
        contact: 'Đ/c Trần Thị Hà, 0239 385 5555'
      })
    )
    const returned = join(dir, 'tra-ve')
    await fillReplies(doc, templates, returned)

    const recognise = async (read: ReadTableFn) => {
      const replies = await readReplies(await expandReplyPaths([returned]), read)
      return { replies, plan: planCollection(doc, replies) }
    }
    const results: BenchResult[] = [
      { name: 'collect: write 90 venue templates (.xlsx)', value: Math.round(templateMs), unit: 'ms' }
    ]
    const inProcess: number[] = []
    let last = await recognise((path) => readTable(path))
    for (let run = 0; run < RUNS; run++)
      inProcess.push(await timed(async () => (last = await recognise((path) => readTable(path)))))
    // CPU time as well: on a machine shared with other work the wall clock says more about the neighbours.
    const cpuStart = process.cpuUsage()
    await recognise((path) => readTable(path))
    const cpu = process.cpuUsage(cpuStart)
    if (last.plan.venues.length !== 90)
      throw new Error(`recognised ${last.plan.venues.length} venues, not 90`)
    results.push({
      name: 'collect: 90 returned files recognised + previewed (CLI, in process; target < 3000)',
      value: Math.round(median(inProcess)),
      unit: 'ms'
    })
    results.push({
      name: 'collect: 90 returned files recognised + previewed (CLI, CPU time of one run)',
      value: Math.round((cpu.user + cpu.system) / 1000),
      unit: 'ms'
    })
    const worker = join(process.cwd(), 'out', 'main', 'table-worker.js')
    if (existsSync(worker)) {
      const reader = processTableReader(forkReaderProcess(worker))
      try {
        await recognise((path) => reader.read(path))
        const app: number[] = []
        for (let run = 0; run < RUNS; run++)
          app.push(await timed(() => recognise((path) => reader.read(path))))
        results.push({
          name: 'collect: 90 returned files recognised + previewed (app, reader process; target < 3000)',
          value: Math.round(median(app)),
          unit: 'ms'
        })
      } finally {
        await reader.close()
      }
    } else
      console.warn('(collect: out/main/table-worker.js chưa được dựng; bỏ qua phép đo qua tiến trình đọc)')
    const applied: number[] = []
    for (let run = 0; run < 10; run++)
      applied.push(
        await timed(() => {
          const plan = planCollection(doc, last.replies, {}, newRecordId)
          const after = applyCollected(doc, plan.venues, new Date().toISOString())
          if (after.delegates.length < 1000) throw new Error('apply lost people')
        })
      )
    results.push({
      name: 'collect: apply 90 venues’ lists (plan + replace; target < 300)',
      value: Math.round(median(applied) * 10) / 10,
      unit: 'ms'
    })
    return results
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConferenceStore } from '../electron/storage/conferenceStore'
import { generateConference } from '../tests/support/generateConference'
import { median, type BenchResult } from './benchResult'

/** Save (validate + durable write + fsync) and load (read + parse + validate) of a 5,000-delegate conference. */
export async function conferenceBenches(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'hoinghi-bench-'))
  try {
    const doc = generateConference(5000, 90)
    const file = join(dir, `${doc.id}.hoinghi.json`)
    const writer = new ConferenceStore(dir)
    await writer.writeNew(file, doc)
    const saves: number[] = []
    for (let run = 0; run < 15; run++) {
      const changed = { ...doc, conference: { ...doc.conference, period: `năm 2023 (lần ${run})` } }
      const started = performance.now()
      await writer.save(file, changed)
      saves.push(performance.now() - started)
    }
    const loads: number[] = []
    for (let run = 0; run < 15; run++) {
      const reader = new ConferenceStore(dir)
      const started = performance.now()
      await reader.openFile(file)
      loads.push(performance.now() - started)
    }
    const size = (await stat(file)).size
    return [
      {
        name: 'conference save, 5,000 delegates (median, incl. validation + fsync)',
        value: round(median(saves)),
        unit: 'ms'
      },
      {
        name: 'conference load + validate, 5,000 delegates (median)',
        value: round(median(loads)),
        unit: 'ms'
      },
      { name: 'conference file size, 5,000 delegates', value: round(size / 1024 / 1024), unit: 'MB' }
    ]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

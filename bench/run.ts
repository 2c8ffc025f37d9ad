import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BenchResult } from './benchResult'
import { conferenceBenches } from './conferenceBench'

/** Each bench module exports one function returning its results; a module that is absent is reported, not faked. */
const MODULES: { file: string; exportName: string }[] = [
  { file: 'domainBench.ts', exportName: 'domainBenches' },
  { file: 'importBench.ts', exportName: 'importBenches' },
  { file: 'pdfBench.ts', exportName: 'pdfBenches' },
  { file: 'longWordBench.ts', exportName: 'longWordBenches' },
  { file: 'rendererFilterBench.ts', exportName: 'rendererFilterBenches' },
  { file: 'collectBench.ts', exportName: 'collectBenches' },
  { file: 'startupBench.ts', exportName: 'startupBenches' },
  { file: 'wordBench.ts', exportName: 'wordBenches' }
]

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const results: BenchResult[] = []
  const wanted = (name: string) => only.length === 0 || only.some((filter) => name.includes(filter))
  if (wanted('conference')) results.push(...(await conferenceBenches()))
  for (const module of MODULES) {
    if (!wanted(module.file)) continue
    const path = join(import.meta.dirname, module.file)
    if (!existsSync(path)) {
      console.warn(`(bỏ qua ${module.file}: chưa có)`)
      continue
    }
    const loaded = (await import(pathToFileURL(path).href)) as Record<string, () => Promise<BenchResult[]>>
    const run = loaded[module.exportName]
    if (typeof run !== 'function') throw new Error(`${module.file} does not export ${module.exportName}()`)
    results.push(...(await run()))
  }
  console.table(results.map((result) => ({ ...result })))
  await writeFile('bench-results.json', `${JSON.stringify(results, null, 2)}\n`)
  console.log(`bench-results.json: ${results.length} entries`)
}

await main()

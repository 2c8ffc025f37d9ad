import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runCli } from '../../electron/cli/runCli'
import { buildNationalConference, buildProvincialReview } from './signableFixtures'

/** Renders the national and provincial cases with the CLI into artifacts/cases/<name> (npx tsx tests/pdf/renderCases.ts). */
async function main(): Promise<void> {
  const root = resolve(process.cwd())
  const out = join(root, 'artifacts/cases', process.argv[2] ?? 'now')
  mkdirSync(out, { recursive: true })
  for (const [name, doc] of [
    ['national', buildNationalConference()],
    ['provincial', buildProvincialReview()]
  ] as const) {
    const file = join(out, `${name}.hoinghi.json`)
    writeFileSync(file, JSON.stringify(doc))
    const docs = process.argv[3] ?? 'agenda,delegates,venues,outlines,awards,script'
    const code = await runCli(['render', file, '--out', join(out, name), '--docs', docs], {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      cwd: root,
      env: {}
    })
    console.log(name, 'exit', code)
  }
}
void main()

import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CliIo } from '../cliIo'
import { runCli } from '../runCli'

let dir: string
let dataDir: string
let out: string[]
let err: string[]
let io: CliIo

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'hoinghi-render-'))
  dataDir = await fs.mkdtemp(join(tmpdir(), 'hoinghi-render-data-'))
  out = []
  err = []
  io = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: dir,
    env: { HOINGHI_DATA_DIR: dataDir }
  }
})
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
  await fs.rm(dataDir, { recursive: true, force: true })
})

describe('hoinghi render', () => {
  it('refuses an --out whose documents would land on the conference file, writing nothing', async () => {
    // A conference saved under the name one of its own documents takes.
    expect(await runCli(['new', 'agenda.pdf', '--title', 'Hội nghị sơ kết 6 tháng đầu năm 2024'], io)).toBe(0)
    const before = await fs.readFile(join(dir, 'agenda.pdf'))
    expect(await runCli(['render', 'agenda.pdf', '--out', '.', '--docs', 'agenda'], io)).toBe(1)
    expect(err).toEqual([expect.stringMatching(/^agenda\.pdf: không ghi đè lên tệp hội nghị/)])
    expect(await fs.readFile(join(dir, 'agenda.pdf'))).toEqual(before)
    expect(out.slice(1)).toEqual([])
  })
})

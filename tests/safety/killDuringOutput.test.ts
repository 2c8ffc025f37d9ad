import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleForChild } from '../support/bundleForChild'
import { tempDir } from './support/testContext'

const KILLS = 8
const SIZE = 4 * 1024 * 1024
let bundle: string

beforeAll(async () => {
  bundle = await bundleForChild(fileURLToPath(new URL('./fixtures/writeDocumentLoop.ts', import.meta.url)))
}, 60_000)

afterAll(async () => {
  if (bundle) await fs.rm(bundle, { force: true })
})

/** Starts the write loop, and SIGKILLs it `delayMs` after its first acknowledged write. */
function runAndKill(folder: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, folder], { stdio: ['ignore', 'pipe', 'pipe'] })
    let acks = 0
    let stderr = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      const before = acks
      acks += (chunk.match(/ACK/g) ?? []).length
      if (before === 0 && acks > 0) setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the write loop ended by itself: ${stderr.slice(0, 2000)}`))
      else resolve(acks)
    })
  })
}

describe('a kill while a PDF is written (issue 12, item 4)', () => {
  it(`never leaves an empty or partial file in place of a whole one, over ${KILLS} kills`, async () => {
    const folder = await tempDir('hoinghi-kill-pdf-')
    for (let kill = 0; kill < KILLS; kill++) {
      const acks = await runAndKill(folder, 1 + Math.floor(Math.random() * 40))
      expect(acks).toBeGreaterThan(0)
      const found = await fs.readFile(join(folder, 'agenda.pdf'))
      expect(found.length, `kill ${kill}`).toBe(SIZE)
      const first = found[0]
      expect(first === 0x41 || first === 0x42).toBe(true)
      expect(
        found.every((byte) => byte === first),
        `kill ${kill}: one whole version`
      ).toBe(true)
    }
    await fs.rm(folder, { recursive: true, force: true })
  }, 120_000)
})

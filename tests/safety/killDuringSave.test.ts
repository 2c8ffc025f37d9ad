import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConferenceStore } from '../../electron/storage/conferenceStore'
import { readConferenceFile } from '../../electron/storage/readConferenceFile'
import { bundleForChild } from '../support/bundleForChild'
import { tempDir } from './support/testContext'

const fixture = fileURLToPath(new URL('./fixtures/saveLoop.ts', import.meta.url))
let bundle = ''

beforeAll(async () => {
  bundle = await bundleForChild(fixture)
}, 60_000)

afterAll(async () => {
  if (bundle) await fs.rm(bundle, { force: true })
})
const KILLS = 50

interface Run {
  lastAck: number
  ready: number
}

/** Starts the save loop, waits for a random ACK, then SIGKILLs it 5–200 ms later. */
function runAndKill(file: string, ackTarget: number, delayMs: number): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    // The fixture bundled once (see beforeAll): no tsx compile per start, so 50 kills fit the time.
    const child = spawn(process.execPath, [bundle, file], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let buffer = ''
    let acks = 0
    let lastAck = -1
    let ready = -1
    let stderr = ''
    let armed = false
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        const [word, value] = line.split(' ')
        if (word === 'READY') ready = Number(value)
        if (word === 'ACK') {
          lastAck = Math.max(lastAck, Number(value))
          acks += 1
          if (acks >= ackTarget && !armed) {
            armed = true
            setTimeout(() => child.kill('SIGKILL'), delayMs)
          }
        }
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    // 'close' fires after stdout is drained: every ACK the child wrote before dying has been read.
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the save loop ended by itself: ${stderr.slice(0, 2000)}`))
      else resolvePromise({ lastAck, ready })
    })
  })
}

describe('kill -9 in the middle of saves', () => {
  it(`keeps a valid file holding the last acknowledged save or the next, over ${KILLS} kills`, async () => {
    const dataDir = await tempDir('hoinghi-kill-')
    const file = join(dataDir, 'conferences', 'killtest.hoinghi.json')
    await fs.mkdir(join(dataDir, 'conferences'), { recursive: true })
    let survived = 0
    let landedInFlight = 0
    let previous = 0
    for (let kill = 0; kill < KILLS; kill++) {
      const ackTarget = 1 + Math.floor(Math.random() * 6)
      const delayMs = 5 + Math.floor(Math.random() * 196)
      const run = await runAndKill(file, ackTarget, delayMs)
      expect(run.lastAck, 'the loop acknowledged at least one save').toBeGreaterThan(0)
      // The file as any reader finds it after the crash: valid, and never older than acknowledged.
      const found = await readConferenceFile(file)
      expect(found, 'file still exists').not.toBeNull()
      const count = found?.doc.delegates.length ?? -1
      expect([run.lastAck, run.lastAck + 1]).toContain(count)
      expect(run.ready).toBeGreaterThanOrEqual(previous)
      if (count === run.lastAck + 1) landedInFlight += 1
      previous = count
      survived += 1
    }
    // The store opens it too, and cleans up temp files left by the killed writers.
    const store = new ConferenceStore(dataDir)
    await store.ensureFolders()
    const { db } = await store.openFile(file)
    expect(db.data.delegates.length).toBe(previous)
    const litter = (await fs.readdir(join(dataDir, 'conferences'))).filter((name) => name.endsWith('.tmp'))
    expect(litter).toEqual([])
    const bak = await readConferenceFile(`${file}.bak`)
    expect(bak?.doc.id).toBe('killtest')
    console.log(
      `kill -9 test: ${survived}/${KILLS} kills survived, ${landedInFlight} in-flight saves landed, final file has ${previous} delegates`
    )
  }, 240_000) // 50 process starts: about 2 s each on a loaded 2-core machine
})

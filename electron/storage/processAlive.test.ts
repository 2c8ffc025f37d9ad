import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { processAlive } from './processAlive'

describe('processAlive (shared by the lock and the stale-temp sweep)', () => {
  it('sees this process and not one that has exited', () => {
    expect(processAlive(process.pid)).toBe(true)
    const child = spawnSync(process.execPath, ['-e', ''])
    expect(child.pid).toBeGreaterThan(0)
    expect(processAlive(child.pid ?? 0)).toBe(false)
  })
})

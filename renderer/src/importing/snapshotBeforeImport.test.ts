import { describe, expect, it } from 'vitest'
import { snapshotBeforeImport } from './snapshotBeforeImport'

describe('snapshotBeforeImport', () => {
  it('saves pending edits before taking the snapshot', async () => {
    const steps: string[] = []
    const flush = async () => {
      await Promise.resolve()
      steps.push('flush')
    }
    const result = await snapshotBeforeImport(
      flush,
      async () => steps.push('snapshot'),
      () => 'lỗi'
    )
    expect(result).toBeNull()
    expect(steps).toEqual(['flush', 'snapshot'])
  })

  it('reports a failed save or snapshot instead of swallowing it', async () => {
    const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error))
    const noDisk = () => Promise.reject(new Error('Không ghi được tệp hoi-nghi-ha-tinh.json: ổ đĩa đầy'))
    expect(await snapshotBeforeImport(noDisk, async () => undefined, describeError)).toBe(
      'Không ghi được tệp hoi-nghi-ha-tinh.json: ổ đĩa đầy'
    )
    let snapshots = 0
    await snapshotBeforeImport(noDisk, async () => snapshots++, describeError)
    expect(snapshots).toBe(0)
    expect(await snapshotBeforeImport(null, noDisk, describeError)).toMatch(/ổ đĩa đầy/)
  })
})

import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileExists } from './fileExists'

describe('fileExists', () => {
  it('tells an existing file from a missing one', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'hoinghi-exists-'))
    const file = join(dir, 'hội-nghị-tổng-kết.hoinghi.json')
    expect(await fileExists(file)).toBe(false)
    await fs.writeFile(file, '{}')
    expect(await fileExists(file)).toBe(true)
    await fs.rm(dir, { recursive: true, force: true })
  })
})

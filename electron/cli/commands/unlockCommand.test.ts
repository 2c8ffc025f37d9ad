import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCliHarness, type CliHarness } from '../../../tests/support/cliHarness'
import { runCli } from '../runCli'

let harness: CliHarness

beforeEach(async () => {
  harness = await createCliHarness('hoinghi-unlock')
  expect(await runCli(['new', 'hn.hoinghi.json', '--title', 'Hội nghị tổng kết năm 2021'], harness.io)).toBe(
    0
  )
  harness.out.length = 0
})
afterEach(async () => {
  await harness.cleanup()
})

const lockFile = () => join(harness.dir, 'hn.hoinghi.json.lock')

async function lockFrom(heartbeat: Date): Promise<void> {
  const info = {
    app: 'hoinghi',
    host: 'PHONG-TH-09',
    user: 'lethihoa',
    pid: 4242,
    since: new Date(heartbeat.getTime() - 5 * 60_000).toISOString(),
    heartbeat: heartbeat.toISOString(),
    token: 'a1b2c3d4e5f6a1b2c3d4e5f6'
  }
  await fs.writeFile(lockFile(), JSON.stringify(info))
}

describe('a lock left by another computer (issue 12, item 10)', () => {
  it('import says who holds it, since when, and how to unlock, without waiting', async () => {
    await lockFrom(new Date('2021-11-22T01:20:00Z'))
    const input = join(harness.dir, 'dai-bieu.csv')
    await fs.writeFile(input, 'Họ và tên,Đơn vị\nNguyễn Văn Hùng,Bộ CHQS tỉnh\n')
    const started = Date.now()
    expect(await runCli(['import', 'hn.hoinghi.json', input, '--kind', 'delegates'], harness.io)).toBe(1)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(harness.err.at(-1)).toMatch(
      /^hn\.hoinghi\.json: tệp đang được lethihoa trên máy PHONG-TH-09 từ \d\d:\d\d ngày 2[12]\/11\/2021 \(tín hiệu cuối lúc \d\d:\d\d ngày 2[12]\/11\/2021\) mở nên không ghi được; .*hoinghi unlock "/
    )
  })

  it('unlock asks first, refuses without a terminal unless --yes, and removes a stale lock', async () => {
    await lockFrom(new Date('2021-11-22T01:20:00Z'))
    const io = harness.io
    expect(await runCli(['unlock', 'hn.hoinghi.json'], io)).toBe(2)
    expect(harness.err.at(-1)).toMatch(/chạy lại với --yes/)
    await fs.access(lockFile())

    const questions: string[] = []
    const asking = (answer: string) => ({
      ...io,
      ask: async (question: string) => {
        questions.push(question)
        return answer
      }
    })
    expect(await runCli(['unlock', 'hn.hoinghi.json'], asking('k'))).toBe(0)
    expect(questions.at(-1)).toMatch(
      /^hn\.hoinghi\.json đang bị khóa bởi lethihoa trên máy PHONG-TH-09 .*Gỡ khóa\? \(c\/k\) $/
    )
    await fs.access(lockFile())
    expect(await runCli(['unlock', 'hn.hoinghi.json'], asking('c'))).toBe(0)
    await expect(fs.access(lockFile())).rejects.toThrow()
    expect(harness.out.at(-1)).toMatch(/^hn\.hoinghi\.json: đã gỡ khóa của lethihoa trên máy PHONG-TH-09/)

    await lockFrom(new Date('2021-11-22T01:20:00Z'))
    expect(await runCli(['unlock', 'hn.hoinghi.json', '--yes'], io)).toBe(0)
    await expect(fs.access(lockFile())).rejects.toThrow()
  })

  it('refuses while the holder’s heartbeat is fresh', async () => {
    await lockFrom(new Date())
    expect(await runCli(['unlock', 'hn.hoinghi.json', '--yes'], harness.io)).toBe(1)
    expect(harness.err.at(-1)).toMatch(/vẫn còn tín hiệu mới/)
    await fs.access(lockFile())
  })
})

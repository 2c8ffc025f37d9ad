import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../tests/safety/support/testContext'
import { runCli } from './runCli'

async function cli(args: string[], cwd: string) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd,
    // Never the real user-data folder: the CLI keeps its snapshots there.
    env: { HOINGHI_DATA_DIR: join(cwd, '..', `${basename(cwd)}-data`) }
  })
  return { code, out, err }
}

const TITLE = 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2023'

describe('hoinghi new / validate', () => {
  it('writes a valid file that validate accepts', async () => {
    const dir = await tempDir('hoinghi-cli-')
    const created = await cli(
      ['new', 'x.hoinghi.json', '--title', TITLE, '--date', '2023-12-26', '--place', 'Hà Tĩnh'],
      dir
    )
    expect(created).toMatchObject({ code: 0, err: [] })
    const stored = JSON.parse(await fs.readFile(join(dir, 'x.hoinghi.json'), 'utf8')) as {
      format: string
      conference: { title: string; date: string }
    }
    expect(stored.format).toBe('hoinghi.conference')
    expect(stored.conference).toMatchObject({ title: TITLE, date: '2023-12-26' })
    const validated = await cli(['validate', 'x.hoinghi.json'], dir)
    expect(validated.code).toBe(0)
    expect(validated.out[0]).toContain('hợp lệ')
  })

  it('rejects a truncated copy with exit 1, one clear line, and leaves it untouched', async () => {
    const dir = await tempDir('hoinghi-cli-')
    await cli(['new', 'x.hoinghi.json', '--title', TITLE], dir)
    const truncated = (await fs.readFile(join(dir, 'x.hoinghi.json'))).subarray(0, 200)
    await fs.writeFile(join(dir, 'cut.hoinghi.json'), truncated)
    const result = await cli(['validate', 'cut.hoinghi.json'], dir)
    expect(result.code).toBe(1)
    expect(result.err).toHaveLength(1)
    expect(result.err[0]).toMatch(/^cut\.hoinghi\.json: không phải JSON hợp lệ/)
    expect(await fs.readFile(join(dir, 'cut.hoinghi.json'))).toEqual(truncated)
  })

  it('never overwrites an existing file with new', async () => {
    const dir = await tempDir('hoinghi-cli-')
    await fs.writeFile(join(dir, 'x.hoinghi.json'), 'dữ liệu cũ')
    const result = await cli(['new', 'x.hoinghi.json', '--title', TITLE], dir)
    expect(result.code).toBe(1)
    expect(result.err[0]).toMatch(/x\.hoinghi\.json: .*không ghi đè/)
    expect(await fs.readFile(join(dir, 'x.hoinghi.json'), 'utf8')).toBe('dữ liệu cũ')
  })

  it.each([
    [[]],
    [['new', 'x.hoinghi.json']],
    [['new', '--title', 'Hội nghị']],
    [['validate']],
    [['frobnicate']],
    [['new', 'x.json', '--title', 'A', '--bogus']]
  ])('exits 2 on bad usage: %j', async (args) => {
    const result = await cli(args, await tempDir('hoinghi-cli-'))
    expect(result.code).toBe(2)
  })

  it('exits 1 naming the field for a bad date', async () => {
    const result = await cli(
      ['new', 'x.hoinghi.json', '--title', TITLE, '--date', '26/12/2023'],
      await tempDir('hoinghi-cli-')
    )
    expect(result.code).toBe(1)
    expect(result.err[0]).toMatch(/--date/)
  })
})

describe('what the CLI prints from files and arguments', () => {
  it('escapes control characters and bidi overrides, so a cell or a title cannot hide or fake output', async () => {
    const dir = await tempDir('hoinghi-cli-')
    const badDate = await cli(
      ['new', 'x.hoinghi.json', '--title', TITLE, '--date', '\u001b[2K\rđã nhập 99'],
      dir
    )
    expect(badDate.code).toBe(1)
    expect(badDate.err[0]).toContain('"\\u001b[2K\\u000dđã nhập 99"')
    const missing = await cli(['validate', 'x\u001b]0;title\u0007\u009b.json'], dir)
    expect(missing.err[0]).toBe('x\\u001b]0;title\\u0007\\u009b.json: không tìm thấy tệp')
    expect(await cli(['new', 'y.hoinghi.json', '--title', TITLE], dir)).toMatchObject({ code: 0 })
    const stored = JSON.parse(await fs.readFile(join(dir, 'y.hoinghi.json'), 'utf8')) as {
      conference: { title: string }
    }
    stored.conference.title = 'Hội nghị \u202egnôc ín'
    await fs.writeFile(join(dir, 'y.hoinghi.json'), JSON.stringify(stored))
    const validated = await cli(['validate', 'y.hoinghi.json'], dir)
    expect(validated.out[0]).toContain('"Hội nghị \\u202egnôc ín"')
    for (const line of [...badDate.err, ...missing.err, ...validated.out])
      // eslint-disable-next-line no-control-regex -- what must never reach the terminal
      expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
  })
})

describe('the hoinghi executable', () => {
  it('passes the exit code and the stderr line through a real process', async () => {
    const dir = await tempDir('hoinghi-bin-')
    await fs.writeFile(join(dir, 'cut.hoinghi.json'), '{"format":"hoinghi.conference","sche')
    const run = promisify(execFile)
    const failure = await run(
      process.execPath,
      [join(process.cwd(), 'bin', 'hoinghi.mjs'), 'validate', 'cut.hoinghi.json'],
      {
        cwd: dir
      }
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stderr.trim()).toMatch(/^cut\.hoinghi\.json: không phải JSON hợp lệ/)
    const usage = await run(process.execPath, [join(process.cwd(), 'bin', 'hoinghi.mjs')], { cwd: dir }).then(
      () => null,
      (error: { code: number }) => error
    )
    expect(usage?.code).toBe(2)
  })
})

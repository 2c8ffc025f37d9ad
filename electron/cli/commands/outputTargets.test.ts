import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CliIo } from '../cliIo'
import { createCliHarness, type CliHarness } from '../../../tests/support/cliHarness'
import { runCli } from '../runCli'

let harness: CliHarness
let dir: string
let dataDir: string
let out: string[]
let err: string[]
let io: CliIo

beforeEach(async () => {
  harness = await createCliHarness('hoinghi-targets')
  ;({ dir, dataDir, out, err, io } = harness)
  expect(await runCli(['new', 'hn.hoinghi.json', '--title', 'Hội nghị giao ban quý III năm 2024'], io)).toBe(
    0
  )
  out.length = 0
})
afterEach(async () => {
  await harness.cleanup()
})

const conferenceFile = () => join(dir, 'hn.hoinghi.json')

describe('render --out and export --out through links (issue 12, item 2)', () => {
  it('refuses a symlink or a hard link in --out that leads to a conference file, leaving it whole', async () => {
    // Another conference, not the one being rendered, with a name that says nothing.
    expect(await runCli(['new', 'khac.hoinghi.json', '--title', 'Hội nghị sơ kết 6 tháng'], io)).toBe(0)
    const other = join(dir, 'khac.hoinghi.json')
    const before = await fs.readFile(other)
    await fs.mkdir(join(dir, 'in'))
    await fs.symlink(other, join(dir, 'in', 'agenda.pdf'))
    expect(await runCli(['render', 'hn.hoinghi.json', '--out', 'in', '--docs', 'agenda'], io)).toBe(1)
    expect(err.at(-1)).toMatch(/^agenda\.pdf: không ghi đè lên tệp hội nghị/)
    expect(await fs.readFile(other)).toEqual(before)

    await fs.rm(join(dir, 'in', 'agenda.pdf'))
    await fs.link(other, join(dir, 'in', 'agenda.pdf'))
    expect(await runCli(['render', 'hn.hoinghi.json', '--out', 'in', '--docs', 'agenda'], io)).toBe(1)
    expect(await fs.readFile(other)).toEqual(before)

    for (const link of ['dai-bieu.csv', 'dai-bieu-cung.csv']) {
      if (link.includes('cung')) await fs.link(conferenceFile(), join(dir, link))
      else await fs.symlink(conferenceFile(), join(dir, link))
      const own = await fs.readFile(conferenceFile())
      expect(
        await runCli(
          ['export', 'hn.hoinghi.json', '--kind', 'delegates', '--format', 'csv', '--out', link],
          io
        )
      ).toBe(1)
      expect(await fs.readFile(conferenceFile())).toEqual(own)
    }
  })

  it('replaces a link to an ordinary file with the new file, never writing through it', async () => {
    const elsewhere = join(dir, 'ban-cu.csv')
    await fs.writeFile(elsewhere, 'bản cũ của người khác')
    await fs.link(elsewhere, join(dir, 'dai-bieu.csv'))
    expect(
      await runCli(
        ['export', 'hn.hoinghi.json', '--kind', 'delegates', '--format', 'csv', '--out', 'dai-bieu.csv'],
        io
      )
    ).toBe(0)
    expect(await fs.readFile(elsewhere, 'utf8')).toBe('bản cũ của người khác')
    expect(await fs.readFile(join(dir, 'dai-bieu.csv'), 'utf8')).toContain('Họ và tên')

    // render wrote PDFs in place (fs.writeFile), through any hard link: no longer.
    await fs.mkdir(join(dir, 'in'))
    await fs.link(elsewhere, join(dir, 'in', 'agenda.pdf'))
    expect(await runCli(['render', 'hn.hoinghi.json', '--out', 'in', '--docs', 'agenda'], io)).toBe(0)
    expect(await fs.readFile(elsewhere, 'utf8')).toBe('bản cũ của người khác')
    expect((await fs.readFile(join(dir, 'in', 'agenda.pdf'))).subarray(0, 5).toString()).toBe('%PDF-')
  })
})

describe('render --out at the data folder (issue 12, item 14)', () => {
  it('refuses the data folder itself, writing nothing into it', async () => {
    const before = (await fs.readdir(dataDir)).sort()
    expect(await runCli(['render', 'hn.hoinghi.json', '--out', dataDir, '--docs', 'agenda'], io)).toBe(1)
    expect(err.at(-1)).toMatch(/không ghi đè/)
    expect((await fs.readdir(dataDir)).sort()).toEqual(before)
  })
})

describe('disk errors in words (issue 12, item 9)', () => {
  it('says that --out is a folder, naming it, without errno text or temp names', async () => {
    await fs.mkdir(join(dir, 'dirout'))
    expect(
      await runCli(
        ['export', 'hn.hoinghi.json', '--kind', 'delegates', '--format', 'csv', '--out', 'dirout'],
        io
      )
    ).toBe(1)
    expect(err.at(-1)).toBe(
      `dirout: "${join(dir, 'dirout')}" là một thư mục, không phải tệp; hãy ghi rõ tên tệp cần ghi`
    )
  })

  it('says that the folder does not exist', async () => {
    expect(
      await runCli(
        ['export', 'hn.hoinghi.json', '--kind', 'delegates', '--format', 'csv', '--out', 'khong-co/x.csv'],
        io
      )
    ).toBe(1)
    expect(err.at(-1)).toBe(
      `x.csv: thư mục "${join(dir, 'khong-co')}" không tồn tại; hãy tạo thư mục đó hoặc chọn nơi khác`
    )
    expect(err.join('\n')).not.toMatch(/ENOENT|\.tmp/)
  })

  it('exports without taking the lock: a lock it could not even read does not stop a read', async () => {
    // What a read-only share or another computer's odd lock looks like to us: unusable.
    await fs.mkdir(join(dir, 'hn.hoinghi.json.lock'))
    expect(
      await runCli(
        ['export', 'hn.hoinghi.json', '--kind', 'delegates', '--format', 'json', '--out', 'x.json'],
        io
      )
    ).toBe(0)
    expect(err).toEqual([])
  })
})

import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CliIo } from '../cliIo'
import { createCliHarness, type CliHarness } from '../../../tests/support/cliHarness'
import { runCli } from '../runCli'

let harness: CliHarness
let dir: string
let out: string[]
let err: string[]
let io: CliIo

beforeEach(async () => {
  harness = await createCliHarness('hoinghi-render')
  ;({ dir, out, err, io } = harness)
})
afterEach(async () => {
  await harness.cleanup()
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

  it('reads a file saved with a BOM, as validate and the app do', async () => {
    expect(await runCli(['new', 'hn.json', '--title', 'Hội nghị tổng kết công tác QP-AN năm 2023'], io)).toBe(
      0
    )
    const text = await fs.readFile(join(dir, 'hn.json'), 'utf8')
    await fs.writeFile(join(dir, 'bom.json'), `\ufeff${text}`)
    expect(await runCli(['validate', 'bom.json'], io)).toBe(0)
    expect(await runCli(['render', 'bom.json', '--out', 'pdf', '--docs', 'agenda'], io)).toBe(0)
    expect(err).toEqual([])
    expect(out.at(-1)).toBe(join(dir, 'pdf', 'agenda.pdf'))
    expect((await fs.readFile(join(dir, 'pdf', 'agenda.pdf'))).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('refuses a binary file with the same one line validate gives, writing nothing', async () => {
    await fs.writeFile(
      join(dir, 'anh.json'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
    )
    expect(await runCli(['validate', 'anh.json'], io)).toBe(1)
    const fromValidate = err.splice(0)
    expect(fromValidate).toEqual(['anh.json: tệp nhị phân, không phải tệp hội nghị (JSON)'])
    expect(await runCli(['render', 'anh.json', '--out', 'pdf'], io)).toBe(1)
    expect(err).toEqual(fromValidate)
    await expect(fs.access(join(dir, 'pdf'))).rejects.toThrow()
  })

  it('writes a Word file beside each PDF with --format both, and only Word with --format docx', async () => {
    expect(
      await runCli(['new', 'hn.json', '--title', 'Hội nghị tổng kết công tác phối hợp năm 2023'], io)
    ).toBe(0)
    out.splice(0)
    expect(
      await runCli(['render', 'hn.json', '--out', 'in', '--docs', 'agenda,venues', '--format', 'both'], io)
    ).toBe(0)
    expect(out).toEqual(
      ['agenda.pdf', 'agenda.docx', 'venues.pdf', 'venues.docx'].map((name) => join(dir, 'in', name))
    )
    const docx = await fs.readFile(join(dir, 'in', 'agenda.docx'))
    // A zip whose body is a Word document.
    expect(docx.subarray(0, 2).toString()).toBe('PK')
    expect(docx.includes(Buffer.from('word/document.xml'))).toBe(true)
    out.splice(0)
    expect(
      await runCli(['render', 'hn.json', '--out', 'w', '--docs', 'agenda', '--format', 'docx'], io)
    ).toBe(0)
    expect(out).toEqual([join(dir, 'w', 'agenda.docx')])
    await expect(fs.access(join(dir, 'w', 'agenda.pdf'))).rejects.toThrow()
  })

  it('refuses an unknown --format as bad usage, writing nothing', async () => {
    expect(await runCli(['new', 'hn.json', '--title', 'Hội nghị giao ban quý III năm 2024'], io)).toBe(0)
    expect(await runCli(['render', 'hn.json', '--out', 'in', '--format', 'odt'], io)).toBe(2)
    expect(err.join('\n')).toMatch(/--format phải là pdf, docx hoặc both/)
    await expect(fs.access(join(dir, 'in'))).rejects.toThrow()
  })
})

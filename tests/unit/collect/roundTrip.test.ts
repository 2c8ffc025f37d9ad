import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/runCli'
import type { ConferenceDocument, Delegate } from '../../../shared/model/conference'
import { createCliHarness, type CliHarness } from '../../support/cliHarness'
import { generateConference } from '../../support/generateConference'
import { fillReplies, type FilledReplies } from '../../support/fillReplies'

let harness: CliHarness
let original: ConferenceDocument
let filled: FilledReplies
const conferenceFile = () => join(harness.dir, 'hn.hoinghi.json')
const read = async () => JSON.parse(await fs.readFile(conferenceFile(), 'utf8')) as ConferenceDocument
const person = (p: Delegate) =>
  [p.name, p.rank, p.position, p.unit, p.role, p.attendance, p.phone].join(' | ')

beforeAll(async () => {
  harness = await createCliHarness('hoinghi-collect')
  original = generateConference(90 * 13, 90)
  await fs.writeFile(conferenceFile(), JSON.stringify(original))
}, 60_000)
afterAll(async () => {
  await harness.cleanup()
})

describe('templates out, lists back: 90 venues', () => {
  it('writes one template per venue and records when', async () => {
    const code = await runCli(
      [
        'templates',
        'hn.hoinghi.json',
        '--out',
        'mau',
        '--deadline',
        '20/12/2023',
        '--contact',
        'Đ/c Trần Thị Hà, 0239 385 5555'
      ],
      harness.io
    )
    expect(harness.err).toEqual([])
    expect(code).toBe(0)
    const names = (await fs.readdir(join(harness.dir, 'mau'))).sort()
    expect(names).toHaveLength(90)
    expect(names[0]).toBe('mau-01-Hội trường UBND tỉnh Hà Tĩnh.xlsx')
    const doc = await read()
    expect(doc.venues.every((venue) => venue.collection.templateAt !== '')).toBe(true)
    original = doc
    filled = await fillReplies(doc, join(harness.dir, 'mau'), join(harness.dir, 'tra-ve'))
  }, 120_000)

  it('previews one line per venue and changes nothing', async () => {
    harness.out.length = 0
    harness.err.length = 0
    const before = await fs.readFile(conferenceFile(), 'utf8')
    const code = await runCli(['collect', 'hn.hoinghi.json', 'tra-ve'], harness.io)
    expect(harness.err).toEqual([])
    expect(code).toBe(0)
    expect(harness.out).toHaveLength(90)
    const lineOf = (venueId: string) => {
      const name = original.venues.find((venue) => venue.id === venueId)?.name ?? ''
      return harness.out.find((line) => line.startsWith(`${name}:`)) ?? ''
    }
    expect(lineOf(filled.copiedWithoutIdentity)).toContain('nhận theo tên điểm cầu ở đầu trang')
    expect(lineOf(filled.csvWindows1258)).toMatch(/\.csv \(nhận theo tên điểm cầu ở đầu trang\)/)
    expect(lineOf(filled.sentTwice)).toContain('(sua lai).xlsx (nhận theo mã nhận dạng trong tệp)')
    expect(lineOf(filled.sentTwice)).toContain('bản mới thay cho')
    expect(await fs.readFile(conferenceFile(), 'utf8')).toBe(before)
  }, 60_000)

  it('applies: every venue ends with exactly its intended list, people keep their ids, nothing doubles', async () => {
    harness.out.length = 0
    const code = await runCli(['collect', 'hn.hoinghi.json', 'tra-ve', '--apply'], harness.io)
    expect(harness.err).toEqual([])
    expect(code).toBe(0)
    const doc = await read()
    const ids = doc.delegates.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    let total = 0
    for (const venue of doc.venues) {
      const intended = filled.intended.get(venue.id) ?? []
      total += intended.length
      const got = doc.delegates.filter((p) => p.venueId === venue.id)
      expect(got.map(person).sort(), venue.name).toEqual(intended.map(person).sort())
      // Everyone who was there before keeps their record.
      const kept = intended.filter((p) => !p.id.startsWith('added'))
      expect(got.filter((p) => kept.some((k) => k.id === p.id))).toHaveLength(kept.length)
      expect(venue.collection.replyAt).not.toBe('')
    }
    expect(doc.delegates).toHaveLength(total)
    expect(doc.delegates.some((p) => p.name === 'Người Ghi Nhầm')).toBe(false)
    const twice = doc.venues.find((venue) => venue.id === filled.sentTwice)
    expect(twice?.collection.replyFile).toMatch(/\(sua lai\)\.xlsx$/)
  }, 60_000)

  it('collecting the same files again changes no one', async () => {
    harness.out.length = 0
    expect(await runCli(['collect', 'hn.hoinghi.json', 'tra-ve'], harness.io)).toBe(0)
    expect(harness.out.every((line) => line.includes('mới 0, sửa 0, bỏ 0'))).toBe(true)
  }, 60_000)
})

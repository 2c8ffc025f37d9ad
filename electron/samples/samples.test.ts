import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseConferenceText } from '../../shared/model/parseConferenceDocument'
import { runCli } from '../cli/runCli'
import { createCliHarness, type CliHarness } from '../../tests/support/cliHarness'
import { SAMPLE_CONFERENCE_FILE, SAMPLE_IMPORT_TEMPLATE, samplesDir } from './samplePaths'
import { sampleConferenceText } from './writeSamples'

let harness: CliHarness | null = null
afterEach(async () => {
  await harness?.cleanup()
  harness = null
})

describe('the shipped samples', () => {
  it('the committed sample conference is exactly what shared/firstRun generates (run npm run samples)', async () => {
    const committed = await fs.readFile(join(samplesDir(), SAMPLE_CONFERENCE_FILE), 'utf8')
    expect(committed).toBe(sampleConferenceText())
  })

  it('is a complete, valid three-force review: venues, 60 delegates, agenda, outline, awards under two authorities', async () => {
    const { doc, migratedFrom } = parseConferenceText(
      await fs.readFile(join(samplesDir(), SAMPLE_CONFERENCE_FILE), 'utf8')
    )
    expect(migratedFrom).toBeNull()
    expect(doc.delegates).toHaveLength(60)
    expect(doc.venues.length).toBeGreaterThanOrEqual(4)
    expect(doc.venues.filter((venue) => venue.isMain)).toHaveLength(1)
    for (const venue of doc.venues)
      expect(
        doc.delegates.some((delegate) => delegate.id === venue.chairId),
        venue.name
      ).toBe(true)
    expect(doc.agenda.length).toBeGreaterThanOrEqual(8)
    expect(doc.outlines[0]?.sections.length).toBeGreaterThan(0)
    expect(new Set(doc.awards.map((award) => award.authority)).size).toBe(2)
    expect(doc.documents.issuerCode).not.toBe('')
    expect(doc.documents.signerName).not.toBe('')
    // Every reference points at something that exists.
    const ids = new Set(doc.delegates.map((delegate) => delegate.id))
    for (const item of doc.agenda)
      if (item.presenterId) expect(ids.has(item.presenterId), item.title).toBe(true)
    for (const award of doc.awards)
      if (award.delegateId) expect(ids.has(award.delegateId), award.recipient).toBe(true)
    expect(new Set(doc.delegates.map((delegate) => delegate.name)).size).toBe(60)
  })

  it('its delegate names carry every Vietnamese letter mark and all five tones, in NFC', async () => {
    const { doc } = parseConferenceText(await fs.readFile(join(samplesDir(), SAMPLE_CONFERENCE_FILE), 'utf8'))
    const names = doc.delegates.map((delegate) => delegate.name).join(' ')
    expect(names).toBe(names.normalize('NFC'))
    const marks = new Set(names.normalize('NFD'))
    for (const [mark, what] of [
      ['\u0306', 'ă'],
      ['\u0302', 'â ê ô'],
      ['\u031b', 'ơ ư'],
      ['\u0300', 'huyền'],
      ['\u0301', 'sắc'],
      ['\u0309', 'hỏi'],
      ['\u0303', 'ngã'],
      ['\u0323', 'nặng']
    ] as const)
      expect(marks.has(mark), what).toBe(true)
    expect(names).toMatch(/Đ/)
    for (const letter of ['ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ'])
      expect(names.toLowerCase().normalize('NFD').includes(letter.normalize('NFD')), letter).toBe(true)
  })

  it('the Excel template imports as one delegate with no problem', async () => {
    harness = await createCliHarness('hoinghi-template')
    const template = join(harness.dir, SAMPLE_IMPORT_TEMPLATE)
    await fs.copyFile(join(samplesDir(), SAMPLE_IMPORT_TEMPLATE), template)
    expect(await runCli(['new', 'thu.hoinghi.json', '--title', 'Hội nghị thử mẫu nhập'], harness.io)).toBe(0)
    const code = await runCli(
      ['import', 'thu.hoinghi.json', SAMPLE_IMPORT_TEMPLATE, '--kind', 'delegates'],
      harness.io
    )
    expect(harness.err).toEqual([])
    expect(code).toBe(0)
    const { doc } = parseConferenceText(await fs.readFile(join(harness.dir, 'thu.hoinghi.json'), 'utf8'))
    expect(doc.delegates).toHaveLength(1)
    expect(doc.delegates[0]).toMatchObject({
      name: 'Nguyễn Thị Hương Giang',
      rank: 'Trung tá',
      unit: 'Bộ CHQS tỉnh Thạch Lam',
      role: 'delegate',
      attendance: 'confirmed'
    })
  })
})

import { promises as fs } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCliHarness, type CliHarness } from '../../../tests/support/cliHarness'
import { hasPoppler, pdfText } from '../../../tests/pdf/pdfReadBack'
import { readConferenceFile } from '../../storage/readConferenceFile'
import { runCli } from '../runCli'

let harness: CliHarness
beforeEach(async () => {
  harness = await createCliHarness('hoinghi-settings')
  expect(
    await runCli(['new', 'hn.json', '--title', 'Hội nghị tổng kết công tác QP - AN năm 2023'], harness.io)
  ).toBe(0)
  harness.out.length = 0
})
afterEach(async () => {
  await harness.cleanup()
})

async function stored() {
  const read = await readConferenceFile(join(harness.dir, 'hn.json'))
  if (!read) throw new Error('no file')
  return read.doc.documents
}

describe('hoinghi settings', () => {
  it('prints the document settings as JSON', async () => {
    expect(await runCli(['settings', 'hn.json'], harness.io)).toBe(0)
    const printed = JSON.parse(harness.out.join('\n')) as Record<string, unknown>
    expect(printed).toMatchObject({ issuerCode: '', nameCardUnitLine: false, recipients: [] })
  })

  it('sets any setting, keeps the line breaks of multi-line fields and folds single-line ones', async () => {
    const code = await runCli(
      [
        'settings',
        'hn.json',
        '--set',
        'signerTitle=TM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH',
        '--set',
        'issuingBody=ỦY BAN NHÂN DÂN\\nTỈNH HÀ TĨNH',
        '--set',
        'signerName=Võ Trọng\\nHải',
        '--set',
        'recipients=Bộ Tư lệnh Quân khu 4 (để b/c)|Thường trực Tỉnh ủy, HĐND tỉnh',
        '--set',
        'issuerCode=UBND',
        '--set',
        'nameCardUnitLine=true'
      ],
      harness.io
    )
    expect(harness.err).toEqual([])
    expect(code).toBe(0)
    let documents = await stored()
    expect(documents.signerTitle).toBe('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH')
    expect(documents.issuingBody).toBe('ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH')
    expect(documents.signerName).toBe('Võ Trọng Hải')
    expect(documents.recipients).toEqual(['Bộ Tư lệnh Quân khu 4 (để b/c)', 'Thường trực Tỉnh ủy, HĐND tỉnh'])
    expect(documents.nameCardUnitLine).toBe(true)

    // A later save of something else keeps the breaks (the store normalises every save).
    expect(await runCli(['settings', 'hn.json', '--set', 'place=Hà Tĩnh'], harness.io)).toBe(0)
    documents = await stored()
    expect(documents.signerTitle).toBe('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH')
    expect(documents.issuingBody).toBe('ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH')

    if (!hasPoppler()) return
    // An agenda of one item, so the programme (which carries the signature) is written.
    const path = join(harness.dir, 'hn.json')
    const file = JSON.parse(await fs.readFile(path, 'utf8')) as { agenda: unknown[] }
    file.agenda.push({
      id: 'a1',
      title: 'Khai mạc hội nghị',
      kind: 'other',
      durationMin: 10,
      pinnedStart: '08:00',
      presenterId: null,
      presenterText: '',
      venueId: null,
      notes: ''
    })
    await fs.writeFile(path, JSON.stringify(file))
    expect(await runCli(['render', 'hn.json', '--out', 'pdf', '--docs', 'agenda'], harness.io)).toBe(0)
    const text = pdfText(join(harness.dir, 'pdf', 'agenda.pdf'))
    expect(text).toMatch(/TM\. ỦY BAN NHÂN DÂN *\n.*CHỦ TỊCH/u)
    expect(text).not.toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH')
    expect(text).toMatch(/Số:\s+\/CTr-UBND/u)
  })

  it('refuses an invalid value with exit 1, naming the field, and changes nothing', async () => {
    const before = await fs.readFile(join(harness.dir, 'hn.json'))
    expect(await runCli(['settings', 'hn.json', '--set', 'labelLang=fr'], harness.io)).toBe(1)
    expect(harness.err[0]).toMatch(
      /^hn\.json: Ngôn ngữ phần chữ cố định \(labelLang\) phải là một trong: vi, en/u
    )
    expect(await runCli(['settings', 'hn.json', '--set', `issuerCode=${'X'.repeat(21)}`], harness.io)).toBe(1)
    expect(harness.err.at(-1)).toMatch(/Ký hiệu cơ quan \(issuerCode\) dài quá 20 ký tự/u)
    expect(await fs.readFile(join(harness.dir, 'hn.json'))).toEqual(before)
  })

  it('exits 2 on an unknown key or a missing file argument', async () => {
    expect(await runCli(['settings', 'hn.json', '--set', 'colour=red'], harness.io)).toBe(2)
    expect(await runCli(['settings'], harness.io)).toBe(2)
    expect(await runCli(['settings', 'hn.json', '--set', 'scriptEdits=x'], harness.io)).toBe(2)
  })

  it('exits 1 on a file that does not exist', async () => {
    expect(await runCli(['settings', resolve(harness.dir, 'khong-co.json')], harness.io)).toBe(1)
  })
})

import { promises as fs } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readTable } from '../../electron/importExport/readTable'
import {
  DELEGATE_LIST_TITLE,
  HA_TINH_AGENDA,
  HA_TINH_AWARDS,
  HA_TINH_DELEGATES,
  HAU_GIANG_AWARDS
} from '../fixtures/samples/sampleData'
import { samplePath, SAMPLE_FILES } from '../fixtures/samples/samplePaths'
import { sampleCsv } from '../fixtures/samples/writeSamples'

// The committed sample files are what writeSamples.ts writes from sampleData.ts: a change to one
// without the other (run `npx tsx tests/fixtures/samples/writeSamples.ts`) fails here.
describe('the sample files inside the repository', () => {
  it.each([
    [SAMPLE_FILES.delegatesCsv, HA_TINH_DELEGATES],
    [SAMPLE_FILES.agendaCsv, HA_TINH_AGENDA],
    [SAMPLE_FILES.haTinhAwardsCsv, HA_TINH_AWARDS],
    [SAMPLE_FILES.hauGiangAwardsCsv, HAU_GIANG_AWARDS]
  ] as const)('%s is written from the sample data', async (name, rows) => {
    expect(await fs.readFile(samplePath(name), 'utf8')).toBe(sampleCsv(rows))
  })

  it('the delegate workbook holds a title row, a blank row, then the same list as the CSV', async () => {
    const table = await readTable(samplePath(SAMPLE_FILES.delegatesXlsx))
    expect(table.rows[0]?.[0]).toBe(DELEGATE_LIST_TITLE)
    expect(table.rows[1]?.every((cell) => cell === '')).toBe(true)
    expect(table.rows.slice(2)).toEqual(HA_TINH_DELEGATES)
  })

  it('carries every Vietnamese letter with its marks among the names, ranks, positions and units', () => {
    const text = HA_TINH_DELEGATES.flat().join(' ') + HAU_GIANG_AWARDS.flat().join(' ')
    for (const letter of [
      'ă',
      'â',
      'đ',
      'ê',
      'ô',
      'ơ',
      'ư',
      'Ư',
      'Đ',
      'Ỷ',
      'Ổ',
      'Ơ',
      'Â',
      'ũ',
      'ỹ',
      'ạ',
      'ả',
      'ế',
      'ộ'
    ])
      expect(text, letter).toContain(letter)
  })
})

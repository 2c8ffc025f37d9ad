import { promises as fs } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SPECTRUM_CASES } from '../../tests/fixtures/csv/spectrumCases'
import { createCliHarness, type CliHarness } from '../../tests/support/cliHarness'
import { runCli } from '../cli/runCli'
import { previewImport, type ImportPreviewResult } from './previewImport'
import { readTable, type Table } from './readTable'

/** The names of the delegates a preview would import. */
function names(preview: ImportPreviewResult): string[] {
  return preview.kind === 'delegates' ? preview.records.map((record) => record.name) : []
}

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'hoinghi-csv-'))
})
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

async function write(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name)
  await fs.writeFile(path, data)
  return path
}

const HEADER = ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ', 'Đơn vị']
const PEOPLE: string[][] = [
  ['1', 'Nguyễn Xuân Thắng', 'Đại tá', 'Chỉ huy trưởng', 'Bộ CHQS tỉnh Hà Tĩnh'],
  ['2', 'Bùi Hồng Thanh', 'Đại tá', 'Chỉ huy trưởng', 'BĐBP Hà Tĩnh'],
  ['3', 'Phạm Thanh Phương', 'Đại tá', 'Phó Giám đốc', 'Công an tỉnh Hà Tĩnh'],
  ['4', 'Ngô Nam Cường', 'Đại tá', 'Phó Tư lệnh', 'Quân khu 4'],
  ['5', 'Đỗ Xuân Thanh', 'Đại úy', 'Phó Trưởng phòng', 'Công an huyện Hương Khê'],
  ['6', 'Lê Hữu Ân', 'Đại tá', 'Phó Chỉ huy trưởng', 'Ban CHQS huyện Kỳ Anh'],
  ['7', 'Hồ Thị Vinh', 'Đại tá', 'Chính trị viên', 'Ban CHQS huyện Kỳ Anh'],
  ['8', 'Hoàng Ngọc Ổn', '', 'Chuyên viên', 'Văn phòng UBND tỉnh'],
  ['9', 'Ưng Văn Tỏ', 'Đại úy', 'Đồn trưởng', 'Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo'],
  ['10', 'Lê Thanh Ỷ', 'Thượng tá', 'Chính trị viên', 'Ban CHQS huyện Lộc Hà']
]
const lines = [HEADER, ...PEOPLE].map((row) => row.join(','))

describe('line endings', () => {
  let harness: CliHarness
  beforeEach(async () => {
    harness = await createCliHarness('hoinghi-csv-endings')
    expect(await runCli(['new', 'hn.json', '--title', 'Hội nghị tổng kết năm 2023'], harness.io)).toBe(0)
  })
  afterEach(async () => {
    await harness.cleanup()
  })

  it.each([
    ['CRLF header, LF rows', (index: number) => (index === 0 ? '\r\n' : '\n')],
    ['LF header, CRLF rows', (index: number) => (index === 0 ? '\n' : '\r\n')],
    ['CR only (old Mac Excel)', () => '\r'],
    ['a mix on every line', (index: number) => ['\r\n', '\n', '\r'][index % 3] ?? '\n']
  ])('%s: every row is stored and the count printed is the rows read', async (_, ending) => {
    const text = lines.map((line, index) => line + ending(index)).join('')
    await fs.writeFile(join(harness.dir, 'dai-bieu.csv'), text)
    const code = await runCli(['import', 'hn.json', 'dai-bieu.csv', '--kind', 'delegates'], harness.io)
    expect(harness.err).toEqual([])
    expect(code).toBe(0)
    const printed = /đã nhập (\d+) đại biểu/.exec(harness.out.at(-1) ?? '')
    const stored = JSON.parse(await fs.readFile(join(harness.dir, 'hn.json'), 'utf8')) as {
      delegates: { name: string; unit: string }[]
    }
    expect(Number(printed?.[1])).toBe(PEOPLE.length)
    expect(stored.delegates.map((delegate) => [delegate.name, delegate.unit])).toEqual(
      PEOPLE.map((row) => [row[1], row[4]])
    )
  })
})

describe('what the CSV parser warns about is a problem on its row, never a silent drop', () => {
  it('a stray quote in row 8 of 10 ("Tư" Nguyễn Văn H) names the file, row and field; nothing is imported', async () => {
    const harness = await createCliHarness('hoinghi-csv-quote')
    try {
      expect(await runCli(['new', 'hn.json', '--title', 'Hội nghị tổng kết năm 2023'], harness.io)).toBe(0)
      const rows = PEOPLE.map((row) => [...row])
      const eighth = rows[7]
      if (eighth) eighth[1] = '"Tư" Nguyễn Văn H'
      await fs.writeFile(
        join(harness.dir, 'dai-bieu.csv'),
        [HEADER, ...rows].map((row) => row.join(',')).join('\n') + '\n'
      )
      const before = await fs.readFile(join(harness.dir, 'hn.json'))
      const code = await runCli(['import', 'hn.json', 'dai-bieu.csv', '--kind', 'delegates'], harness.io)
      expect(code).toBe(1)
      expect(harness.err[0]).toMatch(/^dai-bieu\.csv: dòng 9, trường Họ và tên: .*ngoặc kép/)
      expect(harness.out.join('\n')).not.toMatch(/đã nhập/)
      expect(await fs.readFile(join(harness.dir, 'hn.json'))).toEqual(before)
    } finally {
      await harness.cleanup()
    }
  })

  it('an unterminated quote is reported where it opens', async () => {
    const path = await write(
      'unterminated.csv',
      [
        HEADER.join(','),
        PEOPLE[0]?.join(','),
        '2,"Bùi Hồng Thanh,Đại tá,Chỉ huy trưởng,BĐBP Hà Tĩnh',
        PEOPLE[2]?.join(',')
      ].join('\n')
    )
    const preview = previewImport(await readTable(path), 'delegates')
    expect(preview.problems).toContainEqual(
      expect.objectContaining({ row: 3, field: 'Họ và tên', message: expect.stringMatching(/không đóng/) })
    )
    expect(names(preview)).toEqual(['Nguyễn Xuân Thắng'])
  })

  it('a row with more cells than the header is a problem naming the row and the column', async () => {
    const rows = PEOPLE.slice(0, 3).map((row) => row.join(','))
    rows[1] = '2,Bùi Hồng Thanh,Đại tá,Chỉ huy trưởng,BĐBP Hà Tĩnh,Đồng chủ trì'
    const path = await write('wide.csv', [HEADER.join(','), ...rows].join('\n'))
    const preview = previewImport(await readTable(path), 'delegates')
    expect(preview.problems).toEqual([
      {
        row: 3,
        field: 'cột F',
        message: expect.stringMatching(/ngoài 5 cột của dòng tiêu đề 1.*Đồng chủ trì/)
      }
    ])
    expect(names(preview)).toEqual(['Nguyễn Xuân Thắng', 'Phạm Thanh Phương'])
    expect(preview.totalRows).toBe(3)
  })

  it('a trailing separator (an empty cell beyond the header) is not a problem', async () => {
    const path = await write('trailing.csv', [HEADER.join(','), `${PEOPLE[0]?.join(',')},`].join('\n'))
    const preview = previewImport(await readTable(path), 'delegates')
    expect(preview.problems).toEqual([])
    expect(preview.records).toHaveLength(1)
  })
})

describe('control characters and half characters in a cell', () => {
  it.each([
    ['an escape sequence', 'Lý Hữu \u001b[2J Ánh', 'U+001B'],
    ['a C1 control (TCVN3 read wrongly)', 'Lý Hữu \u0083nh', 'U+0083']
  ])('%s is shown as a problem on its row and field', async (_, name, code) => {
    const path = await write(
      'control.csv',
      [HEADER.join(','), PEOPLE[0]?.join(','), `2,${name},Đại tá,Chỉ huy trưởng,BĐBP Hà Tĩnh`].join('\n')
    )
    const preview = previewImport(await readTable(path), 'delegates')
    expect(preview.problems).toEqual([{ row: 3, field: 'Họ và tên', message: expect.stringContaining(code) }])
    expect(names(preview)).toEqual(['Nguyễn Xuân Thắng'])
  })

  // UTF-8 and UTF-16 decoders already turn half a character into U+FFFD; a workbook's cell text
  // or a table from elsewhere can still hold one.
  it('a lone surrogate in a cell is shown as a problem on its row and field', () => {
    const table: Table = {
      fileName: 'dai-bieu.xlsx',
      sheets: ['Danh sách'],
      sheet: 'Danh sách',
      rows: [
        HEADER,
        PEOPLE[0] ?? [],
        ['2', 'Bùi Hồng Thanh', 'Đại tá', 'Chỉ huy trưởng', 'BĐBP Hà Tĩnh \ud83d']
      ],
      encoding: { detected: 'utf-8', used: 'utf-8', confidence: 1 },
      problems: []
    }
    const preview = previewImport(table, 'delegates')
    expect(preview.problems).toEqual([
      { row: 3, field: 'Đơn vị', message: expect.stringContaining('U+D83D') }
    ])
    expect(preview.records).toHaveLength(1)
  })
})

describe("Excel's Unicode Text (UTF-16 with a BOM, tab-separated)", () => {
  const text = [HEADER, ...PEOPLE.slice(0, 3)].map((row) => row.join('\t')).join('\r\n') + '\r\n'
  const utf16be = (value: string) => {
    const le = Buffer.from(value, 'utf16le')
    for (let index = 0; index + 1 < le.length; index += 2) {
      const low = le[index] ?? 0
      le[index] = le[index + 1] ?? 0
      le[index + 1] = low
    }
    return le
  }
  it.each([
    ['UTF-16LE', 'unicode-le.txt', Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')])],
    ['UTF-16BE', 'unicode-be.txt', Buffer.concat([Buffer.of(0xfe, 0xff), utf16be(text)])],
    [
      'UTF-16LE saved as .csv',
      'unicode.csv',
      Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')])
    ]
  ])('%s is read, not refused as binary', async (_, name, bytes) => {
    const table = await readTable(await write(name, bytes))
    expect(table.rows).toEqual([HEADER, ...PEOPLE.slice(0, 3)])
    expect(table.problems).toEqual([])
    const preview = previewImport(table, 'delegates')
    expect(preview.problems).toEqual([])
    expect(names(preview)).toEqual(PEOPLE.slice(0, 3).map((row) => row[1]))
  })
})

type Spectrum = (
  callback: (error: unknown, data: { name: string; csv: Buffer; json: Buffer }[]) => void
) => void

/** The csv-spectrum package when it is installed (it is not yet a devDependency), else null. */
function loadSpectrum(): Spectrum | null {
  try {
    return createRequire(import.meta.url)('csv-spectrum') as Spectrum
  } catch {
    return null
  }
}

describe('csv-spectrum cases', () => {
  it.each(SPECTRUM_CASES.map((entry) => [entry.name, entry] as const))('%s', async (name, entry) => {
    const table = await readTable(await write(`${name}.csv`, entry.csv))
    expect(table.rows).toEqual(entry.rows)
    expect(table.problems).toEqual([])
  })

  // The package itself, when it is installed (a devDependency to add): the same check on its files.
  const spectrum = loadSpectrum()
  it.skipIf(spectrum === null)('every case of the installed csv-spectrum package', async () => {
    const cases = await new Promise<{ name: string; csv: Buffer; json: Buffer }[]>((resolve, reject) =>
      spectrum?.((error, data) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(data)
      )
    )
    for (const entry of cases) {
      if (entry.name === 'location_coordinates') continue
      const table = await readTable(await write(`pkg-${entry.name}.csv`, entry.csv))
      const expected = JSON.parse(entry.json.toString('utf8')) as Record<string, string>[]
      const [header = [], ...rows] = table.rows
      const actual = rows.map((row) =>
        Object.fromEntries(header.map((key, index) => [key, row[index] ?? '']))
      )
      const lineEnding = (value: Record<string, string>) =>
        Object.fromEntries(Object.entries(value).map(([key, cell]) => [key, cell.replace(/\r\n/g, '\n')]))
      expect(actual, entry.name).toEqual(expected.map(lineEnding))
    }
  })
})

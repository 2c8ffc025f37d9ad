import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import XLSX, { version as sheetJsVersion } from 'xlsx'
import { encodeTcvn3 } from '../../shared/text/legacy/tcvn3'
import { encodeVni } from '../../shared/text/legacy/vni'
import { previewImport } from './previewImport'
import { hostileWorkbook, overstatedWorkbook } from '../../tests/import/hostileWorkbook'
import { MAX_IMPORT_BYTES, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, readTable } from './readTable'
import { SAMPLES_DIR } from '../../tests/fixtures/samples/samplePaths'

const SAMPLES = SAMPLES_DIR
let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'hoinghi-import-'))
})
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

async function write(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name)
  await fs.writeFile(path, data)
  return path
}

const HEADER = 'STT,Họ và tên,Cấp bậc,Chức vụ,Đơn vị,Điểm cầu,Vai trò'
const ROWS = [
  '1,Nguyễn Xuân Thắng,Đại tá,Chỉ huy trưởng,Bộ CHQS tỉnh Hà Tĩnh,Hội trường UBND tỉnh,Đồng chủ trì',
  '2,Hồ Thị Vinh,Đại tá,Chính trị viên,Ban CHQS huyện Kỳ Anh,Điểm cầu huyện Kỳ Anh,Đại biểu'
]

describe('the sample files', () => {
  it.each([
    ['ha-tinh-2023-dai-bieu.xlsx', 'delegates', 3, 60],
    ['ha-tinh-2023-dai-bieu.csv', 'delegates', 1, 60],
    ['ha-tinh-2023-chuong-trinh.csv', 'agenda', 1, 8],
    ['ha-tinh-2023-khen-thuong.csv', 'awards', 1, 8],
    ['hau-giang-2023-khen-thuong.csv', 'awards', 1, 24]
  ] as const)('%s imports as %s with the header on row %i', async (name, kind, headerRow, count) => {
    const preview = previewImport(await readTable(join(SAMPLES, name)), kind)
    expect(preview.problems).toEqual([])
    expect(preview.headerRow).toBe(headerRow)
    expect(preview.records).toHaveLength(count)
  })

  it('maps the delegate columns and offers the unknown venue once', async () => {
    const preview = previewImport(await readTable(join(SAMPLES, 'ha-tinh-2023-dai-bieu.xlsx')), 'delegates', {
      existingDelegates: []
    })
    expect(Object.values(preview.mapping)).toEqual([
      '',
      'name',
      'rank',
      'position',
      'unit',
      'venue',
      'role',
      'notes'
    ])
    expect(preview.newVenues.map((venue) => venue.name)).toEqual(['Hội trường UBND tỉnh'])
    if (preview.kind !== 'delegates') throw new Error('kind')
    const thang = preview.records.find((delegate) => delegate.name === 'Nguyễn Xuân Thắng')
    expect(thang).toMatchObject({
      rank: 'Đại tá',
      role: 'co-chair',
      unit: 'Bộ CHQS tỉnh Hà Tĩnh',
      venueId: preview.newVenues[0]?.id
    })
  })

  it('resolves known venues, derives agenda durations and pins the first start', async () => {
    const preview = previewImport(await readTable(join(SAMPLES, 'ha-tinh-2023-chuong-trinh.csv')), 'agenda', {
      existingDelegates: [{ id: 'd-thang', name: 'Nguyễn Xuân Thắng', unit: 'Bộ CHQS tỉnh Hà Tĩnh' }]
    })
    if (preview.kind !== 'agenda') throw new Error('kind')
    expect(preview.records.map((item) => item.durationMin)).toEqual([15, 10, 35, 40, 20, 20, 25, 15])
    expect(preview.records[0]?.pinnedStart).toBe('14:00')
    expect(preview.records[1]?.pinnedStart).toBeNull()
    expect(preview.records[2]).toMatchObject({ kind: 'report', presenterId: 'd-thang' })
    expect(preview.records[2]?.presenterText).toBe('Đại tá Nguyễn Xuân Thắng – Chỉ huy trưởng Bộ CHQS tỉnh')
  })

  it('reads awards with category, type, decision and a linked delegate', async () => {
    const preview = previewImport(
      await readTable(join(SAMPLES, 'hau-giang-2023-khen-thuong.csv')),
      'awards',
      {
        existingDelegates: [{ id: 'd-nghia', name: 'Vũ Thanh Nghĩa', unit: '' }]
      }
    )
    if (preview.kind !== 'awards') throw new Error('kind')
    expect(preview.records[0]).toMatchObject({
      form: 'Giấy khen',
      category: 'form',
      authority: 'Công an tỉnh Hậu Giang',
      recipientType: 'individual',
      recipient: 'Vũ Thanh Nghĩa',
      rank: 'Đại tá',
      decisionNumber: '125/QĐ-BCH',
      delegateId: 'd-nghia'
    })
  })
})

describe('header detection and rows', () => {
  it('finds the header under two title rows and blank rows, and skips group headings', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('DS')
    sheet.getCell('A1').value = 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH'
    sheet.mergeCells('A1:G1')
    sheet.getCell('A2').value =
      'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT CÔNG TÁC QUỐC PHÒNG, AN NINH NĂM 2023'
    sheet.mergeCells('A2:G2')
    sheet.getRow(5).values = HEADER.split(',')
    sheet.getRow(6).values = ['I. ĐIỂM CẦU CHÍNH']
    sheet.getRow(7).values = ROWS[0]?.split(',') ?? []
    sheet.getRow(9).values = ROWS[1]?.split(',') ?? []
    sheet.getRow(10).values = [
      '3',
      '',
      'Đại úy',
      'Phó Trưởng phòng',
      'Công an huyện Hương Khê',
      '',
      'Đại biểu'
    ]
    const path = join(dir, 'hai-dong-tieu-de.xlsx')
    await workbook.xlsx.writeFile(path)
    const preview = previewImport(await readTable(path), 'delegates')
    expect(preview.headerRow).toBe(5)
    expect(preview.records.map((record) => ('name' in record ? record.name : ''))).toEqual([
      'Nguyễn Xuân Thắng',
      'Hồ Thị Vinh'
    ])
    expect(preview.problems).toEqual([{ row: 10, field: 'Họ và tên', message: 'thiếu họ tên' }])
    expect(preview.totalRows).toBe(3)
  })

  it('reads a semicolon CSV with a BOM and turns NFD input into NFC', async () => {
    const text = [HEADER, ...ROWS].join('\r\n').replace(/,/g, ';').normalize('NFD')
    const path = await write('cham-phay.csv', `\ufeff${text}\r\n`)
    const table = await readTable(path)
    expect(table.rows[0]?.[0]).toBe('STT')
    const preview = previewImport(table, 'delegates')
    if (preview.kind !== 'delegates') throw new Error('kind')
    expect(preview.records[0]?.name).toBe('Nguyễn Xuân Thắng')
    expect(preview.records[0]?.name).toBe(preview.records[0]?.name.normalize('NFC'))
    expect(preview.records[0]?.name.length).toBe('Nguyễn Xuân Thắng'.normalize('NFC').length)
  })

  it('reports a missing name, a bad time and an unknown role by file row and column', async () => {
    const delegates = previewImport(
      await readTable(
        await write('loi.csv', `${HEADER}\n1,,Đại tá,,,,Đại biểu\n2,Lê Hữu Ân,Đại tá,,,,Phụ trách\n`)
      ),
      'delegates'
    )
    expect(delegates.problems).toEqual([
      { row: 2, field: 'Họ và tên', message: 'thiếu họ tên' },
      { row: 3, field: 'Vai trò', message: expect.stringContaining('"Phụ trách"') }
    ])
    expect(delegates.records).toHaveLength(0)
    const agenda = previewImport(
      await readTable(
        await write('gio.csv', 'Thời gian,Nội dung\n14:00,Đón tiếp đại biểu\n25:70,Báo cáo tổng kết\n')
      ),
      'agenda'
    )
    expect(agenda.problems).toEqual([
      { row: 3, field: 'Thời gian', message: expect.stringContaining('25:70') }
    ])
  })

  it('takes the clerk’s header row and mapping over the guess', async () => {
    const table = await readTable(await write('tu-chon.csv', `${HEADER}\n${ROWS[0]}\n`))
    const preview = previewImport(table, 'delegates', {
      headerRow: 1,
      mapping: { '1': 'name', '4': 'notes' }
    })
    if (preview.kind !== 'delegates') throw new Error('kind')
    expect(preview.records[0]).toMatchObject({
      name: 'Nguyễn Xuân Thắng',
      unit: '',
      notes: 'Bộ CHQS tỉnh Hà Tĩnh',
      rank: ''
    })
  })
})

describe('legacy encodings', () => {
  const legacyCsv = `Họ và tên,Chức vụ,Đơn vị\nNguyễn Văn Hùng,Chỉ huy trưởng,Bộ đội Biên phòng tỉnh\nĐỗ Xuân Thanh,Phó trưởng phòng,Công an huyện Hương Khê\n`

  it('detects and converts a TCVN3 CSV', async () => {
    const lower = legacyCsv.toLowerCase()
    const table = await readTable(await write('tcvn3.csv', encodeTcvn3(lower)))
    expect(table.encoding.detected).toBe('tcvn3')
    expect(table.rows[1]?.[0]).toBe('nguyễn văn hùng')
  })

  it('detects and converts a VNI CSV', async () => {
    const table = await readTable(await write('vni.csv', encodeVni(legacyCsv)))
    expect(table.encoding.detected).toBe('vni')
    expect(table.rows[2]).toEqual(['Đỗ Xuân Thanh', 'Phó trưởng phòng', 'Công an huyện Hương Khê'])
  })

  it('detects and converts a Windows-1258 CSV', async () => {
    // Windows-1258 keeps the tone as a separate byte: compose only the letter shapes, then encode.
    const composed = legacyCsv
      .normalize('NFD')
      .replace(/([\u0300\u0301\u0303\u0309\u0323])([\u0302\u0306\u031b])/g, '$2$1')
      .replace(/([a-zA-Z])([\u0302\u0306\u031b])/g, (_match, base: string, mark: string) =>
        (base + mark).normalize('NFC')
      )
    const bytes = iconv.encode(composed, 'windows1258')
    expect(bytes.includes(0x3f)).toBe(false)
    const table = await readTable(await write('cp1258.csv', bytes))
    expect(table.encoding.detected).toBe('windows-1258')
    expect(table.rows[1]).toEqual(['Nguyễn Văn Hùng', 'Chỉ huy trưởng', 'Bộ đội Biên phòng tỉnh'])
  })

  it('obeys an encoding the clerk names', async () => {
    const table = await readTable(await write('ep.csv', encodeVni(legacyCsv)), { encoding: 'vni' })
    expect(table.encoding.used).toBe('vni')
    expect(table.rows[1]?.[0]).toBe('Nguyễn Văn Hùng')
  })

  it('converts xlsx cells in a .VnTime font, and cells that look like TCVN3', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('DS')
    sheet.getRow(1).values = ['Hä vµ tªn', 'CÊp bËc', 'Đơn vị']
    sheet.getRow(1).font = { name: '.VnTime' }
    sheet.getRow(2).values = ['§ç Xu©n Thanh', '§¹i óy', 'Công an huyện Hương Khê']
    sheet.getCell('A2').font = { name: '.VnTime' }
    sheet.getCell('B2').font = { name: '.VnTime' }
    sheet.getRow(3).values = ['NguyÔn V¨n Hïng', '', 'Bé CHQS tØnh Hµ TÜnh']
    const path = join(dir, 'vntime.xlsx')
    await workbook.xlsx.writeFile(path)
    const table = await readTable(path)
    expect(table.rows[0]).toEqual(['Họ và tên', 'Cấp bậc', 'Đơn vị'])
    expect(table.rows[1]).toEqual(['Đỗ Xuân Thanh', 'Đại úy', 'Công an huyện Hương Khê'])
    expect(table.rows[2]).toEqual(['Nguyễn Văn Hùng', '', 'Bộ CHQS tỉnh Hà Tĩnh'])
    expect(table.encoding.detected).toBe('tcvn3')
  })
})

describe('workbooks with several sheets', () => {
  async function workbookWith(filled: number, sheets: number): Promise<string> {
    const workbook = new ExcelJS.Workbook()
    for (let index = 1; index <= sheets; index++) {
      const sheet = workbook.addWorksheet(index === filled ? 'Danh sách' : `Trang ${index}`)
      if (index === filled) {
        sheet.getRow(1).values = ['Họ và tên', 'Đơn vị']
        sheet.getRow(2).values = ['Nguyễn Thị Thu Hà', 'Công an tỉnh Hà Tĩnh']
      }
    }
    const path = join(dir, `${filled}-trong-${sheets}.xlsx`)
    await workbook.xlsx.writeFile(path)
    return path
  }

  it('finds the list on the first sheet that holds anything, and lists every sheet', async () => {
    const table = await readTable(await workbookWith(3, 4))
    expect(table.sheet).toBe('Danh sách')
    expect(table.sheets).toEqual(['Trang 1', 'Trang 2', 'Danh sách', 'Trang 4'])
    expect(table.rows[1]).toEqual(['Nguyễn Thị Thu Hà', 'Công an tỉnh Hà Tĩnh'])
  })

  it('says where it looked when the first five sheets are empty, and reads the sheet the clerk names', async () => {
    const path = await workbookWith(7, 8)
    await expect(readTable(path)).rejects.toMatchObject({
      code: 'invalid-file',
      file: '7-trong-8.xlsx',
      message: expect.stringMatching(/^5 trang tính đầu không có dữ liệu/)
    })
    const table = await readTable(path, { sheet: 'Danh sách' })
    expect(table.rows[1]).toEqual(['Nguyễn Thị Thu Hà', 'Công an tỉnh Hà Tĩnh'])
  })
})

describe('formats and unreadable files', () => {
  // npm's "xlsx" stopped at 0.18.5; SheetJS publishes fixes on its own CDN, mirrored on npm as @e965/xlsx.
  it('reads with a SheetJS free of the crafted-file advisories (CVE-2023-30533, CVE-2024-22363)', () => {
    const [major = 0, minor = 0, patch = 0] = sheetJsVersion.split('.').map(Number)
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(20_002)
  })

  it('reads an Excel 97–2003 .xls file', async () => {
    const workbook = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(
      workbook,
      XLSX.utils.aoa_to_sheet([
        ['DANH SÁCH ĐẠI BIỂU'],
        [],
        HEADER.split(','),
        ...ROWS.map((row) => row.split(','))
      ]),
      'DS'
    )
    const path = await write('cu.xls', XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' }) as Buffer)
    const preview = previewImport(await readTable(path), 'delegates')
    expect(preview.headerRow).toBe(3)
    expect(preview.records).toHaveLength(2)
  })

  it('reads an Excel 5.0/95 .xls saved in Windows-1258', async () => {
    // SheetJS writes BIFF5 in Windows-1252, so the header stays unaccented and the name is put in as bytes.
    // Windows-1258 has no precomposed "ầ" or "ứ": a letter, then its tone as a combining byte.
    const name = iconv.encode('Tr\u00e2\u0300n V\u0103n \u0110\u01b0\u0301c', 'windows1258')
    const placeholder = 'X'.repeat(name.length)
    const workbook = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['Ho va ten'], [placeholder]]), 'DS')
    const bytes = Buffer.from(XLSX.write(workbook, { type: 'buffer', bookType: 'biff5' }) as Buffer)
    name.copy(bytes, bytes.indexOf(Buffer.from(placeholder)))
    // The CODEPAGE record (0x0042, two bytes long) names the code page every string is in.
    const codepage = bytes.indexOf(Buffer.from([0x42, 0x00, 0x02, 0x00]))
    expect(bytes.readUInt16LE(codepage + 4)).toBe(1252)
    bytes.writeUInt16LE(1258, codepage + 4)
    const preview = previewImport(await readTable(await write('excel95.xls', bytes)), 'delegates')
    if (preview.kind !== 'delegates') throw new Error('kind')
    expect(preview.records.map((record) => record.name)).toEqual(['Trần Văn Đức'])
  })

  it.each([
    ['rong.csv', new Uint8Array(0), 'tệp rỗng'],
    [
      'rac.xlsx',
      Uint8Array.from({ length: 4000 }, (_, index) => (index * 7919) % 256),
      'không phải tệp Excel'
    ],
    ['rac.csv', Uint8Array.from({ length: 4000 }, (_, index) => (index * 7919) % 256), 'không phải tệp CSV'],
    ['trong.csv', '\r\n\r\n,,,\r\n', 'không có dữ liệu'],
    ['anh.png', 'x', 'chỉ nhập được']
  ])('rejects %s with one message naming it', async (name, data, message) => {
    const path = await write(name, data)
    const before = await fs.readFile(path)
    await expect(readTable(path)).rejects.toMatchObject({
      code: 'invalid-file',
      file: name,
      message: expect.stringContaining(message)
    })
    expect(await fs.readFile(path)).toEqual(before)
  })

  it('rejects a file over 20 MB without reading it', async () => {
    const path = join(dir, 'lon.csv')
    const handle = await fs.open(path, 'w')
    await handle.truncate(MAX_IMPORT_BYTES + 1)
    await handle.close()
    await expect(readTable(path)).rejects.toMatchObject({
      file: 'lon.csv',
      message: expect.stringContaining('quá lớn')
    })
  })
})

describe('declared ranges and table size', () => {
  // The old reader walked the declared range cell by cell: this hung at 1.5 GB. A short timeout
  // makes a regression fail instead of stalling the run.
  it.each([
    ['goc.xlsx', 'xlsx'],
    ['goc.xls', 'biff8']
  ] as const)(
    'refuses %s whose cells sit at opposite corners of the sheet, quickly',
    async (name, bookType) => {
      const path = await write(name, hostileWorkbook(bookType))
      expect((await fs.stat(path)).size).toBeLessThan(20 * 1024)
      await expect(readTable(path)).rejects.toMatchObject({
        code: 'invalid-file',
        file: name,
        message: expect.stringContaining('bảng quá lớn')
      })
    },
    2000
  )

  it.each([
    ['phong-dai.xlsx', 'xlsx'],
    ['phong-dai.xls', 'biff8']
  ] as const)(
    'sizes %s from the cells it holds, not from a huge declared range',
    async (name, bookType) => {
      const table = await readTable(await write(name, overstatedWorkbook(bookType)))
      expect(table.rows).toEqual([['Họ và tên'], ['Nguyễn Xuân Thắng']])
    },
    2000
  )

  it('refuses a CSV with more rows or columns than any list needs', async () => {
    const tall = await write('dai.csv', `Họ và tên\n${'Lê Hữu Ân\n'.repeat(MAX_TABLE_ROWS + 1)}`)
    await expect(readTable(tall)).rejects.toMatchObject({
      file: 'dai.csv',
      message: expect.stringContaining('bảng quá lớn')
    })
    const wide = await write('rong-cot.csv', `Họ và tên${','.repeat(MAX_TABLE_COLUMNS)}\nLê Hữu Ân\n`)
    await expect(readTable(wide)).rejects.toMatchObject({
      file: 'rong-cot.csv',
      message: expect.stringContaining('bảng quá lớn')
    })
    const fits = await write('vua.csv', `Họ và tên${','.repeat(MAX_TABLE_COLUMNS - 1)}\nLê Hữu Ân\n`)
    expect((await readTable(fits)).rows).toHaveLength(2)
  })
})

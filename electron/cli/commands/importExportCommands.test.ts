import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SnapshotStore } from '../../storage/snapshots'
import { createCliHarness, type CliHarness } from '../../../tests/support/cliHarness'
import { runCli } from '../runCli'
import type { CliIo } from '../cliIo'
import { hostileWorkbook } from '../../../tests/import/hostileWorkbook'
import { SAMPLES_DIR } from '../../../tests/fixtures/samples/samplePaths'

const SAMPLES = SAMPLES_DIR
let harness: CliHarness
let dir: string
let dataDir: string
let out: string[]
let err: string[]
let io: CliIo

beforeEach(async () => {
  harness = await createCliHarness('hoinghi-cli-io')
  ;({ dir, dataDir, out, err, io } = harness)
  expect(await runCli(['new', 'hn.json', '--title', 'Hội nghị tổng kết công tác QP-AN năm 2023'], io)).toBe(0)
})
afterEach(async () => {
  await harness.cleanup()
})

const conference = async () =>
  JSON.parse(await fs.readFile(join(dir, 'hn.json'), 'utf8')) as {
    delegates: { name: string; venueId: string | null }[]
    venues: { id: string; name: string }[]
    agenda: unknown[]
    awards: unknown[]
  }

describe('hoinghi import', () => {
  it('appends the samples, creating the venue the delegate file names', async () => {
    expect(
      await runCli(
        ['import', 'hn.json', join(SAMPLES, 'ha-tinh-2023-dai-bieu.xlsx'), '--kind', 'delegates'],
        io
      )
    ).toBe(0)
    expect([
      await runCli(
        ['import', 'hn.json', join(SAMPLES, 'ha-tinh-2023-chuong-trinh.csv'), '--kind', 'agenda'],
        io
      ),
      err
    ]).toEqual([0, []])
    const code = await runCli(
      ['import', 'hn.json', join(SAMPLES, 'hau-giang-2023-khen-thuong.csv'), '--kind', 'awards'],
      io
    )
    expect(err).toEqual([])
    expect(code).toBe(0)
    expect(out.at(1)).toBe('ha-tinh-2023-dai-bieu.xlsx: đã nhập 60 đại biểu vào hn.json, thêm 1 điểm cầu mới')
    const doc = await conference()
    expect(doc.delegates).toHaveLength(60)
    expect(doc.venues.map((venue) => venue.name)).toEqual(['Hội trường UBND tỉnh'])
    expect(doc.delegates[0]?.venueId).toBe(doc.venues[0]?.id)
    expect(doc.agenda).toHaveLength(8)
    expect(doc.awards).toHaveLength(24)
  })

  it('snapshots the file as it was into the data folder first, and writes nothing else into the current folder', async () => {
    const before = await fs.readFile(join(dir, 'hn.json'), 'utf8')
    const { id } = JSON.parse(before) as { id: string }
    expect(
      await runCli(
        ['import', 'hn.json', join(SAMPLES, 'ha-tinh-2023-dai-bieu.csv'), '--kind', 'delegates'],
        io
      )
    ).toBe(0)
    const snapshots = new SnapshotStore(join(dataDir, 'snapshots'))
    // A file outside the data folder keeps its snapshots under its id and its location (issue 12, item 5).
    const owners = (await fs.readdir(join(dataDir, 'snapshots'))).filter((name) => name.startsWith(`${id}@`))
    expect(owners).toHaveLength(1)
    const owner = owners[0] ?? ''
    const taken = await snapshots.list(owner)
    expect(taken).toEqual([expect.objectContaining({ reason: 'import', delegates: 0 })])
    const snapshotId = taken[0]?.snapshotId ?? ''
    expect((await snapshots.read(owner, snapshotId)).toString('utf8')).toBe(before)
    expect((await conference()).delegates).toHaveLength(60)
    // The conference file and the durable writer's previous version beside it; no snapshots/ here.
    expect((await fs.readdir(dir)).sort()).toEqual(['hn.json', 'hn.json.bak'])
  })

  it('takes an explicit mapping and header row', async () => {
    const code = await runCli(
      [
        'import',
        'hn.json',
        join(SAMPLES, 'ha-tinh-2023-dai-bieu.xlsx'),
        '--kind',
        'delegates',
        '--header-row',
        '3',
        '--map',
        'Họ và tên=name,Đơn vị=unit'
      ],
      io
    )
    expect(code).toBe(0)
    const doc = await conference()
    expect(doc.venues).toEqual([])
    expect(doc.delegates[1]).toMatchObject({
      name: 'Nguyễn Xuân Thắng',
      rank: '',
      unit: 'Bộ CHQS tỉnh Hà Tĩnh',
      venueId: null
    })
  })

  it('exits 1 with one line per problem and leaves the file byte-identical', async () => {
    const input = join(dir, 'loi.csv')
    await fs.writeFile(
      input,
      'STT,Họ và tên,Cấp bậc,Vai trò\n1,Nguyễn Xuân Thắng,Đại tá,Đồng chủ trì\n2,,Đại tá,Đại biểu\n3,Lê Hữu Ân,Đại tá,Phụ trách\n'
    )
    const before = await fs.readFile(join(dir, 'hn.json'))
    expect(await runCli(['import', 'hn.json', input, '--kind', 'delegates'], io)).toBe(1)
    expect(err.slice(0, 2)).toEqual([
      'loi.csv: dòng 3, trường Họ và tên: thiếu họ tên',
      expect.stringMatching(/^loi\.csv: dòng 4, trường Vai trò: vai trò không rõ: "Phụ trách"/)
    ])
    expect(await fs.readFile(join(dir, 'hn.json'))).toEqual(before)
  })

  it('exits 1 on an unreadable file and 2 on bad usage, changing nothing', async () => {
    const before = await fs.readFile(join(dir, 'hn.json'))
    await fs.writeFile(join(dir, 'rong.xlsx'), '')
    expect(await runCli(['import', 'hn.json', 'rong.xlsx', '--kind', 'delegates'], io)).toBe(1)
    expect(err.at(-1)).toBe('rong.xlsx: tệp rỗng')
    expect(
      await runCli(['import', 'hn.json', join(SAMPLES, 'ha-tinh-2023-dai-bieu.csv'), '--kind', 'people'], io)
    ).toBe(2)
    expect(
      await runCli(
        [
          'import',
          'hn.json',
          join(SAMPLES, 'ha-tinh-2023-dai-bieu.csv'),
          '--kind',
          'delegates',
          '--map',
          'Tên lạ=name'
        ],
        io
      )
    ).toBe(2)
    expect(
      await runCli(
        [
          'import',
          'hn.json',
          join(SAMPLES, 'ha-tinh-2023-dai-bieu.csv'),
          '--kind',
          'delegates',
          '--encoding',
          'ascii'
        ],
        io
      )
    ).toBe(2)
    expect(await fs.readFile(join(dir, 'hn.json'))).toEqual(before)
  })
  it.each([
    ['goc.xlsx', 'xlsx'],
    ['goc.xls', 'biff8']
  ] as const)(
    'refuses %s whose two cells span the whole sheet in one line, changing nothing',
    async (name, bookType) => {
      await fs.writeFile(join(dir, name), hostileWorkbook(bookType))
      const before = await fs.readFile(join(dir, 'hn.json'))
      expect(await runCli(['import', 'hn.json', name, '--kind', 'delegates'], io)).toBe(1)
      expect(err).toEqual([
        expect.stringMatching(new RegExp(`^${name.replace('.', '\\.')}: bảng quá lớn \\(`))
      ])
      expect(err[0]).not.toContain('\n')
      expect(await fs.readFile(join(dir, 'hn.json'))).toEqual(before)
    },
    2000
  )
})

describe('hoinghi export', () => {
  beforeEach(async () => {
    expect(
      await runCli(
        ['import', 'hn.json', join(SAMPLES, 'ha-tinh-2023-dai-bieu.csv'), '--kind', 'delegates'],
        io
      )
    ).toBe(0)
  })

  it('writes JSON in the requested order', async () => {
    expect(
      await runCli(
        [
          'export',
          'hn.json',
          '--kind',
          'delegates',
          '--format',
          'json',
          '--out',
          'p.json',
          '--sort',
          'precedence'
        ],
        io
      )
    ).toBe(0)
    expect(
      await runCli(
        ['export', 'hn.json', '--kind', 'delegates', '--format', 'json', '--out', 'n.json', '--sort', 'name'],
        io
      )
    ).toBe(0)
    const precedence = JSON.parse(await fs.readFile(join(dir, 'p.json'), 'utf8')) as {
      name: string
      role: string
      venue: string
    }[]
    const byName = JSON.parse(await fs.readFile(join(dir, 'n.json'), 'utf8')) as { name: string }[]
    expect(precedence[0]).toMatchObject({
      name: 'Võ Trọng Hải',
      role: 'chair',
      venue: 'Hội trường UBND tỉnh'
    })
    expect(precedence.slice(1, 4).every((d) => d.role === 'co-chair')).toBe(true)
    expect(byName[0]?.name.split(' ').at(-1)).toBe('An')
    expect(byName).toHaveLength(60)
  })

  it('writes a formatted xlsx whose formula-like cells are escaped', async () => {
    const input = join(dir, 'cong-thuc.csv')
    await fs.writeFile(input, 'Họ và tên,Ghi chú,Điện thoại\nĐỗ Xuân Thanh,=SUM(A1),+84 912 345 678\n')
    expect(await runCli(['import', 'hn.json', input, '--kind', 'delegates'], io)).toBe(0)
    expect(
      await runCli(['export', 'hn.json', '--kind', 'delegates', '--format', 'xlsx', '--out', 'ds.xlsx'], io)
    ).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, 'ds.xlsx'))
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('no sheet')
    expect(String(sheet.getCell('A1').value)).toContain('DANH SÁCH ĐẠI BIỂU')
    expect(sheet.getCell('A1').isMerged).toBe(true)
    expect(sheet.getCell('B3').value).toBe('Họ và tên')
    expect(sheet.getCell('B3').font?.bold).toBe(true)
    const last = sheet.getRow(3 + 61)
    expect(last.getCell(2).value).toBe('Đỗ Xuân Thanh')
    // Guarded by the cell's Text format, not by an apostrophe that would become part of the value.
    expect(last.getCell(13).value).toBe('=SUM(A1)')
    expect(last.getCell(13).numFmt).toBe('@')
    expect(last.getCell(12).value).toBe('+84 912 345 678')
    expect(
      await runCli(['export', 'hn.json', '--kind', 'delegates', '--format', 'csv', '--out', 'ds.csv'], io)
    ).toBe(0)
    const csv = await fs.readFile(join(dir, 'ds.csv'), 'utf8')
    expect(csv.startsWith('\ufeffSTT,Họ và tên')).toBe(true)
    expect(csv).toContain(",'=SUM(A1)")
  })

  it('refuses to write over the conference file or into the data folder, changing nothing', async () => {
    const before = await fs.readFile(join(dir, 'hn.json'))
    for (const out of ['hn.json', './sub/../hn.json', 'hn.json.bak']) {
      err.length = 0
      expect(
        await runCli(['export', 'hn.json', '--kind', 'delegates', '--format', 'json', '--out', out], io)
      ).toBe(1)
      expect(err).toEqual([expect.stringMatching(/^hn\.json(\.bak)?: không ghi đè lên tệp hội nghị/)])
    }
    const live = join(dataDir, 'conferences', 'a1b2c3d4e5f60718.hoinghi.json')
    expect(
      await runCli(['export', 'hn.json', '--kind', 'delegates', '--format', 'json', '--out', live], io)
    ).toBe(1)
    expect(await fs.readFile(join(dir, 'hn.json'))).toEqual(before)
    await expect(fs.access(live)).rejects.toThrow()
  })

  it('refuses to write over any conference file, broken or not, wherever it is', async () => {
    const broken = join(dir, 'hoi-nghi-cu.hoinghi.json')
    await fs.writeFile(broken, '{"format":"hoinghi.conference","schemaVersion":3,"delegates":[')
    const before = await fs.readFile(broken)
    err.length = 0
    expect(
      await runCli(['export', 'hn.json', '--kind', 'delegates', '--format', 'json', '--out', broken], io)
    ).toBe(1)
    expect(err).toEqual([expect.stringMatching(/^hoi-nghi-cu\.hoinghi\.json: không ghi đè lên tệp hội nghị/)])
    expect(await fs.readFile(broken)).toEqual(before)
  })

  it('exports venues, agenda and awards too; awards JSON carries the fields scripts read', async () => {
    for (const [sample, kind] of [
      ['ha-tinh-2023-chuong-trinh.csv', 'agenda'],
      ['ha-tinh-2023-khen-thuong.csv', 'awards']
    ] as const)
      expect(await runCli(['import', 'hn.json', join(SAMPLES, sample), '--kind', kind], io)).toBe(0)
    for (const kind of ['venues', 'agenda', 'awards'])
      expect(
        await runCli(['export', 'hn.json', '--kind', kind, '--format', 'json', '--out', `${kind}.json`], io)
      ).toBe(0)
    const read = async (name: string) =>
      JSON.parse(await fs.readFile(join(dir, name), 'utf8')) as Record<string, unknown>[]
    const venues = await read('venues.json')
    expect(venues.map((venue) => venue['name'])).toContain('Hội trường UBND tỉnh')
    const agenda = await read('agenda.json')
    expect(agenda).toHaveLength(8)
    expect(agenda[0]).toMatchObject({ title: 'Đón tiếp đại biểu' })
    const awards = await read('awards.json')
    expect(awards).toHaveLength(8)
    for (const award of awards)
      for (const field of [
        'form',
        'authority',
        'recipientType',
        'recipient',
        'unit',
        'decision',
        'presenter',
        'group'
      ])
        expect(award).toHaveProperty(field)
    expect(awards[0]).toMatchObject({
      form: 'Cờ thi đua xuất sắc',
      authority: 'Quân khu 4',
      recipient: 'Ban CHQS TP Hà Tĩnh'
    })

    // The venue list goes back in through `import --kind venues`, into a new conference.
    expect(
      await runCli(['export', 'hn.json', '--kind', 'venues', '--format', 'csv', '--out', 'dc.csv'], io)
    ).toBe(0)
    expect(await runCli(['new', 'moi.json', '--title', 'Hội nghị giao ban Quý I năm 2024'], io)).toBe(0)
    expect(await runCli(['import', 'moi.json', join(dir, 'dc.csv'), '--kind', 'venues'], io)).toBe(0)
    const copied = JSON.parse(await fs.readFile(join(dir, 'moi.json'), 'utf8')) as {
      venues: { name: string }[]
    }
    expect(copied.venues.map((venue) => venue.name)).toEqual(venues.map((venue) => venue['name']))

    // The same list again updates the venues in place instead of listing each one twice.
    expect(await runCli(['import', 'moi.json', join(dir, 'dc.csv'), '--kind', 'venues'], io)).toBe(0)
    expect(out.at(-1)).toMatch(new RegExp(`, cập nhật ${venues.length} điểm cầu đã có$`))
    const again = JSON.parse(await fs.readFile(join(dir, 'moi.json'), 'utf8')) as typeof copied
    expect(again.venues).toEqual(copied.venues)
  })

  it('exits 2 without --out or with an unknown format', async () => {
    expect(await runCli(['export', 'hn.json', '--kind', 'delegates', '--format', 'csv'], io)).toBe(2)
    expect(
      await runCli(['export', 'hn.json', '--kind', 'delegates', '--format', 'pdf', '--out', 'x.pdf'], io)
    ).toBe(2)
  })
})

import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import XLSX from 'xlsx'
import { generateConference } from '../support/generateConference'
import { heavyLibrariesIn, readModuleLog } from '../support/moduleLog/heavyModules'

/**
 * The built CLI (scripts/build-cli.mjs, split into chunks) run as a new process per command, with
 * every module it loads recorded: each command loads the heavy libraries its task needs and no
 * others, and `validate` none at all (issue 15).
 */
const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../..')
// Inside the repository, so the bundle's packages resolve from node_modules as they do in out/cli.
const BUILT = join(ROOT, '.tmp', `cli-loads-${process.pid}`)
let dir = ''
let conference = ''

async function loads(...args: string[]): Promise<{ code: number; heavy: string[]; stderr: string }> {
  const log = join(dir, `modules-${Math.random().toString(36).slice(2)}.log`)
  const result = await run(
    process.execPath,
    ['--import', join(ROOT, 'tests/support/moduleLog/register.mjs'), join(BUILT, 'hoinghi.mjs'), ...args],
    { cwd: dir, env: { ...process.env, MODULE_LOG: log, HOINGHI_DATA_DIR: join(dir, 'data') } }
  ).then(
    (done) => ({ code: 0, stderr: done.stderr }),
    (failed: { code?: number; stderr?: string }) => ({ code: failed.code ?? -1, stderr: failed.stderr ?? '' })
  )
  return { ...result, heavy: heavyLibrariesIn(readModuleLog(log)) }
}

function workbook(bookType: 'biff8' | 'biff5'): Buffer {
  const book = XLSX.utils.book_new()
  // BIFF5 keeps text in a code page: the row stays ASCII so the file is valid whatever it says.
  const name = bookType === 'biff8' ? 'Nguyễn Thị Hằng' : 'Nguyen Thi Hang'
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['Ho va ten', 'Don vi'],
      [name, 'Bo CHQS']
    ]),
    'DS'
  )
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType }) as Buffer)
}

beforeAll(async () => {
  await run(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), BUILT], { cwd: ROOT })
  dir = await fs.mkdtemp(join(tmpdir(), 'hoinghi-cli-loads-'))
  conference = join(dir, 'hoi-nghi.hoinghi.json')
  await fs.writeFile(conference, JSON.stringify(generateConference(120, 6)))
  await fs.writeFile(
    join(dir, 'dai-bieu.csv'),
    'Họ và tên,Cấp bậc,Chức vụ,Đơn vị\nTrần Quốc Vượng,Đại tá,Chỉ huy trưởng,Bộ CHQS tỉnh Hà Tĩnh\n'
  )
  await fs.writeFile(join(dir, 'excel97.xls'), workbook('biff8'))
  await fs.writeFile(join(dir, 'excel95.xls'), workbook('biff5'))
}, 120_000)

afterAll(async () => {
  await fs.rm(BUILT, { recursive: true, force: true })
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

describe('the built CLI loads only what the command needs', () => {
  it('validate: none of the heavy libraries', async () => {
    expect(await loads('validate', conference)).toMatchObject({ code: 0, heavy: [] })
  })

  it('--help and a mistyped command: none either', async () => {
    expect(await loads('--help')).toMatchObject({ code: 0, heavy: [] })
    expect(await loads('valdate', conference)).toMatchObject({ code: 2, heavy: [] })
  })

  it('render: pdfkit, and nothing of the spreadsheet libraries', async () => {
    const result = await loads('render', conference, '--out', join(dir, 'in'), '--docs', 'delegates')
    expect(result).toMatchObject({ code: 0, heavy: ['pdfkit'] })
    expect((await fs.stat(join(dir, 'in', 'delegates.pdf'))).size).toBeGreaterThan(1000)
  })

  it('export: ExcelJS for xlsx only', async () => {
    const out = (name: string) => join(dir, name)
    const csv = await loads(
      'export',
      conference,
      '--kind',
      'delegates',
      '--format',
      'csv',
      '--out',
      out('a.csv')
    )
    expect(csv).toMatchObject({ code: 0, heavy: [] })
    const xlsx = await loads(
      'export',
      conference,
      '--kind',
      'delegates',
      '--format',
      'xlsx',
      '--out',
      out('a.xlsx')
    )
    expect(xlsx).toMatchObject({ code: 0, heavy: ['exceljs'] })
  })

  it('import: Papa Parse for CSV, SheetJS for .xls, its code pages only for Excel 5.0/95', async () => {
    const csv = await loads('import', conference, 'dai-bieu.csv', '--kind', 'delegates')
    expect(csv).toMatchObject({ code: 0, heavy: ['papaparse'] })
    const biff8 = await loads('import', conference, 'excel97.xls', '--kind', 'delegates')
    expect(biff8).toMatchObject({ code: 0, heavy: ['xlsx'] })
    const biff5 = await loads('import', conference, 'excel95.xls', '--kind', 'delegates')
    expect(biff5).toMatchObject({ code: 0, heavy: ['xlsx', 'xlsx code pages'] })
  })
})

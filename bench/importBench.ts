import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { previewImport } from '../electron/importExport/previewImport'
import { readTable } from '../electron/importExport/readTable'
import { processTableReader } from '../electron/importExport/tableReader'
import { forkReaderProcess } from '../electron/importExport/forkReaderProcess'

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đỗ', 'Bùi', 'Hồ', 'Ngô', 'Phan', 'Đặng']
const MIDDLE = ['Xuân', 'Văn', 'Thị', 'Hồng', 'Trọng', 'Hữu', 'Ngọc', 'Thanh', 'Tiến', 'Nam', 'Quang', 'Minh']
const GIVEN = [
  'Thắng',
  'Hải',
  'Thanh',
  'Phương',
  'Cường',
  'Ân',
  'Vinh',
  'Ổn',
  'Nghĩa',
  'Đạt',
  'Ưng',
  'Yến',
  'Hùng'
]
const RANKS = ['Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', '']
const POSITIONS = [
  'Chỉ huy trưởng',
  'Phó Chỉ huy trưởng',
  'Chính trị viên',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Chuyên viên'
]
const UNITS = [
  'Bộ CHQS tỉnh Hà Tĩnh',
  'Công an tỉnh Hà Tĩnh',
  'BĐBP Hà Tĩnh',
  'Ban CHQS huyện Kỳ Anh',
  'Công an huyện Hương Khê'
]
const VENUES = [
  'Hội trường UBND tỉnh',
  'Điểm cầu huyện Kỳ Anh',
  'Điểm cầu huyện Lộc Hà',
  'Điểm cầu huyện Hương Khê'
]
const ROLES = ['Đại biểu', 'Đại biểu', 'Đại biểu', 'Khách mời', 'Thư ký']

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T

async function writeDelegateXlsx(path: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách')
  sheet.getCell('A1').value = 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT CÔNG TÁC QUỐC PHÒNG, AN NINH NĂM 2023'
  sheet.mergeCells('A1:I1')
  sheet.getRow(3).values = [
    'STT',
    'Họ và tên',
    'Cấp bậc',
    'Chức vụ',
    'Đơn vị',
    'Điểm cầu',
    'Vai trò',
    'Điện thoại',
    'Ghi chú'
  ]
  for (let i = 0; i < rows; i++) {
    sheet.getRow(4 + i).values = [
      i + 1,
      `${pick(FAMILY, i)} ${pick(MIDDLE, i * 7)} ${pick(GIVEN, i * 11)}`,
      pick(RANKS, i * 3),
      pick(POSITIONS, i * 5),
      pick(UNITS, i),
      pick(VENUES, i * 13),
      pick(ROLES, i),
      `09${String(10000000 + i * 7919).slice(0, 8)}`,
      i % 9 === 0 ? 'Báo cáo tham luận' : ''
    ]
  }
  await workbook.xlsx.writeFile(path)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Import of a 1,200-row delegate xlsx (read + header detection + conversion); target < 1 s. */
export async function importBenches(): Promise<{ name: string; value: number; unit: string }[]> {
  const dir = await fs.mkdtemp(join(tmpdir(), 'hoinghi-import-bench-'))
  try {
    const path = join(dir, 'dai-bieu-1200.xlsx')
    await writeDelegateXlsx(path, 1200)
    const times: number[] = []
    for (let run = 0; run < 7; run++) {
      const start = performance.now()
      const preview = previewImport(await readTable(path), 'delegates')
      times.push(performance.now() - start)
      if (preview.records.length !== 1200 || preview.problems.length > 0)
        throw new Error('bench import produced unexpected results')
    }
    // The app reads in a process of its own (out/main/table-worker.js, built by `npm run bench`).
    const reader = processTableReader(
      forkReaderProcess(join(process.cwd(), 'out', 'main', 'table-worker.js'))
    )
    const workerTimes: number[] = []
    try {
      for (let run = 0; run < 7; run++) {
        const start = performance.now()
        previewImport(await reader.read(path), 'delegates')
        workerTimes.push(performance.now() - start)
      }
    } finally {
      await reader.close()
    }
    return [
      {
        name: 'import 1,200-row delegate xlsx (read + preview)',
        value: Math.round(median(times)),
        unit: 'ms'
      },
      {
        name: 'import 1,200-row delegate xlsx, read in the app’s reading process (first run, incl. start)',
        value: Math.round(workerTimes[0] ?? 0),
        unit: 'ms'
      },
      {
        name: 'import 1,200-row delegate xlsx, read in the app’s reading process (median)',
        value: Math.round(median(workerTimes)),
        unit: 'ms'
      }
    ]
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'
import { AppError } from '../../shared/errors/appError'

/**
 * The small ZIP subset a backup needs, written and read with Node's zlib: deflated or stored
 * entries, UTF-8 names, no ZIP64, no encryption. Reading checks every size and CRC-32 and refuses
 * names that could leave the target folder, so a damaged or crafted archive is reported, not
 * half-read. (ExcelJS brings JSZip along, but only as its own dependency.)
 */
export interface ZipEntry {
  name: string
  data: Buffer
}

/** Far above any real backup (a 5,000-delegate conference is about 1.75 MB). */
export const ZIP_LIMITS = {
  entries: 20_000,
  entryBytes: 128 * 1024 * 1024,
  totalBytes: 2 * 1024 * 1024 * 1024
}

const LOCAL = 0x04034b50
const CENTRAL = 0x02014b50
const END = 0x06054b50
const UTF8_NAMES = 1 << 11

/** DOS date and time, the only clock ZIP headers carry. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getFullYear())
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()
  }
}

export function writeZip(entries: readonly ZipEntry[], modified: Date = new Date()): Buffer {
  if (entries.length > 0xffff) throw new Error('quá nhiều tệp cho một bản sao lưu')
  const { time, day } = dosDateTime(modified)
  const chunks: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    assertSafeName(entry.name)
    const name = Buffer.from(entry.name, 'utf8')
    const body = deflateRawSync(entry.data, { level: 9 })
    const crc = crc32(entry.data) >>> 0
    if (offset + body.length > 0xfffffff0) throw new Error('bản sao lưu vượt quá 4 GB')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(LOCAL, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(UTF8_NAMES, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt16LE(time, 10)
    local.writeUInt16LE(day, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(entry.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(CENTRAL, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(UTF8_NAMES, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(time, 12)
    central.writeUInt16LE(day, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(entry.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    chunks.push(local, name, body)
    directory.push(central, name)
    offset += local.length + name.length + body.length
  }
  const directoryBytes = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(END, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directoryBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...chunks, directoryBytes, end])
}

/** Reads every entry, or throws an AppError naming the archive and, when known, the entry. */
export function readZip(zip: Buffer, archiveName: string, limits = ZIP_LIMITS): ZipEntry[] {
  const fail = (message: string, entry?: string): never => {
    throw new AppError({
      code: 'invalid-file',
      message,
      file: entry ? `${archiveName} › ${entry}` : archiveName
    })
  }
  const endAt = findEnd(zip)
  if (endAt < 0) return fail('không phải tệp .zip hoặc tệp bị cắt cụt (không thấy mục lục cuối tệp)')
  const count = zip.readUInt16LE(endAt + 10)
  const directorySize = zip.readUInt32LE(endAt + 12)
  const directoryAt = zip.readUInt32LE(endAt + 16)
  if (count === 0xffff || directoryAt === 0xffffffff) return fail('tệp .zip dạng ZIP64 không được hỗ trợ')
  if (count > limits.entries) return fail(`quá nhiều tệp (${count})`)
  if (directoryAt + directorySize > endAt) return fail('mục lục của tệp .zip bị hỏng')
  const entries: ZipEntry[] = []
  const seen = new Set<string>()
  let total = 0
  let at = directoryAt
  for (let index = 0; index < count; index++) {
    if (at + 46 > endAt || zip.readUInt32LE(at) !== CENTRAL) return fail('mục lục của tệp .zip bị hỏng')
    const flags = zip.readUInt16LE(at + 8)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const compressed = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const localAt = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString(flags & UTF8_NAMES ? 'utf8' : 'latin1')
    at += 46 + nameLength + extraLength + commentLength
    if (name.endsWith('/')) continue
    try {
      assertSafeName(name)
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error), name)
    }
    if (seen.has(name)) return fail('tên tệp lặp lại trong bản sao lưu', name)
    seen.add(name)
    if (flags & 1) return fail('tệp được mã hóa, không đọc được', name)
    if (method !== 0 && method !== 8) return fail(`kiểu nén ${method} không được hỗ trợ`, name)
    if (size > limits.entryBytes) return fail(`tệp quá lớn (${size} byte)`, name)
    total += size
    if (total > limits.totalBytes) return fail('tổng dung lượng giải nén quá lớn')
    if (localAt + 30 > zip.length || zip.readUInt32LE(localAt) !== LOCAL)
      return fail('phần đầu tệp bị hỏng', name)
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28)
    if (dataAt + compressed > zip.length) return fail('dữ liệu bị cắt cụt', name)
    const body = zip.subarray(dataAt, dataAt + compressed)
    let data: Buffer
    try {
      data = method === 0 ? Buffer.from(body) : inflateRawSync(body, { maxOutputLength: Math.max(size, 1) })
    } catch {
      return fail('dữ liệu nén bị hỏng', name)
    }
    if (data.length !== size) return fail(`kích thước sai (${data.length} thay vì ${size} byte)`, name)
    if (crc32(data) >>> 0 !== crc) return fail('sai mã kiểm tra CRC-32: dữ liệu bị hỏng', name)
    entries.push({ name, data })
  }
  return entries
}

function findEnd(zip: Buffer): number {
  const stop = Math.max(0, zip.length - 22 - 0xffff)
  for (let at = zip.length - 22; at >= stop; at--) if (zip.readUInt32LE(at) === END) return at
  return -1
}

/** Relative, forward slashes, no "..", no drive or root, no control characters. */
export function assertSafeName(name: string): void {
  const bad =
    name.length === 0 ||
    name.length > 255 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f]/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.' || part === '')
  if (bad) throw new Error(`tên tệp không an toàn trong bản sao lưu: ${JSON.stringify(name)}`)
}

import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'

/** One part of an .xlsx package. */
export interface ZipPart {
  name: string
  data: Buffer
}

const END = 0x06054b50
const DIRECTORY = 0x02014b50
const LOCAL = 0x04034b50

/**
 * The parts of a ZIP whose names pass `wanted`, each inflated under `maxPartBytes`. Meant for files
 * the importer already accepted (or that HoiNghi wrote itself): anything odd is skipped, not thrown.
 * At most `maxParts` parts are inflated.
 */
export function readZipParts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  maxPartBytes: number,
  maxParts = Infinity
): ZipPart[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let offset = buffer.length - 22; offset >= Math.max(0, buffer.length - 65_557); offset--)
    if (buffer.readUInt32LE(offset) === END) {
      end = offset
      break
    }
  if (end < 0) return []
  const count = buffer.readUInt16LE(end + 10)
  let offset = buffer.readUInt32LE(end + 16)
  const parts: ZipPart[] = []
  for (let index = 0; index < count; index++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== DIRECTORY) break
    const method = buffer.readUInt16LE(offset + 10)
    const compressed = buffer.readUInt32LE(offset + 20)
    const nameLength = buffer.readUInt16LE(offset + 28)
    const next =
      offset + 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32)
    const name = buffer.subarray(offset + 46, offset + 46 + nameLength).toString('utf8')
    const local = buffer.readUInt32LE(offset + 42)
    offset = next
    if (!wanted(name)) continue
    if (parts.length >= maxParts) break
    if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL) continue
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28)
    const data = buffer.subarray(start, start + compressed)
    try {
      if (method === 0 && data.length <= maxPartBytes) parts.push({ name, data: Buffer.from(data) })
      else if (method === 8)
        parts.push({ name, data: inflateRawSync(data, { maxOutputLength: maxPartBytes }) })
    } catch {
      // A part larger than the limit or damaged says nothing about whose file this is.
    }
  }
  return parts
}

/** A ZIP of these parts, deflated, in the order given (Excel wants [Content_Types].xml first). */
export function writeZip(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8')
    const data = deflateRawSync(part.data)
    const crc = crc32(part.data) >>> 0
    const local = Buffer.alloc(30)
    local.writeUInt32LE(LOCAL, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(0x00210000, 10)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(part.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(DIRECTORY, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(0x0800, 8)
    entry.writeUInt16LE(8, 10)
    entry.writeUInt32LE(0x00210000, 12)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(data.length, 20)
    entry.writeUInt32LE(part.data.length, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt32LE(offset, 42)
    chunks.push(local, name, data)
    directory.push(entry, name)
    offset += local.length + name.length + data.length
  }
  const directoryBytes = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(END, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directoryBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...chunks, directoryBytes, end])
}

import { crc32, deflateRawSync } from 'node:zlib'

/**
 * Writes a ZIP byte by byte, so a test can give one part exactly the headers an attacker (or an
 * odd but honest writer) would: a data descriptor, local sizes that differ from the directory's,
 * ZIP64 extra fields. Library writers only produce well-formed archives.
 */
export interface ZipPart {
  name: string
  data: Buffer
  /** Deflated unless told otherwise. */
  stored?: boolean
  /** The deflated bytes to write as they are, when the test needs a particular stream. */
  deflated?: Buffer
  /** Bit 3: sizes and checksum follow the data in a descriptor. */
  descriptor?: boolean
  /** What the local header declares, when it should differ from the truth. */
  localSizes?: { compressed: number; inflated: number }
  localExtra?: Buffer
  directoryExtra?: Buffer
}

/** A ZIP64 extended-information field (0x0001) holding the two sizes, as SheetJS reads it. */
export function zip64Field(inflated: number, compressed: number): Buffer {
  const field = Buffer.alloc(20)
  field.writeUInt16LE(0x0001, 0)
  field.writeUInt16LE(16, 2)
  field.writeBigUInt64LE(BigInt(inflated), 4)
  field.writeBigUInt64LE(BigInt(compressed), 12)
  return field
}

/** An extended-timestamp field (0x5455): harmless, and common in archives made on Unix. */
export function timestampField(): Buffer {
  const field = Buffer.alloc(9)
  field.writeUInt16LE(0x5455, 0)
  field.writeUInt16LE(5, 2)
  field.writeUInt8(1, 4)
  field.writeUInt32LE(1_700_000_000, 5)
  return field
}

export function buildZip(parts: ZipPart[]): Buffer {
  const chunks: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name, 'latin1')
    const body = part.stored ? part.data : (part.deflated ?? deflateRawSync(part.data))
    const crc = crc32(part.data) >>> 0
    const flags = part.descriptor ? 0x08 : 0
    const method = part.stored ? 0 : 8
    const declared = part.localSizes ?? { compressed: body.length, inflated: part.data.length }
    const localExtra = part.localExtra ?? Buffer.alloc(0)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(part.descriptor ? 0 : crc, 14)
    local.writeUInt32LE(declared.compressed, 18)
    local.writeUInt32LE(declared.inflated, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(localExtra.length, 28)
    const trailer = Buffer.alloc(part.descriptor ? 16 : 0)
    if (part.descriptor) {
      trailer.writeUInt32LE(0x08074b50, 0)
      trailer.writeUInt32LE(crc, 4)
      trailer.writeUInt32LE(body.length, 8)
      trailer.writeUInt32LE(part.data.length, 12)
    }
    const directoryExtra = part.directoryExtra ?? Buffer.alloc(0)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(flags, 8)
    entry.writeUInt16LE(method, 10)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(body.length, 20)
    entry.writeUInt32LE(part.data.length, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt16LE(directoryExtra.length, 30)
    entry.writeUInt32LE(offset, 42)
    directory.push(entry, name, directoryExtra)
    const written = [local, name, localExtra, body, trailer]
    chunks.push(...written)
    offset += written.reduce((total, chunk) => total + chunk.length, 0)
  }
  const directoryBytes = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directoryBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...chunks, directoryBytes, end])
}

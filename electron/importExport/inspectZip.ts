import { crc32, inflateRawSync } from 'node:zlib'

/**
 * What an .xlsx (a ZIP) holds, checked before the spreadsheet reader sees it. SheetJS 0.18 inflates
 * with its own JavaScript inflater, which loops forever on a file cut short (a copy interrupted on a
 * USB stick hangs the whole main process) and trusts the sizes a file declares (a 20 MB file can
 * inflate to gigabytes). So every entry is located the way SheetJS locates it, inflated here with
 * Node's zlib under a hard output limit, and compared with its declared size and checksum: only a
 * ZIP whose every entry inflates cleanly reaches SheetJS.
 */
export type ZipInspection =
  | { ok: true; inflated: number }
  | { ok: false; problem: 'no-directory' | 'damaged' | 'encrypted'; entry?: string }
  | { ok: false; problem: 'too-large'; inflated: number }

const END_SIGNATURE = 0x06054b50
const DIRECTORY_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const STORED = 0
const DEFLATED = 8

interface Entry {
  name: string
  flags: number
  compressed: number
  inflated: number
  crc: number
  localOffset: number
}

/** The last end-of-directory signature in the file, searched as SheetJS searches it, so both read the same directory. */
function findEnd(view: DataView): number {
  for (let offset = view.byteLength - 4; offset >= 0; offset--)
    if (view.getUint32(offset, true) === END_SIGNATURE) return offset
  return -1
}

function readDirectory(bytes: Uint8Array, view: DataView): Entry[] | ZipInspection {
  const end = findEnd(view)
  if (end < 0 || end + 22 > bytes.length) return { ok: false, problem: 'no-directory' }
  const count = view.getUint16(end + 8, true)
  if (count !== view.getUint16(end + 10, true)) return { ok: false, problem: 'damaged' }
  let offset = view.getUint32(end + 16, true)
  // ZIP64 markers: sizes beyond 4 GB, which no office list needs.
  if (count === 0xffff || offset === 0xffffffff)
    return { ok: false, problem: 'too-large', inflated: Infinity }
  const entries: Entry[] = []
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_SIGNATURE)
      return { ok: false, problem: 'damaged' }
    const nameLength = view.getUint16(offset + 28, true)
    const next =
      offset + 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true)
    if (next > bytes.length) return { ok: false, problem: 'damaged' }
    entries.push({
      name: Buffer.from(bytes.subarray(offset + 46, offset + 46 + nameLength)).toString('latin1'),
      flags: view.getUint16(offset + 8, true),
      crc: view.getUint32(offset + 16, true),
      compressed: view.getUint32(offset + 20, true),
      inflated: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true)
    })
    offset = next
  }
  return entries
}

/** Inflates one entry from where its local header says its data starts; null when it does not inflate to what it declares. */
function checkEntry(bytes: Uint8Array, view: DataView, entry: Entry, room: number): ZipInspection | null {
  const damaged: ZipInspection = { ok: false, problem: 'damaged', entry: entry.name }
  const local = entry.localOffset
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) return damaged
  const flags = view.getUint16(local + 6, true)
  // SheetJS refuses these bits as encryption; say so before it does.
  if ((flags | entry.flags) & 0x2041) return { ok: false, problem: 'encrypted', entry: entry.name }
  const method = view.getUint16(local + 8, true)
  // Without a data descriptor (bit 3) SheetJS reads the local sizes and requires them to match the directory.
  if (!(flags & 0x08)) {
    if (view.getUint32(local + 18, true) !== entry.compressed) return damaged
    if (view.getUint32(local + 22, true) !== entry.inflated) return damaged
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
  if (start + entry.compressed > bytes.length) return damaged
  const data = bytes.subarray(start, start + entry.compressed)
  let content: Uint8Array
  if (method === STORED) {
    content = data
  } else if (method === DEFLATED) {
    try {
      // One byte beyond the room left: inflating further proves the entry lies about its size.
      content = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(room, entry.inflated) + 1) })
    } catch {
      return damaged
    }
  } else {
    return damaged
  }
  if (content.length !== entry.inflated) return damaged
  if (typeof crc32 === 'function' && crc32(content) >>> 0 !== entry.crc) return damaged
  return null
}

export function inspectZip(bytes: Uint8Array, maxInflated: number): ZipInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const directory = readDirectory(bytes, view)
  if (!Array.isArray(directory)) return directory
  // Declared sizes first: a bomb that admits its size is refused without inflating a byte.
  const declared = directory.reduce((total, entry) => total + entry.inflated, 0)
  if (declared > maxInflated) return { ok: false, problem: 'too-large', inflated: declared }
  let inflated = 0
  for (const entry of directory) {
    const problem = checkEntry(bytes, view, entry, maxInflated - inflated)
    if (problem) return problem
    inflated += entry.inflated
  }
  return { ok: true, inflated }
}

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
  | { ok: false; problem: 'too-many-parts'; parts: number }

/**
 * A workbook has a few dozen parts. SheetJS copies the rest of the file once per part it inflates,
 * so tens of thousands of tiny parts in front of a large one cost minutes of copying.
 */
export const MAX_ZIP_PARTS = 10_000

const END_SIGNATURE = 0x06054b50
const DIRECTORY_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const STORED = 0
const DEFLATED = 8
const ZIP64_FIELD = 0x0001
const DATA_DESCRIPTOR = 0x08

interface Sizes {
  compressed: number
  inflated: number
}

interface Entry extends Sizes {
  name: string
  flags: number
  crc: number
  localOffset: number
  /** The ZIP64 field of the directory entry, which SheetJS also applies to the local header. */
  zip64: Partial<Sizes>
}

/**
 * The ZIP64 sizes an extra-field block declares, read as SheetJS reads them: fields one after
 * another while four bytes remain, the last ZIP64 field winning, a zero size meaning "not given".
 * SheetJS takes these over the 32-bit sizes and allocates what they say, so they must be known here.
 * Null when a ZIP64 field is too short to hold both sizes (SheetJS would read past it).
 */
function zip64Sizes(view: DataView, start: number, length: number): Partial<Sizes> | null {
  let sizes: Partial<Sizes> = {}
  let at = start
  while (at <= start + length - 4) {
    const type = view.getUint16(at, true)
    const size = view.getUint16(at + 2, true)
    if (type === ZIP64_FIELD) {
      if (size < 16 || at + 4 + 16 > start + length) return null
      const inflated = view.getUint32(at + 4, true) + view.getUint32(at + 8, true) * 2 ** 32
      const compressed = view.getUint32(at + 12, true) + view.getUint32(at + 16, true) * 2 ** 32
      sizes = {
        ...(inflated ? { inflated } : {}),
        ...(compressed ? { compressed } : {})
      }
    }
    at += 4 + size
  }
  return sizes
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
  if (count > MAX_ZIP_PARTS) return { ok: false, problem: 'too-many-parts', parts: count }
  let offset = view.getUint32(end + 16, true)
  // ZIP64 markers: sizes beyond 4 GB, which no office list needs.
  if (count === 0xffff || offset === 0xffffffff)
    return { ok: false, problem: 'too-large', inflated: Infinity }
  const entries: Entry[] = []
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_SIGNATURE)
      return { ok: false, problem: 'damaged' }
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const next = offset + 46 + nameLength + extraLength + view.getUint16(offset + 32, true)
    if (next > bytes.length) return { ok: false, problem: 'damaged' }
    const name = Buffer.from(bytes.subarray(offset + 46, offset + 46 + nameLength)).toString('latin1')
    const zip64 = zip64Sizes(view, offset + 46 + nameLength, extraLength)
    if (!zip64) return { ok: false, problem: 'damaged', entry: name }
    entries.push({
      name,
      flags: view.getUint16(offset + 8, true),
      crc: view.getUint32(offset + 16, true),
      compressed: zip64.compressed ?? view.getUint32(offset + 20, true),
      inflated: zip64.inflated ?? view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
      zip64
    })
    offset = next
  }
  return entries
}

/**
 * What SheetJS's inflater reserves for an entry: the local header's inflated size, or, when that
 * is zero, a 256 KB buffer grown by doubling (kept whole behind the part it returns). Ten thousand
 * empty parts would otherwise reserve 2.6 GB.
 */
function reserved(method: number, localInflated: number, inflated: number): number {
  if (method !== DEFLATED || localInflated > 0) return inflated
  return Math.max(2 ** 18, 2 * inflated + 2 ** 16)
}

/**
 * Inflates one entry from where its local header says its data starts. A problem when it does
 * not inflate to what it declares; otherwise the bytes SheetJS will reserve for it.
 */
function checkEntry(bytes: Uint8Array, view: DataView, entry: Entry, room: number): ZipInspection | number {
  const damaged: ZipInspection = { ok: false, problem: 'damaged', entry: entry.name }
  const local = entry.localOffset
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) return damaged
  const flags = view.getUint16(local + 6, true)
  // SheetJS refuses these bits as encryption; say so before it does.
  if ((flags | entry.flags) & 0x2041) return { ok: false, problem: 'encrypted', entry: entry.name }
  const method = view.getUint16(local + 8, true)
  const extraLength = view.getUint16(local + 28, true)
  const extraStart = local + 30 + view.getUint16(local + 26, true)
  const start = extraStart + extraLength
  if (start > bytes.length) return damaged
  const localSizes = effectiveLocalSizes(view, local, extraStart, extraLength, entry)
  if (!localSizes) return damaged
  // SheetJS allocates the local header's inflated size before it compares any size with the
  // directory; a data descriptor (bit 3) only excuses sizes left at zero, never different ones.
  const deferred = flags & DATA_DESCRIPTOR && localSizes.inflated === 0 && localSizes.compressed === 0
  if (!deferred || method === STORED) {
    if (localSizes.compressed !== entry.compressed) return damaged
    if (localSizes.inflated !== entry.inflated) return damaged
  }
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
  return reserved(method, localSizes.inflated, entry.inflated)
}

/**
 * The sizes SheetJS works with for an entry's local header: the 32-bit fields, replaced by a local
 * ZIP64 field and then by the directory's (SheetJS applies the latter only when the local header
 * has an extra block at all).
 */
function effectiveLocalSizes(
  view: DataView,
  local: number,
  extraStart: number,
  extraLength: number,
  entry: Entry
): Sizes | null {
  let sizes: Sizes = {
    compressed: view.getUint32(local + 18, true),
    inflated: view.getUint32(local + 22, true)
  }
  if (extraLength) {
    const own = zip64Sizes(view, extraStart, extraLength)
    if (!own) return null
    sizes = { ...sizes, ...own, ...entry.zip64 }
  }
  return sizes
}

export function inspectZip(bytes: Uint8Array, maxInflated: number): ZipInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const directory = readDirectory(bytes, view)
  if (!Array.isArray(directory)) return directory
  // Declared sizes first: a bomb that admits its size is refused without inflating a byte.
  const declared = directory.reduce((total, entry) => total + entry.inflated, 0)
  if (declared > maxInflated) return { ok: false, problem: 'too-large', inflated: declared }
  let inflated = 0
  let reserve = 0
  for (const entry of directory) {
    const checked = checkEntry(bytes, view, entry, maxInflated - inflated)
    if (typeof checked !== 'number') return checked
    inflated += entry.inflated
    reserve += checked
    if (reserve > maxInflated) return { ok: false, problem: 'too-large', inflated: reserve }
  }
  return { ok: true, inflated }
}

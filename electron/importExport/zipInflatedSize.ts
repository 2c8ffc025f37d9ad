/**
 * The total size a ZIP (an .xlsx) declares for its contents once inflated, read from its central
 * directory without inflating anything. A 20 MB file can otherwise hold gigabytes of XML that the
 * spreadsheet reader would inflate in full. Returns null when no central directory is found (the
 * reader then reports the file as broken), Infinity for ZIP64 sizes, which no office sheet needs.
 */
export function zipInflatedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const END_SIGNATURE = 0x06054b50
  const ENTRY_SIGNATURE = 0x02014b50
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let offset = bytes.length - 22; offset >= earliest; offset--) {
    if (view.getUint32(offset, true) === END_SIGNATURE) {
      end = offset
      break
    }
  }
  if (end < 0) return null
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  if (entries === 0xffff || offset === 0xffffffff) return Infinity
  let total = 0
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== ENTRY_SIGNATURE) return null
    const inflated = view.getUint32(offset + 24, true)
    if (inflated === 0xffffffff) return Infinity
    total += inflated
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true)
  }
  return total
}
